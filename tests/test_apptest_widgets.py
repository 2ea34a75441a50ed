"""Widgets: identity, read-only buttons, duplicate keys and ids, invalid values assigned through
session_state, parameter changes between runs (reference §2, §5, §9, §10, §12), and the
"use the get method" example of the buttons seed.

Every script here also runs unchanged on Streamlit 1.67 with ``import streamlit as st``.
"""

from __future__ import annotations

import ast

import pytest

from nbstate.errors import (
    DuplicateWidgetID,
    NbStateAPIException,
    NbStateDuplicateElementId,
    NbStateDuplicateElementKey,
)
from nbstate.testing import AppTest


def run(script: str) -> AppTest:
    """A new AppTest of `script`, run once."""
    return AppTest.from_string(script).run()


def shown(at: AppTest, index: int = 0):
    """The Python value that the script showed with ``st.text(repr(value))``."""
    return ast.literal_eval(at.text[index].value)


def exceptions(at: AppTest) -> list[tuple[str, str]]:
    """The (class name, message) of every exception element of the last run."""
    return [(e.type, e.value) for e in at.exception]


def exception_names(at: AppTest) -> list[str]:
    """The class name of every exception element of the last run."""
    return [e.type for e in at.exception]


# ---------------------------------------------------------------------------------- §2


@pytest.mark.parametrize(
    "second",
    [
        'st.text_input("A", disabled=True)',
        'st.text_input("A", on_change=lambda: None)',
        'st.text_input("A", args=(1,))',
        'st.text_input("A", label_visibility="hidden")',
    ],
    ids=["disabled", "on_change", "args", "label_visibility"],
)
def test_keyless_widgets_differing_only_in_non_identity_params_have_the_same_id(second):
    at = run(f'import nbstate as st\nst.text_input("A")\n{second}\nst.text("after")')
    [(name, message)] = exceptions(at)
    assert name == "NbStateDuplicateElementId"
    assert "`text_input`" in message
    assert "key" in message  # says how to fix it
    assert at.text.values == []


@pytest.mark.parametrize(
    "second",
    [
        'st.text_input("B")',
        'st.text_input("A", value="v")',
        'st.text_input("A", help="h")',
        'st.text_input("A", placeholder="p")',
        'st.text_input("A", max_chars=5)',
        'st.text_input("A", key="k")',
    ],
    ids=["label", "value", "help", "placeholder", "max_chars", "keyed"],
)
def test_keyless_widgets_differing_in_an_identity_param_are_distinct(second):
    at = run(f'import nbstate as st\nst.text_input("A")\n{second}\nst.text("after")')
    assert at.exception == []
    assert len(at.text_input) == 2
    assert at.text.values == ["after"]


def test_keyless_widgets_keep_their_own_values_apart():
    at = run(
        """
import nbstate as st
a = st.text_input("A")
b = st.text_input("B")
st.text(repr((a, b)))
"""
    )
    at.text_input[1].input("bee").run()
    assert shown(at) == ("", "bee")
    at.text_input[0].input("ay").run()
    assert shown(at) == ("ay", "bee")


# ---------------------------------------------------------------------------------- §5

READ_ONLY = """
import nbstate as st
st.session_state["k"] = True
st.button("B", key="k")
st.text("after")
"""


def test_assigning_a_button_key_before_the_button_raises_value_assignment_not_allowed():
    at = run(READ_ONLY)
    [(name, message)] = exceptions(at)
    assert name == "NbStateValueAssignmentNotAllowedError"
    assert "st.session_state['k']" in message
    assert "read-only" in message
    assert at.text.values == []
    # The assignment itself succeeded.
    assert at.session_state["k"] is True


def test_assigning_a_button_key_from_a_callback_of_this_run_also_raises():
    at = run(
        """
import nbstate as st
def cb():
    st.session_state.k = True
st.checkbox("C", key="c", on_change=cb)
st.text(repr(st.button("B", key="k")))
"""
    )
    assert at.exception == []
    at.checkbox[0].check().run()
    assert exception_names(at) == ["NbStateValueAssignmentNotAllowedError"]
    assert at.text.values == []
    assert at.session_state["k"] is True
    # The assigned value then reaches the button once, like a click, and the button is a
    # trigger again afterwards.
    at.run()
    assert at.exception == []
    assert shown(at) is True
    at.run()
    assert shown(at) is False


def test_button_key_assigned_in_an_earlier_run_without_the_button_is_returned_once():
    at = AppTest.from_string(
        """
import nbstate as st
if not st.session_state.get("show", False):
    st.session_state.k = "weird"
else:
    st.text(repr(st.button("B", key="k")))
"""
    ).run()
    at.session_state["show"] = True
    at.run()
    assert at.exception == []
    assert shown(at) == "weird"
    at.run()
    assert shown(at) is False
    at.button(key="k").click().run()
    assert shown(at) is True
    at.run()
    assert shown(at) is False


BUTTON_LOG = """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
ss.run = ss.get("run", 0) + 1
def cb(*args, **kwargs):
    ss.log.append(("cb", ss.run, args, kwargs, ss.b))
v = st.button("B", key="b", on_click=cb, args=(1, 2), kwargs={"x": 3})
ss.log.append(("body", ss.run, v, ss.b))
"""


def test_button_is_true_only_in_the_run_after_a_click_and_its_callback_runs_first():
    at = run(BUTTON_LOG)
    at.button(key="b").click().run()
    at.run()
    assert at.session_state["log"] == [
        ("body", 1, False, False),
        ("cb", 1, (1, 2), {"x": 3}, True),
        ("body", 2, True, True),
        ("body", 3, False, False),
    ]


def test_button_value_in_session_state_is_false_again_between_runs():
    at = run(BUTTON_LOG)
    at.button(key="b").click().run()
    assert at.button(key="b").value is True  # what the run after the click returned
    assert at.session_state["b"] is False


@pytest.mark.parametrize("ending", ["st.stop()", 'raise ValueError("boom")'])
def test_button_reads_true_between_runs_after_a_run_that_ended_early(ending):
    at = run(
        f"""
import nbstate as st
if st.button("B", key="b"):
    {ending}
st.text("end")
"""
    )
    at.button(key="b").click().run()
    assert at.text.values == []
    # No end-of-run trigger reset after st.stop() or an exception: the next run does it.
    assert at.session_state["b"] is True
    at.run()
    assert at.text.values == ["end"]
    assert at.session_state["b"] is False


def test_rerun_after_a_button_click_sees_the_button_false():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("log", [])
clicked = st.button("B", key="b")
ss.log.append(clicked)
if clicked:
    st.rerun()
"""
    )
    at.button(key="b").click().run()
    assert at.session_state["log"] == [False, True, False]


# ---------------------------------------------------------------------------------- §9


@pytest.mark.parametrize(
    "first, second",
    [
        ('st.text_input("T", key="k")', 'st.checkbox("C", key="k")'),
        ('st.text_input("T", key="k")', 'st.text_input("Other", key="k")'),
        ('st.text_input("T", key="k")', 'st.button("B", key="k")'),
    ],
    ids=["checkbox", "text_input", "button"],
)
def test_same_key_twice_in_a_run_raises_duplicate_element_key(first, second):
    at = run(f"import nbstate as st\n{first}\n{second}\nst.text('after')")
    [(name, message)] = exceptions(at)
    assert name == "NbStateDuplicateElementKey"
    assert "key='k'" in message
    # The first widget is registered; the script stopped at the second.
    assert at.session_state.to_dict() == {"k": ""}
    assert len(at.text_input) == 1
    assert at.text.values == []


def test_int_key_and_its_str_are_the_same_key():
    at = run('import nbstate as st\nst.slider("S", 0, 10, key=1)\nst.checkbox("C", key="1")')
    [(name, message)] = exceptions(at)
    assert name == "NbStateDuplicateElementKey"
    assert "key='1'" in message


@pytest.mark.parametrize(
    "widget, element_type",
    [
        ('st.text_input("A")', "text_input"),
        ('st.button("B")', "button"),
        ('st.checkbox("C")', "checkbox"),
        ('st.slider("S", 0, 10)', "slider"),
    ],
)
def test_two_keyless_widgets_with_the_same_params_raise_duplicate_element_id(widget, element_type):
    at = run(f"import nbstate as st\n{widget}\n{widget}\nst.text('after')")
    [(name, message)] = exceptions(at)
    assert name == "NbStateDuplicateElementId"
    assert f"`{element_type}`" in message
    assert at.text.values == []


def test_uniqueness_is_per_run_so_a_widget_may_be_created_again_in_the_next_run():
    at = run('import nbstate as st\nst.text_input("A")\nst.text_input("T", key="k")')
    at.run().run()
    assert at.exception == []


def test_both_duplicate_errors_share_the_duplicate_widget_id_base_class():
    assert issubclass(NbStateDuplicateElementKey, DuplicateWidgetID)
    assert issubclass(NbStateDuplicateElementId, DuplicateWidgetID)
    assert issubclass(DuplicateWidgetID, NbStateAPIException)


# --------------------------------------------------------------------------------- §10


def assign_then(widget: str, value: str) -> str:
    return (
        "import nbstate as st\n"
        "if not st.session_state.get('assigned'):\n"
        "    st.session_state.assigned = True\n"
        f"    st.session_state.k = {value}\n"
        f"v = {widget}\n"
        "st.text(repr(v))\n"
    )


@pytest.mark.parametrize(
    "value, error, fragment",
    [
        ("50", "NbStateValueAboveMaxError", "The `value` 50 is greater than the `max_value` 10."),
        ("-5", "NbStateValueBelowMinError", "The `value` -5 is less than the `min_value` 0."),
        ('"abc"', "ValueError", "could not convert string to float: 'abc'"),
    ],
    ids=["above-max", "below-min", "not-a-number"],
)
def test_invalid_slider_value_from_session_state_raises_only_in_the_run_it_was_assigned(
    value, error, fragment
):
    at = run(assign_then('st.slider("S", 0, 10, key="k")', value))
    [(name, message)] = exceptions(at)
    assert (name, message) == (error, fragment)
    assert at.text.values == []  # the run stopped at the widget
    assert at.session_state["k"] == ast.literal_eval(value)
    # The next run does not check again: the slider silently returns the invalid value.
    at.run()
    assert at.exception == []
    assert shown(at) == ast.literal_eval(value)


def test_float_assigned_to_an_int_slider_is_accepted_unchanged():
    at = run(assign_then('st.slider("S", 0, 10, key="k")', "2.5"))
    assert at.exception == []
    assert shown(at) == 2.5


def test_pair_assigned_to_a_slider_without_value_makes_it_a_range_slider():
    at = run(assign_then('st.slider("S", 0, 10, key="k")', "(2, 5)"))
    assert at.exception == []
    assert shown(at) == (2, 5)
    assert tuple(at.slider[0].value) == (2, 5)


def test_string_assigned_to_a_checkbox_raises_type_error_only_in_that_run():
    at = run(assign_then('st.checkbox("C", key="k")', '"yes"'))
    assert exception_names(at) == ["TypeError"]
    assert at.session_state["k"] == "yes"
    at.run()
    assert at.exception == []
    assert shown(at) == "yes"


def test_int_assigned_to_a_text_input_raises_type_error():
    at = run(assign_then('st.text_input("T", key="k")', "123"))
    assert exception_names(at) == ["TypeError"]
    assert at.text.values == []
    assert at.session_state["k"] == 123


def test_text_longer_than_max_chars_assigned_to_a_text_input_is_accepted():
    at = run(assign_then('st.text_input("T", max_chars=3, key="k")', '"abcdef"'))
    assert at.exception == []
    assert shown(at) == "abcdef"


# --------------------------------------------------------------------------------- §12


def param_change(widget: str) -> AppTest:
    """An app showing `widget`, an expression whose parameters depend on ``p`` (0, then 1)."""
    return AppTest.from_string(
        f"import nbstate as st\np = st.session_state.get('p', 0)\nv = {widget}\nst.text(repr(v))\n"
    ).run()


@pytest.mark.parametrize(
    "widget, user_value, expected",
    [
        ('st.slider("S" if p == 0 else "Renamed", 0, 10, key="k")', 5, 5),
        ('st.slider("S", 0, 10, value=[0, 4][p], key="k")', 5, 5),
        ('st.slider("S", 0, [10, 11][p], key="k")', 5, 0),
        ('st.slider("S", 0, [10, 3][p], key="k")', 5, 0),
        ('st.slider("S" if p == 0 else "Renamed", 0, 10)', 5, 0),
        ('st.text_input("T" if p == 0 else "Renamed", key="k")', "typed", "typed"),
        ('st.text_input("T", disabled=bool(p), key="k")', "typed", "typed"),
        ('st.text_input("T", max_chars=[None, 20][p], key="k")', "typed", ""),
        ('st.checkbox("C", value=[False, True][p], key="k")', True, True),
        ('st.checkbox("C", value=[True, False][p], key="k")', False, False),
    ],
    ids=[
        "keyed-slider-label-kept",
        "keyed-slider-default-kept",
        "keyed-slider-max-up-reset",
        "keyed-slider-max-below-value-reset",
        "keyless-slider-label-reset",
        "keyed-text_input-label-kept",
        "keyed-text_input-disabled-kept",
        "keyed-text_input-max_chars-reset",
        "keyed-checkbox-default-kept",
        "keyed-checkbox-default-kept-unchecked",
    ],
)
def test_parameter_change_between_runs_keeps_or_resets_the_value(widget, user_value, expected):
    at = param_change(widget)
    [w] = [*at.slider, *at.text_input, *at.checkbox]
    w.set_value(user_value).run()
    assert shown(at) == user_value
    at.session_state["p"] = 1
    at.run()
    assert at.exception == []
    assert shown(at) == expected
    if "key=" in widget:
        assert at.session_state["k"] == expected
    at.run()
    assert shown(at) == expected


def test_widget_whose_id_changed_starts_at_its_default_and_the_key_follows_the_new_widget():
    at = param_change('st.slider("S", 0, [10, 11][p], key="k")')
    at.slider[0].set_value(5).run()
    at.session_state["p"] = 1
    at.run()
    assert at.slider[0].value == 0
    at.slider[0].set_value(11).run()
    assert shown(at) == 11
    assert at.session_state["k"] == 11
    assert sorted(at.session_state.keys()) == ["k", "p"]


# ------------------------------------------------------------------------- seed: get method

GET_METHOD = """
import nbstate as st

# Use the get method since the keys won't be in session_state
# on the first script run
if st.session_state.get('clear'):
    st.session_state['name'] = ''
if st.session_state.get('streamlit'):
    st.session_state['name'] = 'Streamlit'

st.text_input('Name', key='name')

st.button('Clear name', key='clear')
st.button('Streamlit!', key='streamlit')
"""


def test_seed_get_method_buttons_set_the_name_before_the_text_input_is_created():
    at = run(GET_METHOD)
    assert at.exception == []
    assert at.text_input(key="name").value == ""
    at.button(key="streamlit").click().run()
    assert at.exception == []
    assert at.text_input(key="name").value == "Streamlit"
    assert at.session_state["name"] == "Streamlit"
    at.text_input(key="name").input("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.button(key="clear").click().run()
    assert at.exception == []
    assert at.text_input(key="name").value == ""
    assert at.session_state["name"] == ""
    # Buttons are triggers: a plain rerun changes nothing.
    at.text_input(key="name").input("Bob").run()
    at.run()
    assert at.text_input(key="name").value == "Bob"
