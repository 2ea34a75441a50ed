"""The bad-input catalogue (README, "Bad input and faults"): rows not tested elsewhere.

Each test feeds one kind of bad input to an app and checks what the user sees: an error that
names the offending key, widget or parameter and says how to fix it; session_state unchanged
(or as Streamlit 1.67 leaves it, checked with its AppTest); and an app that keeps working.
Rows already covered by ``test_apptest_*.py`` are linked from the README table instead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nbstate.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import nbstate as st\nimport datetime\n" + script).run()


def error(at: AppTest) -> tuple[str, str]:
    """The one exception the last run showed: (type name, message)."""
    assert len(at.exception) == 1, [(e.type, e.value) for e in at.exception]
    return at.exception[0].type, at.exception[0].value


def assign_once(widget: str, value: str) -> str:
    """A script that assigns `value` to key "k" in its first run only, then creates `widget`."""
    return (
        "if not st.session_state.get('assigned'):\n"
        "    st.session_state.assigned = True\n"
        f"    st.session_state.k = {value}\n"
        f"st.session_state.out = {widget}\n"
        "st.text('end of run')\n"
    )


# ------------------------------------------------ values set through session_state (§10)

#: (widget, value assigned to its key, error type, words of the message). Streamlit raises
#: the same error type in the run of the assignment (its messages name no key).
STATE_VALUE_ERRORS = [
    ('st.toggle("T", key="k")', '"yes"', "TypeError", "needs True or False"),
    ('st.color_picker("C", key="k")', "5", "TypeError", "needs a hex color string"),
    ('st.time_input("T", key="k")', '"10:00"', "TypeError", "needs a datetime.time or None"),
    ('st.slider("S", 0, 10, key="k")', 'float("nan")', "ValueError", "a number from 0 to 10"),
]


@pytest.mark.parametrize(("widget", "value", "kind", "words"), STATE_VALUE_ERRORS)
def test_an_invalid_state_value_is_an_error_naming_the_key_in_the_run_it_was_assigned(
    widget: str, value: str, kind: str, words: str
) -> None:
    at = run(assign_once(widget, value))
    name, message = error(at)
    assert name == kind
    assert "st.session_state['k']" in message and words in message
    assert at.text.values == []  # the run stopped at the widget, which is not shown
    assigned = eval(value)  # noqa: S307 - a literal of this test
    assert repr(at.session_state.k) == repr(assigned)  # kept, as Streamlit keeps it
    # As in Streamlit, the check only runs with the assignment: the next run goes through.
    at.run()
    assert not at.exception
    assert at.text.values == ["end of run"]


@pytest.mark.parametrize(
    ("widget", "value", "words", "fixed"),
    [
        ('st.number_input("N", 0, 10, key="k")', '"abc"', "needs a number or None", "3"),
        ('st.number_input("N", key="k")', "[1]", "needs a number or None", "2.5"),
        ('st.multiselect("M", ["a", "b"], key="k")', "None", "needs a list", '["b"]'),
        ('st.multiselect("M", ["a", "b"], key="k")', "5", "needs a list", '["b"]'),
    ],
)
def test_a_state_value_of_the_wrong_type_is_an_error_on_every_run_until_it_is_replaced(
    widget: str, value: str, words: str, fixed: str
) -> None:
    at = run(assign_once(widget, value))
    for _ in range(2):  # Streamlit raises a TypeError on every run too
        name, message = error(at)
        assert name == "TypeError"
        assert "st.session_state['k']" in message and words in message
        assert at.session_state.k == eval(value)  # noqa: S307 - a literal of this test
        at.run()
    at.session_state.k = eval(fixed)  # noqa: S307
    at.run()
    assert not at.exception
    assert at.session_state.out == eval(fixed)  # noqa: S307
    assert at.text.values == ["end of run"]


def test_a_time_input_keeps_working_after_an_invalid_state_value() -> None:
    at = run(assign_once('st.time_input("T", datetime.time(9, 0), key="k")', '"10:00"'))
    assert error(at)[0] == "TypeError"
    at.run()  # the widget is shown again, holding the string it was given
    assert at.time_input[0].proto.props["value"] == "10:00"
    at.time_input[0].set_value(dt.time(11, 30)).run()
    assert at.session_state.out == dt.time(11, 30)
