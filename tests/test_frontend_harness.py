"""The test frontend itself, checked against plain ipywidgets (no nbstate involved)."""

import sys
import time
from pathlib import Path

import pytest
import zmq
from frontend import FrontendTimeout, KernelFrontend

pytestmark = pytest.mark.kernel

SLIDER_APP = """
import ipywidgets as w
slider = w.IntSlider(value=0, min=0, max=100, description="n", _dom_classes=["t-slider"])
label = w.Label("n=0", _dom_classes=["t-label"])
slider.observe(lambda change: setattr(label, "value", f"n={change['new']}"), "value")
box = w.VBox([slider, label], _dom_classes=["t-box"])
box
"""


@pytest.fixture(scope="module")
def app(kernel: KernelFrontend) -> dict[str, str]:
    """The slider app shown in cell ``app``; returns the model ids by role."""
    res = kernel.execute(SLIDER_APP, cell_id="app", check=True)
    return {
        "box": res.model_ids[0],
        "slider": kernel.find_one("t-slider"),
        "label": kernel.find_one("t-label"),
    }


def test_display_is_mirrored_in_page_order(kernel: KernelFrontend, app: dict[str, str]) -> None:
    res = kernel.cells["app"]
    assert res.ok and res.execution_count == 1
    assert res.model_ids == [app["box"]] == kernel.find("t-box")
    assert kernel.descendants(app["box"]) == [app["slider"], app["label"]]
    assert kernel.descendants(res) == [app["box"], app["slider"], app["label"]]
    assert kernel.model(app["slider"])["_model_name"] == "IntSliderModel"
    assert kernel.model(app["box"])["children"] == [
        f"IPY_MODEL_{app['slider']}",
        f"IPY_MODEL_{app['label']}",
    ]
    assert kernel.texts(app["box"]) == ["n 0", "n=0"]
    assert kernel.text(res) == "n 0\nn=0"


def test_set_value_runs_the_observer(kernel: KernelFrontend, app: dict[str, str]) -> None:
    before = kernel.counts.copy()
    kernel.set_value(app["slider"], 7)
    delta = kernel.counts - before
    assert kernel.text(app["label"]) == "n=7"
    assert kernel.model(app["slider"])["value"] == 7
    assert delta["sent_comm_msg"] == 1
    assert delta["comm_msg:echo_update"] == 1  # the kernel confirms the slider value
    assert delta["comm_msg:update"] == 1  # the observer changed the label
    assert delta["comm_open"] == 0
    assert kernel.execute("print(slider.value, label.value)").stdout == "7 n=7\n"


def test_unchanged_values_send_nothing(kernel: KernelFrontend, app: dict[str, str]) -> None:
    kernel.set_value(app["slider"], 3)
    before = kernel.counts.copy()
    kernel.set_value(app["slider"], 3)  # the observer does not fire for an equal value
    kernel.execute("label.value = label.value; slider.value = 3")
    delta = kernel.counts - before
    assert delta["comm_open"] == 0
    assert delta["comm_msg:update"] == 0
    assert kernel.text(app["label"]) == "n=3"


def test_wait_settled_covers_work_deferred_with_call_soon(kernel: KernelFrontend) -> None:
    # The shape of nbstate's rerun: the comm handler only schedules the work.
    kernel.execute(
        """
import asyncio
import ipywidgets as w
later = w.IntSlider(_dom_classes=["t-later"])
echo = w.Label("-", _dom_classes=["t-echo"])
def defer(change):
    asyncio.get_running_loop().call_soon(setattr, echo, "value", f"got {change['new']}")
later.observe(defer, "value")
w.VBox([later, echo])
""",
        check=True,
    )
    later, echo = kernel.find_one("t-later"), kernel.find_one("t-echo")
    kernel.set_value(later, 5, settle=False)
    assert kernel.text(echo) == "-"  # idle for the comm_msg came before the deferred work
    kernel.wait_settled()
    assert kernel.text(echo) == "got 5"
    kernel.set_value(later, 6)
    assert kernel.text(echo) == "got 6"


def test_click_output_widget_capture_and_sync_back(kernel: KernelFrontend) -> None:
    kernel.execute(
        """
import ipywidgets as w
clicks = 0
out = w.Output(_dom_classes=["t-out"])
button = w.Button(description="Go", _dom_classes=["t-button"])
def on_click(_):
    global clicks
    clicks += 1
    with out:
        print("clicked", clicks)
button.on_click(on_click)
w.VBox([button, out])
""",
        cell_id="click",
        check=True,
    )
    button, out = kernel.find_one("t-button"), kernel.find_one("t-out")
    kernel.click(button)
    kernel.click(button)
    assert kernel.texts(kernel.cells["click"]) == ["Go", "clicked 1\nclicked 2"]
    # Like JupyterLab, the frontend captured the output and synced `outputs` back.
    res = kernel.execute("print(out.outputs[0]['text'], end='')")
    assert res.stdout == "clicked 1\nclicked 2\n"
    assert kernel.model(out)["outputs"] == [
        {"output_type": "stream", "name": "stdout", "text": "clicked 1\nclicked 2\n"}
    ]


def test_print_from_a_callback_is_not_shown(kernel: KernelFrontend) -> None:
    res = kernel.execute(
        """
import ipywidgets as w
quiet = w.Button(description="Quiet", _dom_classes=["t-quiet"])
quiet.on_click(lambda _: print("lost in the log console"))
quiet
""",
        check=True,
    )
    kernel.unrouted.clear()
    kernel.click(kernel.find_one("t-quiet"))
    assert "lost" not in kernel.text(res)
    assert [m["content"]["text"] for m in kernel.unrouted] == ["lost in the log console\n"]


def test_display_id_updates_and_comm_close(kernel: KernelFrontend) -> None:
    first = kernel.execute("handle = display('v1', display_id=True)", cell_id="d1")
    kernel.execute("handle.update('v2')", cell_id="d2")
    assert kernel.text(first) == "'v2'"
    assert kernel.text(kernel.cells["d2"]) == ""

    res = kernel.execute("import ipywidgets as w; doomed = w.HTML('<b>bye</b> now'); doomed")
    mid = res.model_ids[0]
    assert kernel.text(mid) == "bye now"
    before = kernel.counts.copy()
    kernel.execute("doomed.close()")
    assert (kernel.counts - before)["comm_close"] == 1
    assert kernel.text(res) == "Error displaying widget: model not found"
    with pytest.raises(AssertionError, match="was closed"):
        kernel.model(mid)


def test_select_by_label(kernel: KernelFrontend) -> None:
    kernel.execute(
        "import ipywidgets as w\n"
        "dd = w.Dropdown(options=['a', 'b', 'c'], description='pick', _dom_classes=['t-dd'])\n"
        "dd",
        check=True,
    )
    dd = kernel.find_one("t-dd")
    assert kernel.text(dd) == "pick a"
    kernel.select(dd, "c")
    assert kernel.text(dd) == "pick c"
    assert kernel.execute("print(dd.value)").stdout == "c\n"


def test_fresh_kernel_runs_this_python_in_its_cwd(
    fresh_kernel: KernelFrontend, tmp_path: Path
) -> None:
    res = fresh_kernel.execute("import os, sys; print(sys.executable); print(os.getcwd())")
    assert res.stdout.splitlines() == [sys.executable, str(tmp_path)]
    assert fresh_kernel.execute("slider").error["ename"] == "NameError"
    with pytest.raises(AssertionError, match="NameError"):
        fresh_kernel.execute("slider", check=True)
    with pytest.raises(FrontendTimeout, match="last .* iopub messages"):
        fresh_kernel.execute("import time; time.sleep(1)", timeout=0.2)
    fresh_kernel.wait_settled()


def test_binary_buffers_round_trip(kernel: KernelFrontend) -> None:
    res = kernel.execute("import ipywidgets as w; img = w.Image(value=b'\\x00png'); img")
    mid = res.model_ids[0]
    assert kernel.model(mid)["value"] == b"\x00png"
    kernel.set_state(mid, {"value": b"\x01new"})
    assert kernel.execute("print(bytes(img.value))").stdout == "b'\\x01new'\n"


def test_no_message_is_dropped_while_the_frontend_is_not_reading(
    fresh_kernel: KernelFrontend,
) -> None:
    # zmq's default high-water marks (1000 messages per pipe, on each side) silently dropped
    # iopub messages when the frontend read slowly, e.g. on a loaded machine.
    res = fresh_kernel.execute(
        "import ipywidgets as w\n"
        "made = []\n"
        "trigger = w.IntSlider()\n"
        "trigger.observe(lambda c: made.extend(w.Label(str(i)) for i in range(1500)), 'value')\n"
        "trigger",
        check=True,
    )
    before = len(fresh_kernel.widgets.models)
    fresh_kernel.set_value(res.model_ids[0], 1, wait=False, settle=False)
    time.sleep(3)  # the kernel sends 4500 comm_open (Label, Layout, LabelStyle) meanwhile
    fresh_kernel.wait_settled(60)
    assert len(fresh_kernel.widgets.models) == before + 3 * 1500
    # Neither end of iopub has a high-water mark, so zmq queues rather than drops (the
    # kernel's end matters when this process is starved of CPU, which a test cannot force).
    assert fresh_kernel.kc.iopub_channel.socket.getsockopt(zmq.RCVHWM) == 0
    res = fresh_kernel.execute(
        "import zmq; from ipykernel.kernelapp import IPKernelApp as A\n"
        "print(A.instance().iopub_thread.socket.getsockopt(zmq.SNDHWM))"
    )
    assert res.stdout == "0\n"
