"""Faults in a real kernel: the kernel's Interrupt during a run, and malformed messages.

After each fault the kernel is alive, session_state is unchanged (or as the fault left it),
the app area shows what happened, the next interaction works, and no output lands outside
the app area (``kernel.unrouted`` stays empty, other cells keep their outputs).
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


def state(kernel: KernelFrontend) -> dict[str, Any]:
    """The kernel's session_state, read from a plain cell as a user would."""
    result = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    result.raise_for_error()
    return json.loads(result.stdout)


def app_cell(kernel: KernelFrontend, cell_id: str, body: str):
    """Run a %%rerun cell and return its result (its output is the app area)."""
    result = kernel.execute("%%rerun\nimport nbstate as st\n" + body, cell_id=cell_id)
    result.raise_for_error()
    assert len(result.model_ids) == 1, result.outputs
    return result


def engine_is_idle(kernel: KernelFrontend) -> None:
    """No run is stuck half way: session state is outside a run, no app is busy."""
    result = kernel.execute(
        "import nbstate\n_s = nbstate.kernel_session()\n"
        "print(_s.state.in_run, any(a.busy() for a in _s.apps.values()))"
    )
    assert result.stdout.split() == ["False", "False"], result.stdout + result.stderr


def interrupt_during_run(kernel: KernelFrontend, start_run) -> None:
    """Start a run that never ends, press the kernel's Interrupt while it runs, settle."""
    start_run()
    time.sleep(0.4)  # the run is busy in its loop by now
    kernel.km.interrupt_kernel()
    kernel.wait_settled(timeout=15)
    assert kernel.km.is_alive()


SPIN_APP = """
import time
def counted():
    st.session_state.spin_clicks = st.session_state.get("spin_clicks", 0) + 1
if st.button("Spin", key="spin", on_click=counted):
    st.write("spinning")
    while True:
        time.sleep(0.01)
st.write("idle", st.session_state.get("spin_clicks", 0))
"""


def test_interrupt_of_a_run_that_loops_forever_shows_the_error_and_the_app_stays_live(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="other")
    cell = app_cell(kernel, "spin", SPIN_APP)
    for round_ in range(1, 4):
        spin = kernel.find_one("nbstate-key-spin", within=cell)
        interrupt_during_run(kernel, lambda spin=spin: kernel.click(spin, settle=False))
        shown = kernel.text(cell)
        assert "KeyboardInterrupt" in shown
        assert "time.sleep(0.01)" in shown  # the traceback points at the user's loop
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
st.session_state.setdefault("loops", 0)
st.session_state.setdefault("looping", False)
if st.session_state.looping:
    st.session_state.loops += 1
    st.rerun()
def counted():
    st.session_state.loop_clicks = st.session_state.get("loop_clicks", 0) + 1
st.button("Count", key="loop_count", on_click=counted)
st.checkbox("Loop", key="loop_box", on_change=lambda: st.session_state.update(looping=True))
st.write("clicks", st.session_state.get("loop_clicks", 0))
"""


def test_interrupt_of_an_endless_st_rerun_loop_never_kills_the_kernel(
    fresh_kernel: KernelFrontend,
) -> None:
    # Most of the time of an st.rerun() loop is spent in nbstate's own code between two
    # runs; an interrupt landing there used to escape the run and end the kernel.
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    other = kernel.execute("print('another cell')", cell_id="other")
    cell = app_cell(kernel, "rerun-loop", RERUN_LOOP_APP)
    for round_ in range(1, 6):
        box = kernel.find_one("nbstate-key-loop_box", within=cell)
        interrupt_during_run(kernel, lambda box=box: kernel.set_value(box, True, settle=False))
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
