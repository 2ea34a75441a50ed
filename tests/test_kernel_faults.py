"""Faults in a real kernel: the kernel's Interrupt during a run, and malformed messages.

After each fault the kernel is alive, session_state is unchanged (or as the fault left it),
the app area shows what happened, the next interaction works, and no output lands outside
the app area (``kernel.unrouted`` stays empty, other cells keep their outputs).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from frontend import KernelFrontend
from test_kernel_apps import app_cell, state

pytestmark = pytest.mark.kernel


def engine_is_idle(kernel: KernelFrontend) -> None:
    """No run is stuck half way: session state is outside a run, no app is busy."""
    result = kernel.execute(
        "import nbstate\n_s = nbstate.kernel_session()\n"
        "print(_s.state.in_run, any(a.busy() for a in _s.apps.values()))"
    )
    assert result.stdout.split() == ["False", "False"], result.stdout + result.stderr


def interrupt_during_run(kernel: KernelFrontend, start_run, marker: Path) -> None:
    """Start a run that never ends, press the kernel's Interrupt while it runs, settle.

    The app creates `marker` (in the kernel's working directory) once it loops.
    """
    marker.unlink(missing_ok=True)
    start_run()
    deadline = time.monotonic() + 15
    while not marker.exists():
        assert time.monotonic() < deadline, "the run did not start its loop"
        time.sleep(0.01)
    time.sleep(0.1)
    kernel.km.interrupt_kernel()
    kernel.wait_settled(timeout=15)
    assert kernel.km.is_alive()


SPIN_APP = """
import pathlib, time
def counted():
    st.session_state.spin_clicks = st.session_state.get("spin_clicks", 0) + 1
if st.button("Spin", key="spin", on_click=counted):
    st.write("spinning")
    pathlib.Path("looping").touch()
    while True:
        time.sleep(0.01)
st.write("idle", st.session_state.get("spin_clicks", 0))
"""


def test_interrupt_of_a_run_that_loops_forever_shows_the_error_and_the_app_stays_live(
    fresh_kernel: KernelFrontend, tmp_path: Path
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="other")
    cell = app_cell(kernel, "spin", SPIN_APP)
    for round_ in range(1, 4):
        spin = kernel.find_one("nbstate-key-spin", within=cell)
        interrupt_during_run(
            kernel,
            lambda spin=spin: kernel.click(spin, wait=False, settle=False),
            tmp_path / "looping",
        )
        shown = kernel.text(cell)
        assert "KeyboardInterrupt" in shown
        # The traceback points at the user's loop.
        assert "time.sleep(0.01)" in shown or "while True:" in shown
        assert "spinning" in shown  # what the run showed before the interrupt stays
        engine_is_idle(kernel)
        assert state(kernel)["spin_clicks"] == round_
        # The next interaction works: a rerun shows the app again, the button is False.
        kernel.click(kernel.find_one("nbstate-rerun", within=cell))
        shown = kernel.text(cell)
        assert "KeyboardInterrupt" not in shown
        assert f"idle {round_}" in shown.replace("`", "")
    assert not kernel.unrouted, kernel.unrouted
    assert other.stdout == "another cell\n" and len(other.outputs) == 1


RERUN_LOOP_APP = """
import pathlib
st.session_state.setdefault("loops", 0)
st.session_state.setdefault("looping", False)
if st.session_state.looping:
    st.session_state.loops += 1
    if st.session_state.loops % 100 == 0:
        pathlib.Path("looping").touch()
    st.rerun()
def counted():
    st.session_state.loop_clicks = st.session_state.get("loop_clicks", 0) + 1
st.button("Count", key="loop_count", on_click=counted)
st.checkbox("Loop", key="loop_box", on_change=lambda: st.session_state.update(looping=True))
st.write("clicks", st.session_state.get("loop_clicks", 0))
"""


def test_interrupt_of_an_endless_st_rerun_loop_never_kills_the_kernel(
    fresh_kernel: KernelFrontend, tmp_path: Path
) -> None:
    # Most of the time of an st.rerun() loop is spent in nbstate's own code between two
    # runs; an interrupt landing there used to escape the run and end the kernel.
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="other")
    cell = app_cell(kernel, "rerun-loop", RERUN_LOOP_APP)
    for round_ in range(1, 6):
        box = kernel.find_one("nbstate-key-loop_box", within=cell)
        interrupt_during_run(
            kernel,
            lambda box=box: kernel.set_value(box, True, wait=False, settle=False),
            tmp_path / "looping",
        )
        assert "KeyboardInterrupt" in kernel.text(cell)
        engine_is_idle(kernel)
        now = state(kernel)
        assert now["loops"] > 0 and now["looping"] is True
        # A plain cell ends the loop (the app reruns as it reads the key), then a click works.
        kernel.execute(
            "import nbstate as st\nst.session_state.looping = False\n"
            "st.session_state.loop_box = False",
            check=True,
        )
        kernel.wait_settled()
        assert "KeyboardInterrupt" not in kernel.text(cell)
        kernel.click(kernel.find_one("nbstate-key-loop_count", within=cell))
        assert f"clicks {round_}" in kernel.text(cell).replace("`", "")
    assert not kernel.unrouted, kernel.unrouted
    assert other.stdout == "another cell\n" and len(other.outputs) == 1


FAULTS_APP = """
import datetime
def clicked():
    st.session_state.f_clicks = st.session_state.get("f_clicks", 0) + 1
st.slider("S", 0, 10, key="f_s")
st.checkbox("C", key="f_c")
st.text_input("T", key="f_t")
st.selectbox("Pick", ["a", "b", "c"], key="f_pick")
st.multiselect("Many", ["a", "b"], key="f_many")
st.date_input("D", datetime.date(2024, 1, 31), key="f_d")
st.button("Go", key="f_go", on_click=clicked)
st.write("clicks", st.session_state.get("f_clicks", 0))
"""

#: (key of the target widget, what the frontend sends in ``data``): none of them is valid.
MALFORMED = [
    pytest.param(
        "f_s",
        {"method": "update", "state": {"value": "abc"}, "buffer_paths": []},
        id="slider-str-value",
    ),
    pytest.param(
        "f_s",
        {"method": "update", "state": {"value": None}, "buffer_paths": []},
        id="slider-none-value",
    ),
    pytest.param(
        "f_s",
        {"method": "update", "state": {"value": [1, 2]}, "buffer_paths": []},
        id="slider-list-value",
    ),
    pytest.param("f_s", {"method": "update"}, id="update-without-state"),
    pytest.param("f_s", {"method": "update", "state": "garbage"}, id="state-not-a-dict"),
    pytest.param(
        "f_s", {"method": "update", "state": {"no_such_attribute": 1}}, id="unknown-attribute"
    ),
    pytest.param("f_s", {"method": "bogus"}, id="unknown-method"),
    pytest.param("f_s", {}, id="no-method"),
    pytest.param("f_s", "garbage", id="data-a-str"),
    pytest.param("f_s", None, id="data-none"),
    pytest.param(
        "f_c",
        {"method": "update", "state": {"value": "yes"}, "buffer_paths": []},
        id="checkbox-str-value",
    ),
    pytest.param(
        "f_t", {"method": "update", "state": {"value": 5}, "buffer_paths": []}, id="text-int-value"
    ),
    pytest.param(
        "f_t", {"method": "custom", "content": {"event": "bogus"}}, id="text-unknown-event"
    ),
    pytest.param(
        "f_pick",
        {"method": "update", "state": {"index": 99}, "buffer_paths": []},
        id="selectbox-index-out-of-range",
    ),
    pytest.param(
        "f_pick",
        {"method": "update", "state": {"index": "b"}, "buffer_paths": []},
        id="selectbox-index-str",
    ),
    pytest.param(
        "f_many",
        {"method": "update", "state": {"index": [0, 7]}, "buffer_paths": []},
        id="multiselect-index-out-of-range",
    ),
    pytest.param(
        "f_d",
        {"method": "update", "state": {"value": "2024-02-01"}, "buffer_paths": []},
        id="date-str-value",
    ),
    pytest.param(
        "f_d",
        {"method": "update", "state": {"value": {"year": "x"}}, "buffer_paths": []},
        id="date-garbage-value",
    ),
    pytest.param(
        "f_go", {"method": "custom", "content": {"event": "bogus"}}, id="button-unknown-event"
    ),
    pytest.param("f_go", {"method": "custom", "content": "garbage"}, id="button-custom-str"),
    pytest.param("f_go", {"method": "custom"}, id="button-custom-without-content"),
    pytest.param(
        "f_go",
        {"method": "update", "state": {"disabled": "very"}, "buffer_paths": []},
        id="button-disabled-str",
    ),
]


@pytest.fixture(scope="module")
def faults_app(kernel: KernelFrontend):
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="faults-other")
    cell = app_cell(kernel, "faults", FAULTS_APP)
    return cell, other


def log_lines(kernel: KernelFrontend) -> list[str]:
    return kernel.kernel_log(100_000).splitlines()


@pytest.mark.parametrize(("key", "data"), MALFORMED)
def test_a_malformed_message_to_a_widget_is_ignored_with_a_log_line(
    kernel: KernelFrontend, faults_app, key: str, data: Any
) -> None:
    cell, other = faults_app
    target = kernel.find_one(f"nbstate-key-{key}", within=cell)
    shown_value = {k: v for k, v in kernel.model(target).items() if k in ("value", "index")}
    before, logged = state(kernel), len(log_lines(kernel))
    kernel._send_comm_msg(target, data)
    kernel.wait_settled()
    assert kernel.km.is_alive()
    new_lines = log_lines(kernel)[logged:]
    assert any("nbstate: ignored" in line and key in line for line in new_lines), new_lines
    assert state(kernel) == before
    # The page shows the value session state holds (ipywidgets echoed the bad value first).
    assert {k: kernel.model(target)[k] for k in shown_value} == shown_value
    assert not kernel.unrouted, kernel.unrouted  # no traceback sent to no cell
    assert other.stdout == "another cell\n" and len(other.outputs) == 1
    assert "Error" not in kernel.text(cell)
    # The next interaction works.
    new_value = (before["f_s"] + 1) % 11
    kernel.set_value(kernel.find_one("nbstate-key-f_s", within=cell), new_value)
    kernel.click(kernel.find_one("nbstate-key-f_go", within=cell))
    after = state(kernel)
    assert after["f_s"] == new_value
    assert after["f_clicks"] == before.get("f_clicks", 0) + 1
    assert f"clicks {after['f_clicks']}" in kernel.text(cell).replace("`", "")


DISPLAY_MALFORMED = [
    pytest.param(
        "nbstate-markdown",
        {"method": "update", "state": {"value": 5}, "buffer_paths": []},
        id="markdown-int-value",
    ),
    pytest.param(
        "nbstate-rerun", {"method": "custom", "content": {"event": "bogus"}}, id="toolbar-event"
    ),
    pytest.param(
        "nbstate-app",
        {"method": "update", "state": {"children": "garbage"}, "buffer_paths": []},
        id="app-area-garbage-children",
    ),
    pytest.param("nbstate-app", {"method": "bogus"}, id="app-area-unknown-method"),
]


@pytest.mark.parametrize(("css_class", "data"), DISPLAY_MALFORMED)
def test_a_malformed_message_to_a_display_element_or_the_toolbar_is_ignored(
    kernel: KernelFrontend, faults_app, css_class: str, data: Any
) -> None:
    cell, other = faults_app
    target = kernel.find_one(css_class, within=cell)
    before, logged, shown = state(kernel), len(log_lines(kernel)), kernel.text(cell)
    kernel._send_comm_msg(target, data)
    kernel.wait_settled()
    new_lines = log_lines(kernel)[logged:]
    assert any("nbstate: ignored" in line for line in new_lines), new_lines
    assert state(kernel) == before
    assert kernel.text(cell) == shown  # the page shows what it showed
    assert not kernel.unrouted, kernel.unrouted
    assert other.stdout == "another cell\n" and len(other.outputs) == 1
    kernel.click(kernel.find_one("nbstate-key-f_go", within=cell))
    assert state(kernel)["f_clicks"] == before.get("f_clicks", 0) + 1


def page_probe(kernel: KernelFrontend) -> str:
    return next(
        mid
        for mid, model in kernel.widgets.models.items()
        if "__nbstate_page_id" in str(model.get("_esm", ""))
    )


PROBE_MALFORMED = [
    pytest.param({"method": "custom", "content": "garbage"}, id="custom-str"),
    pytest.param({"method": "custom", "content": {"event": "page"}}, id="page-without-id"),
    pytest.param(
        {"method": "custom", "content": {"event": "page", "page_id": 5}}, id="page-id-not-str"
    ),
    pytest.param(
        {"method": "custom", "content": {"event": "reload-everything", "page_id": "x"}},
        id="unknown-event",
    ),
    pytest.param({"method": "update", "state": {"_esm": 5}}, id="update-esm"),
    pytest.param({"method": "bogus"}, id="unknown-method"),
    pytest.param("garbage", id="data-a-str"),
]


@pytest.mark.parametrize("data", PROBE_MALFORMED)
def test_a_malformed_message_to_the_page_probe_is_ignored_and_resets_nothing(
    kernel: KernelFrontend, faults_app, data: Any
) -> None:
    cell, other = faults_app
    probe = page_probe(kernel)
    before, logged = state(kernel), len(log_lines(kernel))
    kernel._send_comm_msg(probe, data)
    kernel.wait_settled()
    time.sleep(0.1)
    kernel.wait_settled()
    assert kernel.km.is_alive()
    new_lines = log_lines(kernel)[logged:]
    assert any("nbstate: ignored" in line and "page" in line for line in new_lines), new_lines
    assert state(kernel) == before
    assert not kernel.unrouted, kernel.unrouted
    assert other.stdout == "another cell\n" and len(other.outputs) == 1
    kernel.click(kernel.find_one("nbstate-key-f_go", within=cell))
    assert state(kernel)["f_clicks"] == before.get("f_clicks", 0) + 1


def test_a_message_to_a_widget_a_run_removed_changes_nothing(kernel: KernelFrontend) -> None:
    # A frontend can still send to a widget the kernel just closed (the messages crossed).
    kernel.execute("import nbstate", check=True)
    cell = app_cell(
        kernel,
        "faults-gone",
        "if st.session_state.get('g_show', True):\n    st.slider('G', 0, 10, key='g_s')\n"
        "st.checkbox('Show', True, key='g_show')",
    )
    slider = kernel.find_one("nbstate-key-g_s", within=cell)
    kernel.set_value(kernel.find_one("nbstate-key-g_show", within=cell), False)
    assert not kernel.find("nbstate-key-g_s", within=cell)
    before = state(kernel)
    kernel._send_comm_msg(slider, {"method": "update", "state": {"value": 7}, "buffer_paths": []})
    kernel.wait_settled()
    assert kernel.km.is_alive()
    assert state(kernel) == before
    # ipykernel itself says "No such comm" on stderr of that message, which no cell shows.
    assert all(m["header"]["msg_type"] == "stream" for m in kernel.unrouted), kernel.unrouted
    kernel.unrouted.clear()
    kernel.set_value(kernel.find_one("nbstate-key-g_show", within=cell), True)
    assert state(kernel)["g_s"] == 0  # back at its default, as a widget seen for the first time


def test_a_change_or_click_sent_to_a_disabled_widget_is_ignored_with_a_log_line(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    cell = app_cell(
        kernel,
        "faults-disabled",
        "st.session_state.d_runs = st.session_state.get('d_runs', 0) + 1\n"
        "def clicked():\n    st.session_state.d_clicks = st.session_state.get('d_clicks', 0) + 1\n"
        "st.slider('D', 0, 10, 3, key='d_s', disabled=True)\n"
        "st.button('DB', key='d_b', disabled=True, on_click=clicked)\n"
        "st.button('Fine', key='d_fine', on_click=clicked)",
    )
    slider = kernel.find_one("nbstate-key-d_s", within=cell)
    before, logged = state(kernel), len(log_lines(kernel))
    kernel._send_comm_msg(slider, {"method": "update", "state": {"value": 7}, "buffer_paths": []})
    kernel._send_comm_msg(
        kernel.find_one("nbstate-key-d_b", within=cell),
        {"method": "custom", "content": {"event": "click"}},
    )
    kernel.wait_settled()
    new_lines = log_lines(kernel)[logged:]
    assert sum("disabled" in line and "d_" in line for line in new_lines) == 2, new_lines
    assert state(kernel) == before  # no run, no callback, the value unchanged
    assert kernel.model(slider)["value"] == 3  # the page shows the value again
    assert not kernel.unrouted, kernel.unrouted
    kernel.click(kernel.find_one("nbstate-key-d_fine", within=cell))
    assert state(kernel)["d_clicks"] == 1


FAULTY_APP = """
st.session_state.setdefault("fault", None)
def go():
    print("callback output")
    fault = st.session_state.fault
    if fault == "callback raises":
        raise ValueError("boom in callback")
    if fault == "callback stops":
        st.stop()
    if fault == "callback reruns":
        st.rerun()
st.button("Go", key="x_go", on_click=go)
print("body output")
if st.session_state.fault == "body raises":
    raise ValueError("boom in body")
if st.session_state.fault == "body interrupted":
    raise KeyboardInterrupt
st.write("body end", st.session_state.x_go)
"""

#: fault -> (texts the app area shows, texts it must not show) after the fault.
FAULTS = {
    "callback raises": (["ValueError: boom in callback", "callback output"], ["body output"]),
    "callback stops": (["callback output"], ["body output", "Error"]),
    # What the callback printed went with the run that st.rerun() ended, as in Streamlit.
    "callback reruns": (["body output", "body end False"], ["callback output", "Error"]),
    "body raises": (["body output", "ValueError: boom in body"], ["body end"]),
    "body interrupted": (["body output", "KeyboardInterrupt"], ["body end"]),
}


@pytest.mark.parametrize("fault", FAULTS, ids=[f.replace(" ", "-") for f in FAULTS])
def test_a_fault_in_a_callback_or_the_body_shows_in_the_app_only_and_the_next_click_works(
    kernel: KernelFrontend, fault: str
) -> None:
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="faulty-other")
    kernel.execute("import nbstate as st\nst.session_state.fault = None", check=True)
    cell = app_cell(kernel, "faulty", FAULTY_APP)
    # A plain cell chooses the fault; the app reruns as it reads that key.
    writer = kernel.execute(f"import nbstate as st\nst.session_state.fault = {fault!r}")
    kernel.wait_settled()
    kernel.click(kernel.find_one("nbstate-key-x_go", within=cell))
    shown, not_shown = FAULTS[fault]
    text = kernel.text(cell).replace("`", "")
    for words in shown:
        assert words in text, text
    for words in not_shown:
        assert words not in text, text
    assert writer.outputs == [] and other.stdout == "another cell\n"
    assert not kernel.unrouted, kernel.unrouted
    engine_is_idle(kernel)
    # The next interaction works.
    kernel.execute("import nbstate as st\nst.session_state.fault = None", check=True)
    kernel.wait_settled()
    kernel.click(kernel.find_one("nbstate-key-x_go", within=cell))
    text = kernel.text(cell).replace("`", "")
    assert "body end True" in text and "Error" not in text and "Interrupt" not in text
    assert not kernel.unrouted, kernel.unrouted
