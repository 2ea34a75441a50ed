"""Control flow of a run: st.rerun(), st.stop(), uncaught exceptions, and the cleanup of
widgets that a run did not create (reference §8, §13 without fragments).

Every script here also runs unchanged on Streamlit 1.67 with ``import streamlit as st``.
"""

from __future__ import annotations

import ast

import pytest

from nbstate.testing import AppTest


def run(script: str) -> AppTest:
    """A new AppTest of `script`, run once."""
    return AppTest.from_string(script).run()


def shown(at: AppTest, index: int = 0):
    """The Python value that the script showed with ``st.text(repr(value))``."""
    return ast.literal_eval(at.text[index].value)


def log(at: AppTest) -> list:
    """The ``log`` list the script keeps in session_state."""
    return at.session_state["log"]


# ------------------------------------------------------------------------------ st.rerun


def test_rerun_in_the_body_discards_the_output_and_starts_a_new_run_at_once():
    at = AppTest.from_string(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
ss.n = ss.get("n", 0) + 1
ss.log.append(("start", ss.n))
st.text(f"start {ss.n}")
if ss.n == 2:
    st.rerun()
ss.log.append(("end", ss.n))
st.text(f"end {ss.n}")
"""
    )
    at.run()
    assert log(at) == [("start", 1), ("end", 1)]
    at.run()
    assert log(at)[2:] == [("start", 2), ("start", 3), ("end", 3)]
    assert at.text.values == ["start 3", "end 3"]


def test_rerun_has_no_loop_limit():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.n = ss.get("n", 0) + 1
if ss.n < 51:
    st.rerun()
st.text(repr(ss.n))
"""
    )
    assert at.exception == []
    assert shown(at) == 51


def test_rerun_is_not_caught_by_except_exception():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.n = ss.get("n", 0) + 1
if ss.n == 1:
    try:
        st.rerun()
    except Exception:
        st.text("caught")
st.text(repr(ss.n))
"""
    )
    assert at.text.values == ["2"]


def test_rerun_caught_with_except_base_exception_is_cancelled():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.n = ss.get("n", 0) + 1
try:
    st.rerun()
except BaseException:
    st.text("caught")
st.text(repr(ss.n))
"""
    )
    assert at.text.values == ["caught", "1"]


def test_widget_change_runs_the_body_once_and_a_body_rerun_runs_it_twice():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.bodies = ss.get("bodies", 0) + 1
v = st.slider("S", 0, 10, key="k", on_change=lambda: None)
if v == 9 and not ss.get("reran"):
    ss.reran = True
    st.rerun()
"""
    )
    at.slider[0].set_value(3).run()
    assert at.session_state["bodies"] == 2
    at.slider[0].set_value(9).run()
    assert at.session_state["bodies"] == 4


# ------------------------------------------------------------------------------- st.stop


def test_stop_keeps_what_was_shown_before_it_and_shows_no_exception():
    at = run(
        """
import nbstate as st
st.text("before")
st.text_input("T", key="t")
st.stop()
st.text("after")
"""
    )
    assert at.exception == []
    assert at.text.values == ["before"]
    assert len(at.text_input) == 1
    at.text_input(key="t").input("kept").run()
    assert at.session_state["t"] == "kept"
    assert at.text_input(key="t").value == "kept"


def test_stop_is_not_caught_by_except_exception():
    at = run(
        """
import nbstate as st
try:
    st.stop()
except Exception:
    st.text("caught")
st.text("after")
"""
    )
    assert at.exception == []
    assert at.text.values == []


# ------------------------------------------------------------------ uncaught exceptions


def test_uncaught_exception_is_shown_after_the_output_before_it_and_the_app_stays_live():
    at = run(
        """
import nbstate as st
st.text("before")
v = st.slider("S", 0, 10, key="k")
if v == 3:
    raise ValueError("three is not allowed")
st.text("after")
"""
    )
    assert at.text.values == ["before", "after"]
    at.slider[0].set_value(3).run()
    assert [(e.type, e.value) for e in at.exception] == [("ValueError", "three is not allowed")]
    assert at.text.values == ["before"]
    assert at.slider[0].value == 3
    at.slider[0].set_value(4).run()
    assert at.exception == []
    assert at.text.values == ["before", "after"]


# ------------------------------------------------------------------------- §8 cleanup

STALE = """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
{top}
show = ss.get("show", True)
if show:
    st.slider("S", 0, 10, key="k")
ss.log.append(("end", show, ss.get("k", "<missing>")))
"""


def hide_show_cycle(top: str = "") -> AppTest:
    """Set the slider to 7, then hide it for two runs, then show it again."""
    at = run(STALE.format(top=top))
    at.slider[0].set_value(7).run()
    at.session_state["show"] = False
    at.run().run()
    at.session_state["show"] = True
    at.run()
    return at


def test_widget_not_rendered_in_a_completed_run_loses_its_value_at_the_end_of_that_run():
    at = hide_show_cycle()
    assert log(at)[2:] == [("end", False, 7), ("end", False, "<missing>"), ("end", True, 0)]
    assert at.slider[0].value == 0


def test_keep_alive_assignment_preserves_the_value_of_a_hidden_widget():
    at = hide_show_cycle(top='if "k" in ss:\n    ss.k = ss.k')
    assert log(at)[2:] == [("end", False, 7), ("end", False, 7), ("end", True, 7)]
    assert at.slider[0].value == 7


def test_keyless_widget_not_rendered_in_a_completed_run_restarts_at_its_default():
    at = run(
        """
import nbstate as st
if st.session_state.get("show", True):
    st.text(repr(st.slider("S", 0, 10)))
"""
    )
    at.slider[0].set_value(7).run()
    assert shown(at) == 7
    at.session_state["show"] = False
    at.run()
    assert at.slider.values == []
    at.session_state["show"] = True
    at.run()
    assert shown(at) == 0


@pytest.mark.parametrize(
    "interruption",
    ["st.stop()", 'raise ValueError("boom")', "st.rerun()"],
    ids=["stop", "exception", "rerun"],
)
def test_no_cleanup_after_a_run_that_did_not_complete(interruption):
    at = run(
        f"""
import nbstate as st
ss = st.session_state
if ss.get("interrupt"):
    ss.interrupt = False
    {interruption}
v = st.slider("S", 0, 10, key="k")
st.text(repr(v))
"""
    )
    at.slider[0].set_value(7).run()
    at.session_state["interrupt"] = True
    at.run()
    if interruption != "st.rerun()":
        assert at.slider.values == []  # the slider was not created in that run
        assert at.session_state["k"] == 7
        at.run()
    assert shown(at) == 7
    assert at.session_state["k"] == 7


QUIRK = """
import nbstate as st
ss = st.session_state
if not ss.get("initialized"):
    ss.initialized = True
    ss.k = 3
if ss.get("show", {show_first}):
    st.slider("S", 0, 10, key="k")
st.text(repr(ss.get("k", "<missing>")))
"""


def test_key_assigned_before_the_widget_first_registered_reverts_to_that_value_when_hidden():
    at = AppTest.from_string(QUIRK.format(show_first=False)).run()
    assert shown(at) == 3
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 3
    at.slider[0].set_value(7).run()
    assert shown(at) == 7
    at.session_state["show"] = False
    at.run().run()
    assert shown(at) == 3
    assert at.session_state["k"] == 3
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 3


def test_key_assigned_in_the_run_that_first_registers_the_widget_disappears_when_hidden():
    at = AppTest.from_string(QUIRK.format(show_first=True)).run()
    assert at.slider[0].value == 3
    at.slider[0].set_value(7).run()
    assert shown(at) == 7
    at.session_state["show"] = False
    at.run().run()
    assert shown(at) == "<missing>"
    assert "k" not in at.session_state
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 0


ASSIGN_TO_REMOVED = """
import nbstate as st
ss = st.session_state
show = ss.get("show", True)
{top}
def cb():
    {callback}
if show:
    st.slider("S", 0, 1000, key="k", on_change=cb)
st.text(repr(ss.get("k", "<missing>")))
"""


def seen_and_kept(at: AppTest) -> tuple:
    """What the run showed for "k", and whether "k" is in session_state after it."""
    return shown(at), "k" in at.session_state


def test_a_callback_write_to_the_key_of_a_widget_the_run_removes_goes_with_the_widget():
    # Measured with Streamlit 1.67's AppTest: the value is read in that run and the next,
    # then removed like the widget's own value; shown again, the widget starts at 0.
    at = run(ASSIGN_TO_REMOVED.format(top="", callback="ss.k += 100"))
    at.slider[0].set_value(5)
    at.session_state["show"] = False
    at.run()
    assert seen_and_kept(at) == (105, True)
    at.run()
    assert seen_and_kept(at) == (105, False)
    at.run()
    assert seen_and_kept(at) == ("<missing>", False)
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 0


def test_a_script_write_to_the_key_of_a_removed_widget_lives_one_more_run():
    top = 'if not show and not ss.get("written"):\n    ss.written = True\n    ss.k = 42'
    at = run(ASSIGN_TO_REMOVED.format(top=top, callback="pass"))
    at.slider[0].set_value(5).run()
    at.session_state["show"] = False
    at.run()
    assert seen_and_kept(at) == (42, True)
    at.run()
    assert seen_and_kept(at) == (42, False)
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 0


@pytest.mark.parametrize("removed_before", [True, False], ids=["removed-earlier", "same-run"])
def test_a_write_between_runs_to_the_key_of_a_removed_widget_lives_through_the_next_run(
    removed_before: bool,
):
    at = run(ASSIGN_TO_REMOVED.format(top="", callback="pass"))
    at.slider[0].set_value(5).run()
    at.session_state["show"] = False
    if removed_before:
        at.run()
        assert seen_and_kept(at) == (5, False)
    at.session_state["k"] = 42
    at.run()
    assert seen_and_kept(at) == (42, False)
    at.run()
    assert seen_and_kept(at) == ("<missing>", False)
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 0


def test_a_script_write_after_a_write_between_runs_to_the_key_of_a_removed_widget_lives_on():
    top = 'if not show and ss.get("rewrite"):\n    ss.rewrite = False\n    ss.k = 43'
    at = run(ASSIGN_TO_REMOVED.format(top=top, callback="pass"))
    at.slider[0].set_value(5).run()
    at.session_state["show"] = False
    at.run()
    at.session_state["k"] = 42
    at.session_state["rewrite"] = True
    at.run()
    assert seen_and_kept(at) == (43, True)  # assigned in the run: lives one more run
    at.run()
    assert seen_and_kept(at) == (43, False)
