"""The bad-input catalogue (README, "Bad input and faults"): rows not tested elsewhere.

Each test feeds one kind of bad input to an app and checks what the user sees: an error that
names the offending key, widget or parameter and says how to fix it; session_state unchanged
(or as Streamlit 1.67 leaves it, checked with its AppTest); and an app that keeps working.
Rows already covered by ``test_apptest_*.py`` are linked from the README table instead.
"""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager

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
    pytest.param(
        'st.toggle("T", key="k")', '"yes"', "TypeError", "needs True or False", id="toggle-str"
    ),
    pytest.param(
        'st.color_picker("C", key="k")',
        "5",
        "TypeError",
        "needs a hex color string",
        id="color_picker-int",
    ),
    pytest.param(
        'st.time_input("T", key="k")',
        '"10:00"',
        "TypeError",
        "needs a datetime.time or None",
        id="time_input-str",
    ),
    pytest.param(
        'st.slider("S", 0, 10, key="k")',
        'float("nan")',
        "ValueError",
        "a number from 0 to 10",
        id="slider-nan",
    ),
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
        pytest.param(
            'st.number_input("N", 0, 10, key="k")',
            '"abc"',
            "needs a number or None",
            "3",
            id="number_input-str",
        ),
        pytest.param(
            'st.number_input("N", key="k")',
            "[1]",
            "needs a number or None",
            "2.5",
            id="number_input-list",
        ),
        pytest.param(
            'st.multiselect("M", ["a", "b"], key="k")',
            "None",
            "needs a list",
            '["b"]',
            id="multiselect-none",
        ),
        pytest.param(
            'st.multiselect("M", ["a", "b"], key="k")',
            "5",
            "needs a list",
            '["b"]',
            id="multiselect-int",
        ),
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


# ------------------------------------------------------------------------ invalid keys


@pytest.mark.parametrize(
    ("call", "kind", "words"),
    [
        pytest.param(
            'st.slider("S", 0, 10, key="")',
            "NbStateValueError",
            "a non-empty string",
            id="widget-key-empty",
        ),
        pytest.param(
            'st.checkbox("C", key="$$ID-x")',
            "NbStateAPIException",
            "$$ID are reserved",
            id="widget-key-reserved",
        ),
        pytest.param(
            'st.session_state[""]', "NbStateValueError", "a non-empty string", id="state-key-empty"
        ),
        pytest.param(
            'del st.session_state["$$ID-x"]',
            "NbStateAPIException",
            "$$ID are reserved",
            id="state-key-reserved",
        ),
    ],
)
def test_an_invalid_widget_key_is_rejected_before_anything_is_stored(
    call: str, kind: str, words: str
) -> None:
    at = run(f'st.session_state.kept = 1\n{call}\nst.text("after")')
    assert error(at)[0] == kind and words in error(at)[1]
    assert at.session_state.to_dict() == {"kept": 1}
    assert at.text.values == []


def test_a_key_that_is_not_a_str_is_stored_under_its_str_and_is_not_an_error() -> None:
    at = run('st.session_state.out = st.slider("S", 0, 10, key=(1, 2))')
    assert not at.exception
    assert at.session_state["(1, 2)"] == 0


# --------------------------------------------------------------- invalid widget parameters

#: (call, error type, words the message must hold: the parameter and the fix).
BAD_PARAMETERS = [
    pytest.param(
        'st.slider("S", 10, 0, key="bad")',
        "NbStateAPIException",
        ["min_value 10", "swap them"],
        id="slider-min-above-max",
    ),
    pytest.param(
        'st.slider("S", 0, 10, 20, key="bad")',
        "NbStateAPIException",
        ["`value` 20", "'S'", "between the `min_value` of 0 and the `max_value` of 10"],
        id="slider-value-out-of-range",
    ),
    pytest.param(
        'st.slider("S", "a", "b", key="bad")',
        "NbStateAPIException",
        ["'a'", "must be numbers"],
        id="slider-str-bounds",
    ),
    pytest.param(
        'st.slider("S", 0, 10.0, key="bad")',
        "NbStateAPIException",
        ["same type", "all as int"],
        id="slider-mixed-types",
    ),
    pytest.param(
        'st.slider("S", 0, 10, step=0, key="bad")',
        "NbStateValueError",
        ["step=0", "greater than"],
        id="slider-step-zero",
    ),
    pytest.param(
        'st.slider("S", 0, 10, (1, 2, 3), key="bad")',
        "NbStateValueError",
        ["'S'", "value=(1, 2, 3)", "a pair of numbers"],
        id="slider-three-values",
    ),
    pytest.param(
        'st.multiselect("M", ["a"], max_selections=0, key="bad")',
        "NbStateValueError",
        ["'M'", "max_selections=0", "positive int", "disabled=True"],
        id="multiselect-max-selections-zero",
    ),
    pytest.param(
        'st.multiselect("M", ["a"], max_selections=-1, key="bad")',
        "NbStateValueError",
        ["max_selections=-1", "positive int"],
        id="multiselect-max-selections-negative",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b"], ["a", "b"], max_selections=1, key="bad")',
        "NbStateSelectionCountExceedsMaxError",
        ["2 options selected", "`max_selections` is set to 1", "at most 1 option"],
        id="multiselect-too-many-defaults",
    ),
    pytest.param(
        'st.text_input("T", type="secret", key="bad")',
        "NbStateValueError",
        ["'T'", "type='secret'", "'password'"],
        id="text_input-type",
    ),
    pytest.param(
        'st.checkbox("C", label_visibility="gone", key="bad")',
        "NbStateValueError",
        ["st.checkbox 'C'", "label_visibility='gone'", "'collapsed'"],
        id="label_visibility",
    ),
    pytest.param(
        'st.button("B", type="big", key="bad")',
        "NbStateValueError",
        ["st.button 'B'", "type='big'", "'primary'"],
        id="button-type",
    ),
    pytest.param(
        'st.button("B", on_click=print, args=5, key="bad")',
        "NbStateValueError",
        ["st.button 'B'", "args=5", "args=(5,)"],
        id="args-not-a-tuple",
    ),
    pytest.param(
        'st.slider("S", 0, 10, on_change=print, kwargs=[1], key="bad")',
        "NbStateValueError",
        ["st.slider 'S'", "kwargs=[1]", "as a dict"],
        id="kwargs-not-a-dict",
    ),
    pytest.param(
        'st.number_input("N", 0, 10, key="bad", on_change=5)',
        "NbStateValueError",
        ["Invalid `on_change` value", "a callback function"],
        id="on_change-not-callable",
    ),
]


@pytest.mark.parametrize(("call", "kind", "words"), BAD_PARAMETERS)
def test_an_invalid_widget_parameter_is_a_clear_error_and_the_rest_of_the_app_works(
    call: str, kind: str, words: list[str]
) -> None:
    at = run(f'st.slider("Fine", 0, 10, key="fine")\n{call}\nst.text("after")')
    name, message = error(at)
    assert name == kind
    for word in words:
        assert word in message, message
    assert at.session_state.to_dict() == {"fine": 0}  # the bad widget stored nothing
    assert at.text.values == []
    # The widgets created before the error still work.
    at.slider(key="fine").set_value(4).run()
    assert at.session_state.to_dict() == {"fine": 4}
    assert error(at) == (name, message)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param('st.selectbox("P", [], key="k")', None, id="selectbox"),
        pytest.param('st.radio("P", [], key="k")', None, id="radio"),
        pytest.param('st.multiselect("P", [], key="k")', [], id="multiselect"),
    ],
)
def test_a_choice_widget_without_options_returns_nothing_as_in_streamlit(
    call: str, expected: object
) -> None:
    at = run(f"st.session_state.out = {call}")
    assert not at.exception
    assert at.session_state.out == expected and at.session_state.k == expected


# ------------------------------------------------------------------ faults in app code


@contextmanager
def fail_after(seconds: int) -> Iterator[None]:
    """Turn a hang into a failure: SIGALRM raises in whatever runs after `seconds`."""

    def hung(signum: int, frame: object) -> None:
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_an_endless_st_rerun_loop_stops_at_the_timeout_and_the_app_still_works() -> None:
    # Streamlit puts no limit on reruns (reference §13); AppTest's timeout ends the loop.
    # (In a kernel the Interrupt button does: test_kernel_faults.py.)
    control = {"loop": True}

    def app() -> None:
        import nbstate as st

        st.session_state.n = st.session_state.get("n", 0) + 1
        if control["loop"]:
            st.rerun()
        st.button("Go", key="go")
        st.text(f"runs {st.session_state.n}")

    at = AppTest.from_function(app)
    with fail_after(10), pytest.raises(RuntimeError, match="timed out after 0.3"):
        at.run(timeout=0.3)
    looped = at.session_state.n
    assert looped > 10  # it did loop, and what the runs wrote is kept
    control["loop"] = False
    at.run()
    assert not at.exception
    assert at.text.values == [f"runs {looped + 1}"]
    at.button(key="go").click().run()
    assert at.session_state.n == looped + 2


@pytest.mark.parametrize("where", ["body", "callback"])
def test_a_keyboard_interrupt_in_app_code_is_shown_like_any_error_and_state_is_kept(
    where: str,
) -> None:
    at = run(
        f"""
def cb():
    st.session_state.seen = st.session_state.s
    if "{where}" == "callback" and st.session_state.s == 5:
        raise KeyboardInterrupt
st.slider("S", 0, 10, key="s", on_change=cb)
st.text("before")
if "{where}" == "body" and st.session_state.s == 5:
    raise KeyboardInterrupt
st.text("after")
"""
    )
    at.slider(key="s").set_value(5).run()
    assert [(e.type, e.value) for e in at.exception] == [("KeyboardInterrupt", "")]
    assert at.session_state.s == 5 and at.session_state.seen == 5
    if where == "callback":
        assert at.main.children[0].type == "KeyboardInterrupt"  # the error and nothing else
        assert at.slider.values == []
        at.run()  # (the Rerun button) shows the app again
    else:
        assert at.text.values == ["before"]  # what the run showed before the interrupt
    at.slider(key="s").set_value(6).run()
    assert not at.exception
    assert at.text.values == ["before", "after"]
    assert at.session_state.s == 6 and at.session_state.seen == 6


def test_an_element_outside_any_app_is_a_clear_error() -> None:
    import nbstate as st

    with pytest.raises(st.errors.NbStateNoAppError, match="must run inside an app"):
        st.slider("S", 0, 10, key="outside")
    assert "outside" not in st.session_state
