"""AppTest's `timeout`: a run that takes too long raises RuntimeError, as in Streamlit, wherever
the slow code is; the state stays consistent and the next run works.

Streamlit 1.67 (measured: `at.run(timeout=0.5)` on a script with `time.sleep(3)` after its last
`st.*` call) raises ``RuntimeError: AppTest script run timed out after 0.5(s)``, keeps what the
run wrote to session_state and skips the rest of the script; it raises only once the sleep is
over (3.3 s). nbstate raises at the deadline and stops the script the same way.
"""

from __future__ import annotations

import threading
import time

import pytest

from nbstate.testing import AppTest


def slow_app(control: dict) -> AppTest:
    def app() -> None:
        import time

        import nbstate as st

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text(f"run {st.session_state.runs}")
        if control.get("slow"):
            control["started"] = True
            if control["slow"] == "sleep":
                time.sleep(3)
            else:
                while True:  # pure Python, no st.* call
                    pass
            st.session_state.after_sleep = True  # never reached: the run was stopped

    return AppTest.from_function(app)


@pytest.mark.parametrize("slow", ["sleep", "loop"])
def test_a_run_slow_after_its_last_st_call_times_out_at_the_deadline(slow: str) -> None:
    control: dict = {}
    at = slow_app(control).run()
    assert at.text.values == ["run 1"]
    control["slow"] = slow
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"^AppTest script run timed out after 0\.5\(s\)$"):
        at.run(timeout=0.5)
    assert time.monotonic() - started < 1.5  # at the deadline, not after the 3 s sleep
    assert control["started"]
    # What the run wrote is kept, the rest of the script did not run, and the page still
    # shows the last complete run.
    assert at.session_state.runs == 2
    assert "after_sleep" not in at.session_state
    assert at.text.values == ["run 1"]
    # The next run works.
    control["slow"] = None
    at.run()
    assert not at.exception
    assert at.text.values == ["run 3"]
    assert at.session_state.runs == 3


def test_a_busy_loop_is_stopped_soon_after_the_deadline() -> None:
    # The stopped script does not keep running in the background: the next run starts at once.
    control: dict = {}
    at = slow_app(control).run()
    control["slow"] = "loop"
    with pytest.raises(RuntimeError, match="timed out after 0.3"):
        at.run(timeout=0.3)
    control["slow"] = None
    started = time.monotonic()
    at.run()
    assert time.monotonic() - started < 1
    assert at.text.values == ["run 3"]


def test_a_slow_callback_times_out_and_the_next_interaction_works() -> None:
    at = AppTest.from_string(
        """
import threading
import time
import nbstate as st
def slow():
    st.session_state.called = st.session_state.get("called", 0) + 1
    if st.session_state.called == 1:
        time.sleep(3)
        st.session_state.late = True
st.button("Go", key="go", on_click=slow)
st.text(f"called {st.session_state.get('called', 0)}")
"""
    ).run()
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="timed out after 0.5"):
        at.button(key="go").click().run(timeout=0.5)
    assert time.monotonic() - started < 1.5
    assert at.session_state.called == 1 and "late" not in at.session_state
    at.button(key="go").click().run()
    assert not at.exception
    assert at.text.values == ["called 2"]


def test_a_fast_run_is_unaffected_by_the_thread_it_runs_on() -> None:
    at = AppTest.from_string("import nbstate as st\nst.text('hi')").run(timeout=0.5)
    assert at.text.values == ["hi"]
    for _ in range(50):
        at.run(timeout=0.5)
    assert at.text.values == ["hi"] and not at.exception


def test_a_run_started_from_another_thread_is_stopped_too() -> None:
    # Off the main thread no signal can reach the run: the ScriptTimeout is raised in it
    # directly (at its next bytecode), so a loop in pure Python stops at the deadline.
    control: dict = {}
    at = slow_app(control).run()
    control["slow"] = "loop"
    outcome: dict = {}

    def in_a_thread() -> None:
        started = time.monotonic()
        try:
            at.run(timeout=0.3)
        except RuntimeError as error:
            outcome["error"] = str(error)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert outcome["error"] == "AppTest script run timed out after 0.3(s)"
    assert outcome["seconds"] < 1.5
    control["slow"] = None
    at.run()
    assert at.text.values == ["run 3"] and at.session_state.runs == 3


@pytest.mark.parametrize("timeout", [0, 0.0, -1])
def test_a_timeout_of_zero_or_less_times_out_at_once(timeout) -> None:
    # Streamlit 1.67 (measured): at.run(timeout=0) raises "AppTest script run timed out after
    # 0(s)" and the script's session_state write does not happen; the next run works (n == 1).
    # nbstate treated 0 as "no limit" before.
    script = "import nbstate as st\nst.session_state.n = st.session_state.get('n', 0) + 1\nst.write('hi')"
    at = AppTest.from_string(script)
    with pytest.raises(RuntimeError, match=rf"timed out after {timeout}\(s\)"):
        at.run(timeout=timeout)
    at.run()
    assert at.session_state.n == 1
    assert at.markdown.values == ["hi"]
    with pytest.raises(RuntimeError, match=r"timed out after 0\(s\)"):
        AppTest.from_string(script, default_timeout=0).run()
