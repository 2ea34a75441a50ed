"""Fast reruns in a real kernel: a newer user event cuts the run in progress short.

As in Streamlit, the run stops at its next st.* call (never inside a callback), session
state keeps what it wrote, and the run for the newer event follows at once.
"""

from __future__ import annotations

import time

import pytest
from frontend import KernelFrontend
from test_kernel_apps import app_cell, state

pytestmark = pytest.mark.kernel

SLOW_APP = """
import time
def changed():
    st.session_state.callbacks = st.session_state.get("callbacks", 0) + 1
    time.sleep(st.session_state.get("callback_seconds", 0))
    st.session_state.callbacks_done = st.session_state.get("callbacks_done", 0) + 1
v = st.slider("V", 0, 100, key="v", on_change=changed)
st.session_state.started = st.session_state.get("started", 0) + 1
for i in range(20):
    time.sleep(0.05)
    st.write("step", i)
st.session_state.completed = st.session_state.get("completed", 0) + 1
st.write("value", v)
"""


def counts(kernel: KernelFrontend) -> tuple[int, int, int, int]:
    s = state(kernel)
    return s["started"], s["completed"], s.get("callbacks", 0), s.get("callbacks_done", 0)


def test_a_newer_value_stops_the_slow_run_in_progress_at_its_next_element(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = app_cell(kernel, "slow", SLOW_APP)
    assert counts(kernel) == (1, 1, 0, 0)
    slider = kernel.find_one("nbstate-key-v", within=cell)
    started = time.monotonic()
    # A slow app runs after the kernel's idle for the message, so the page may send the
    # slider's next value during the run (JupyterLab sends a model's next update only then).
    kernel.set_value(slider, 1, wait=True, settle=False)
    time.sleep(0.3)  # the run for 1 is about a third through its 1 s
    kernel.set_value(slider, 2, wait=False, settle=False)
    kernel.wait_settled(timeout=30)
    elapsed = time.monotonic() - started
    # Two runs started, one completed (the one for 2); both callbacks ran to their end.
    assert counts(kernel) == (3, 2, 2, 2)
    assert "value 2" in kernel.text(cell).replace("`", "")
    assert elapsed < 1.9, elapsed  # without the cut: two full runs, over 2 s
    assert state(kernel)["v"] == 2


def test_a_callback_is_never_cut_short_and_the_stale_script_is(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = app_cell(kernel, "slow", SLOW_APP)
    kernel.execute("nbstate.session_state.callback_seconds = 0.5", check=True)
    slider = kernel.find_one("nbstate-key-v", within=cell)
    kernel.set_value(slider, 1, wait=True, settle=False)
    time.sleep(0.2)  # the callback for 1 is sleeping
    kernel.set_value(slider, 2, wait=False, settle=False)
    kernel.wait_settled(timeout=30)
    # The first callback finished; the script after it was cut at its first element (the
    # slider, before `started` counts it). Without the cut: (3, 3, 2, 2).
    assert counts(kernel) == (2, 2, 2, 2)
    assert "value 2" in kernel.text(cell).replace("`", "")
    # The next interaction works as usual.
    kernel.execute("nbstate.session_state.callback_seconds = 0", check=True)
    kernel.wait_settled()
    assert counts(kernel) == (3, 3, 2, 2)  # the app reads that key: the cell reran it
    kernel.set_value(slider, 3)
    assert counts(kernel) == (4, 4, 3, 3)
    assert "value 3" in kernel.text(cell).replace("`", "")
