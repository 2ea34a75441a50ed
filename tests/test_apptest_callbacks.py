"""Callbacks: when, which, in what order, with which arguments; their writes, output, errors,
st.rerun() and st.stop() inside them (reference §6), and the "Option 2: use a callback"
example of the buttons seed.

Every script here also runs unchanged on Streamlit 1.67 with ``import streamlit as st``.
"""

from __future__ import annotations

import ast

import pytest

from nbstate.testing import AppTest, AppTestError


def run(script: str) -> AppTest:
    """A new AppTest of `script`, run once."""
    return AppTest.from_string(script).run()


def shown(at: AppTest, index: int = 0):
    """The Python value that the script showed with ``st.text(repr(value))``."""
    return ast.literal_eval(at.text[index].value)


def log(at: AppTest) -> list:
    """The ``log`` list the script keeps in session_state."""
    return at.session_state["log"]


def page(at: AppTest) -> list[tuple[str, object]]:
    """(type, value) of every non-container element of the last run, in page order."""
    kinds = {"markdown", "text", "title", "button", "text_input", "slider", "checkbox"}
    return [(e.type, e.value) for e in at.main if e.type in kinds]


# -------------------------------------------------------------------------------- timing


def test_callback_runs_before_the_body_with_new_widget_values_and_previous_plain_keys():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
ss.counter = ss.get("counter", 0)
def cb():
    ss.log.append(("cb", ss.a, ss.b, ss.counter))
st.text_input("A", key="a", on_change=cb)
st.text_input("B", key="b")
ss.counter += 1
ss.log.append(("body", ss.a, ss.b, ss.counter))
"""
    )
    at.text_input(key="a").input("x")
    at.text_input(key="b").input("y")
    at.run()
    assert log(at) == [("body", "", "", 1), ("cb", "x", "y", 1), ("body", "x", "y", 2)]


# --------------------------------------------------------------------------------- which

CHANGE_LOG = """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb():
    ss.log.append(("cb", ss.k))
if ss.get("assign") is not None:
    ss.k = ss.assign
v = st.slider("S", 0, 10, key="k", on_change=cb)
ss.log.append(("body", v))
"""


def test_callback_fires_only_when_the_value_really_changes():
    at = run(CHANGE_LOG)
    at.slider[0].set_value(0).run()
    assert log(at) == [("body", 0), ("body", 0)]
    at.slider[0].set_value(3).run()
    assert log(at)[2:] == [("cb", 3), ("body", 3)]
    at.slider[0].set_value(3).run()
    assert log(at)[4:] == [("body", 3)]


def test_assignment_in_the_script_never_fires_on_change():
    at = run(CHANGE_LOG)
    at.session_state["assign"] = 6
    at.run()
    at.session_state["assign"] = None
    at.run().run()
    assert log(at) == [("body", 0), ("body", 6), ("body", 6), ("body", 6)]


def test_assignment_between_runs_never_fires_on_change():
    at = run(CHANGE_LOG)
    at.session_state["k"] = 9
    at.run()
    assert at.slider[0].value == 9
    at.run()
    assert log(at) == [("body", 0), ("body", 9), ("body", 9)]


def test_disabled_widget_cannot_be_changed_or_clicked_by_a_test_and_no_callback_runs():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb():
    ss.log.append("cb")
v = st.slider("S", 0, 10, key="k", disabled=True, on_change=cb)
st.button("B", key="b", disabled=True, on_click=cb)
ss.log.append(v)
"""
    )
    with pytest.raises(AppTestError, match="disabled"):
        at.slider[0].set_value(5)
    with pytest.raises(AppTestError, match="disabled"):
        at.button(key="b").click()
    at.run()
    assert log(at) == [0, 0]
    assert at.session_state["k"] == 0


# --------------------------------------------------------------------------------- order


@pytest.mark.parametrize("layout", ["abc", "cba"])
def test_callbacks_run_in_page_order_whatever_the_order_of_the_changes(layout):
    widgets = "\n".join(
        f'st.text_input("{n}", key="{n}", on_change=cb, args=("{n}",))' for n in layout
    )
    at = run(
        f"""
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb(name):
    ss.log.append((name, ss.a, ss.b, ss.c))
{widgets}
"""
    )
    for name in "cab":  # changed in this order
        at.text_input(key=name).input(name.upper() + "1")
    at.run()
    assert log(at) == [(name, "A1", "B1", "C1") for name in layout]


# ---------------------------------------------------------------------------------- args

ARGS_FROM_PREVIOUS_RUN = """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
ss.run = ss.get("run", 0) + 1
run = ss.run
def cb1(r):
    ss.log.append(("cb1", r))
def cb2(r):
    ss.log.append(("cb2", r))
st.button("B", on_click=cb1 if run == 1 else cb2, args=(run,))
"""


def test_callback_and_args_registered_in_the_previous_run_are_the_ones_called():
    at = run(ARGS_FROM_PREVIOUS_RUN)
    at.button[0].click().run()
    assert log(at) == [("cb1", 1)]
    assert at.session_state["run"] == 2
    at.button[0].click().run()
    assert log(at) == [("cb1", 1), ("cb2", 2)]


def test_callback_fires_even_when_the_run_does_not_render_its_widget():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb():
    ss.log.append(("cb", ss.k))
if ss.get("show", True):
    st.slider("S", 0, 10, key="k", on_change=cb)
ss.log.append(("body", ss.get("k", "<missing>")))
"""
    )
    at.slider[0].set_value(7)
    at.session_state["show"] = False
    at.run()
    assert log(at) == [("body", 0), ("cb", 7), ("body", 7)]
    assert at.slider.values == []
    # Not rendered in a completed run: the value is removed at the end of that run.
    assert "k" not in at.session_state


# -------------------------------------------------------------------------------- writes


def test_callback_write_to_its_own_key_wins_over_the_typed_value():
    at = run(
        """
import nbstate as st
def cb():
    st.session_state.a = st.session_state.a.upper() + "!"
v = st.text_input("A", key="a", on_change=cb)
st.text(repr(v))
"""
    )
    at.text_input(key="a").input("hello").run()
    assert shown(at) == "HELLO!"
    assert at.text_input(key="a").value == "HELLO!"
    assert at.session_state["a"] == "HELLO!"


def test_callback_write_to_another_changed_widget_wins_and_that_widget_callback_sees_it():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb_a():
    ss.b = "X"
def cb_b():
    ss.log.append(("cb_b", ss.b))
st.text_input("A", key="a", on_change=cb_a)
st.text_input("B", key="b", on_change=cb_b)
"""
    )
    at.text_input(key="a").input("A1")
    at.text_input(key="b").input("B1")
    at.run()
    assert log(at) == [("cb_b", "X")]
    assert at.session_state["b"] == "X"
    assert at.text_input(key="b").value == "X"


def test_script_assignment_before_the_widget_overrides_the_user_change_after_its_callback():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb():
    ss.log.append(("cb", ss.k))
if ss.get("reset"):
    ss.k = 1
v = st.slider("S", 0, 10, key="k", on_change=cb)
ss.log.append(("body", v))
"""
    )
    at.session_state["reset"] = True
    at.slider[0].set_value(7).run()
    assert log(at) == [("body", 0), ("cb", 7), ("body", 1)]
    assert at.slider[0].value == 1


def test_deleting_a_widget_key_in_a_callback_resets_the_widget_to_its_default():
    at = run(
        """
import nbstate as st
def forget():
    del st.session_state["t"]
st.text_input("T", value="dflt", key="t")
st.button("Forget", key="forget", on_click=forget)
"""
    )
    at.text_input(key="t").input("changed").run()
    assert at.session_state["t"] == "changed"
    at.button(key="forget").click().run()
    assert at.exception == []
    assert at.text_input(key="t").value == "dflt"
    assert at.session_state["t"] == "dflt"


# -------------------------------------------------------------------------------- output


def test_callback_output_appears_above_the_script_output_and_is_gone_after_the_next_run():
    at = run(
        """
import nbstate as st
def cb():
    st.write("from callback")
st.title("Title")
st.button("B", key="b", on_click=cb)
st.write("body end")
"""
    )
    at.button(key="b").click().run()
    assert page(at) == [
        ("markdown", "from callback"),
        ("title", "Title"),
        ("button", True),
        ("markdown", "body end"),
    ]
    at.run()
    assert page(at) == [("title", "Title"), ("button", False), ("markdown", "body end")]


# ---------------------------------------------------------------------- errors and control

TWO_CALLBACKS = """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb_a():
    ss.log.append("cb_a before")
    ss.w = "written"
    {action}
    ss.log.append("cb_a after")
def cb_b():
    ss.log.append("cb_b")
ss.run = ss.get("run", 0) + 1
st.text_input("A", key="a", on_change=cb_a)
st.text_input("B", key="b", on_change=cb_b)
ss.log.append(("body", ss.run, ss.a, ss.b))
"""


def change_both(action: str) -> AppTest:
    at = run(TWO_CALLBACKS.format(action=action))
    at.text_input(key="a").input("A1")
    at.text_input(key="b").input("B1")
    return at.run()


def test_exception_in_a_callback_skips_other_callbacks_and_the_body_and_shows_only_it():
    at = change_both('raise ValueError("boom in callback")')
    assert [(e.type, e.value) for e in at.exception] == [("ValueError", "boom in callback")]
    assert page(at) == []  # no widgets rendered
    assert log(at) == [("body", 1, "", ""), "cb_a before"]
    # Writes made before the exception persist; the new widget values are kept.
    assert at.session_state["w"] == "written"
    assert at.session_state["a"] == "A1"
    assert at.session_state["b"] == "B1"
    assert at.session_state["run"] == 1


def test_callbacks_skipped_by_an_exception_never_fire_later():
    at = change_both('raise ValueError("boom in callback")')
    at.run()
    assert at.exception == []
    assert log(at) == [("body", 1, "", ""), "cb_a before", ("body", 2, "A1", "B1")]
    assert at.text_input(key="b").value == "B1"


def test_rerun_in_a_callback_skips_its_rest_runs_the_other_callbacks_then_the_body_once():
    at = change_both("st.rerun()")
    assert at.exception == []
    assert at.warning.values == []
    assert log(at) == [("body", 1, "", ""), "cb_a before", "cb_b", ("body", 2, "A1", "B1")]
    assert at.session_state["w"] == "written"


def test_rerun_in_an_on_click_callback_consumes_the_button_trigger():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
def cb():
    ss.log.append(("cb", ss.b))
    st.rerun()
v = st.button("B", key="b", on_click=cb)
ss.log.append(("body", v))
"""
    )
    at.button(key="b").click().run()
    assert log(at) == [("body", False), ("cb", True), ("body", False)]


def test_stop_in_a_callback_skips_other_callbacks_and_the_body_and_shows_nothing():
    at = change_both("st.stop()")
    assert at.exception == []
    assert page(at) == []
    assert log(at) == [("body", 1, "", ""), "cb_a before"]
    assert at.session_state["a"] == "A1"
    assert at.session_state["b"] == "B1"
    assert at.session_state["w"] == "written"
    at.run()
    assert at.text_input(key="a").value == "A1"
    assert log(at)[-1] == ("body", 2, "A1", "B1")


# ------------------------------------------------------------------------- on_change modes


def test_on_change_ignore_stores_the_value_without_a_callback():
    at = run(
        """
import nbstate as st
v = st.slider("S", 0, 10, key="k", on_change="ignore")
st.text(repr(v))
"""
    )
    at.slider[0].set_value(4).run()
    assert at.session_state["k"] == 4
    assert shown(at) == 4


def test_on_change_rerun_string_is_the_default_behaviour():
    at = run(
        """
import nbstate as st
v = st.slider("S", 0, 10, key="k", on_change="rerun")
st.text(repr(v))
"""
    )
    at.slider[0].set_value(4).run()
    assert at.exception == []
    assert shown(at) == 4


def test_invalid_on_change_value_raises_a_value_error():
    at = run('import nbstate as st\nst.slider("S", 0, 10, on_change="bogus")\nst.text("x")')
    [exc] = at.exception
    assert exc.type == "NbStateValueError"
    assert "on_change" in exc.value
    assert at.text.values == []


def test_on_click_ignore_is_not_supported_on_buttons():
    at = run('import nbstate as st\nst.button("B", on_click="ignore")\nst.text("x")')
    [exc] = at.exception
    assert exc.type == "NbStateAPIException"
    assert 'on_click="ignore"' in exc.value
    assert at.text.values == []


def test_callback_counter_pattern_adds_on_every_click():
    at = run(
        """
import nbstate as st
ss = st.session_state
if "count" not in ss:
    ss.count = 0
def inc(n):
    ss.count += n
st.button("Add", key="add", on_click=inc, args=(2,))
st.text(repr(ss.count))
"""
    )
    at.button(key="add").click().run()
    at.button(key="add").click().run()
    assert shown(at) == 4


# -------------------------------------------------------------------- seed: use a callback

CALLBACK_SEED = """
import nbstate as st

st.text_input('Name', key='name')

def set_name(name):
    st.session_state.name = name

st.button('Clear name', on_click=set_name, args=[''])
st.button('Streamlit!', on_click=set_name, args=['Streamlit'])
"""


def test_seed_callback_buttons_set_a_widget_key_that_is_already_on_the_page():
    at = run(CALLBACK_SEED)
    assert at.exception == []
    at.button[1].click().run()
    assert at.exception == []
    assert at.text_input(key="name").value == "Streamlit"
    assert at.session_state["name"] == "Streamlit"
    at.text_input(key="name").input("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.button[0].click().run()
    assert at.exception == []
    assert at.text_input(key="name").value == ""
    assert at.session_state["name"] == ""
