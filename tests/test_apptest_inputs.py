"""toggle, text_area, color_picker, number_input, date_input, time_input (§10, §12)."""

from __future__ import annotations

import datetime as dt

import pytest

from nbstate.testing import AppTest

ALL_INPUTS = """
import datetime as dt
import nbstate as st
t = st.toggle("T", key="t")
ta = st.text_area("TA", key="ta")
c = st.color_picker("C", key="c")
n = st.number_input("N", 0, 10, key="n")
f = st.number_input("F", value=1.5, key="f")
d = st.date_input("D", dt.date(2024, 1, 31), key="d")
r = st.date_input("R", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)), key="r")
tm = st.time_input("Tm", dt.time(12, 30), key="tm")
st.session_state.seen = (t, ta, c, n, f, d, r, tm)
"""


def test_defaults_and_user_changes_of_every_input() -> None:
    at = AppTest.from_string(ALL_INPUTS).run()
    assert not at.exception
    assert at.session_state.seen == (
        False,
        "",
        "#000000",
        0,
        1.5,
        dt.date(2024, 1, 31),
        (dt.date(2024, 1, 1), dt.date(2024, 1, 5)),
        dt.time(12, 30),
    )
    at.toggle[0].set_value(True)
    at.text_area[0].input("two\nlines")
    at.color_picker[0].set_value("#ff0000")
    at.number_input(key="n").set_value(7)
    at.number_input(key="f").set_value(2.25)
    at.date_input(key="d").set_value(dt.date(2024, 2, 2))
    at.date_input(key="r").set_value((dt.date(2024, 3, 1), dt.date(2024, 3, 9)))
    at.time_input[0].set_value(dt.time(9, 15))
    at.run()
    assert at.session_state.seen == (
        True,
        "two\nlines",
        "#ff0000",
        7,
        2.25,
        dt.date(2024, 2, 2),
        (dt.date(2024, 3, 1), dt.date(2024, 3, 9)),
        dt.time(9, 15),
    )


@pytest.mark.parametrize(("assigned", "expected"), [(50, 0), (-5, 0), (2.5, 2.5)])
def test_number_input_state_value_outside_bounds_resets_silently(
    assigned: float, expected: float
) -> None:
    at = AppTest.from_string(
        f"import nbstate as st\nst.session_state.k = {assigned!r}\n"
        'st.session_state.v = st.number_input("N", 0, 10, key="k")'
    ).run()
    assert not at.exception
    assert at.session_state.v == expected
    assert at.session_state.k == expected


def test_keyed_number_input_keeps_value_when_bounds_grow_and_resets_when_it_falls_outside() -> None:
    script = """
import nbstate as st
hi = st.session_state.get("hi", 10)
st.number_input("N", 0, hi, key="k")
"""
    at = AppTest.from_string(script).run()
    widget_id = at.number_input[0].id
    at.number_input[0].set_value(5).run()
    at.session_state.hi = 11
    at.run()
    assert at.session_state.k == 5
    assert at.number_input[0].id == widget_id
    at.session_state.hi = 3
    at.run()
    assert at.session_state.k == 0


def test_number_input_value_none_returns_none_until_typed() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.v = st.number_input("N", value=None, key="k")'
    ).run()
    assert at.session_state.v is None
    at.number_input[0].set_value(4).run()
    assert at.session_state.v == 4


def test_toggle_accepts_zero_and_color_picker_keeps_an_odd_value() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.t = 0
st.session_state.c = "notacolor"
st.session_state.seen = (st.toggle("T", key="t"), st.color_picker("C", key="c"))
"""
    ).run()
    assert not at.exception
    assert at.session_state.seen == (0, "notacolor")


def test_date_input_with_a_string_in_state_is_a_type_error_naming_the_key() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.d = "2020-01-01"\nst.date_input("D", key="d")'
    ).run()
    assert at.exception[0].type == "TypeError"
    assert "st.session_state['d']" in at.exception[0].value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.number_input("N", 0, 10, value=20)', "greater than the `max_value` 10"),
        ('st.number_input("N", 0, 10.0)', "must be of the same type"),
        ('st.number_input("N", 10, 0)', "is greater than its max_value"),
        ('st.number_input("N", "a")', "must be numbers"),
        ('st.date_input("D", "yesterday")', "st.date_input got value='yesterday'"),
        ('st.time_input("T", step=5)', "st.time_input got step=5"),
        ('st.color_picker("C", 123)', "st.color_picker got value=123"),
    ],
)
def test_bad_input_parameters_raise_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string("import nbstate as st\n" + call).run()
    assert at.exception, call
    assert message in at.exception[0].value


def test_text_area_with_a_number_in_state_is_a_type_error() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.k = 123\nst.text_area("T", key="k")'
    ).run()
    assert at.exception[0].type == "TypeError"
    assert "st.session_state['k']" in at.exception[0].value


def test_sliders_over_dates_times_and_datetimes() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, datetime as dt
d = st.slider("Day", value=dt.date(2024, 1, 10), key="d", format="MM/DD/YY")
r = st.slider("Span", value=(dt.date(2024, 1, 1), dt.date(2024, 1, 5)), key="r")
t = st.slider("At", value=dt.time(9, 0), key="t")
w = st.slider(
    "When", dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2), dt.datetime(2024, 1, 1, 6),
    step=dt.timedelta(hours=1), key="w",
)
st.session_state.seen = (d, r, t, w)
"""
    ).run()
    assert at.session_state.seen == (
        dt.date(2024, 1, 10),
        (dt.date(2024, 1, 1), dt.date(2024, 1, 5)),
        dt.time(9, 0),
        dt.datetime(2024, 1, 1, 6),
    )
    day = at.slider(key="d")
    assert day.proto.props["labels"][0] == "12/27/23"  # two weeks before, Streamlit's format
    day.set_value(dt.date(2024, 1, 20))
    at.slider(key="r").set_range(dt.date(2024, 1, 2), dt.date(2024, 1, 9))
    at.slider(key="t").set_value(dt.time(17, 30))
    at.slider(key="w").set_value(dt.datetime(2024, 1, 1, 23))
    at.run()
    assert at.session_state.seen == (
        dt.date(2024, 1, 20),
        (dt.date(2024, 1, 2), dt.date(2024, 1, 9)),
        dt.time(17, 30),
        dt.datetime(2024, 1, 1, 23),
    )
    at.session_state.d = dt.date(2030, 1, 1)
    at.run()
    assert at.exception[0].type == "NbStateValueAboveMaxError"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.slider('S', value=dt.date(2024, 1, 1), step=5)", "give a positive"),
        ("st.slider('S', dt.date(2024, 1, 1), dt.datetime(2024, 2, 1))", "mixes date and datetime"),
        ("st.slider('S', value=dt.datetime(2024, 1, 1, 0, 7))", None),
        (
            "st.slider('S', dt.datetime(2000, 1, 1), dt.datetime(2024, 1, 1), "
            "value=dt.datetime(2001, 1, 1))",
            "more than 20000 positions",
        ),
    ],
)
def test_temporal_slider_parameter_errors(call: str, message: str | None) -> None:
    at = AppTest.from_string("import nbstate as st, datetime as dt\n" + call).run()
    if message is None:
        assert not at.exception
    else:
        assert message in at.exception[0].value
