"""Parameter checks of st.color_picker and st.slider, with Streamlit 1.67's rules and messages.

Measured with streamlit.testing.v1.AppTest (1.67.0): a color_picker value must be "#" and 3 or
6 hex digits, any case; a session_state value is not checked. A slider takes numbers, dates,
times or datetimes (and pairs of them); number_input takes numbers only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nbstate.testing import AppTest

HEX_MESSAGE = "'{}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."


def run(source: str) -> AppTest:
    return AppTest.from_string("import nbstate as st\n" + source).run()


# "#abc\n" is let through by Streamlit's regular expression (its "$" matches before a final
# newline) but is no color; the page's color picker could not show it, so nbstate refuses it.
@pytest.mark.parametrize("color", ["#zzz", "red", "notacolor", "abc", "#abcd", " #abc", "#abc\n"])
def test_a_color_picker_value_that_is_not_a_hex_color_is_an_api_error(color: str) -> None:
    at = run(f"st.color_picker('C', {color!r})\nst.text('after')")
    assert [(e.type, e.value) for e in at.exception] == [
        ("NbStateAPIException", HEX_MESSAGE.format(color))
    ]
    assert at.color_picker.values == [] and at.text.values == []


@pytest.mark.parametrize("color", ["#abc", "#ABC", "#00FFaa", "#000000"])
def test_a_color_picker_takes_short_and_long_hex_colors_in_any_case(color: str) -> None:
    at = run(f"st.session_state.got = st.color_picker('C', {color!r})")
    assert not at.exception
    assert at.session_state.got == color
    assert at.color_picker[0].value == color


def test_a_color_picker_value_set_through_session_state_is_not_checked() -> None:
    # Streamlit 1.67 returns st.session_state.c = "red" unchanged, with no error.
    at = run('st.session_state.c = "red"\nst.session_state.got = st.color_picker("C", key="c")')
    assert not at.exception
    assert at.session_state.got == "red"


@pytest.mark.parametrize(
    "call",
    [
        'st.slider("S", "a", "b")',
        'st.slider("S", value="a")',
        'st.slider("S", 0, 10, "a")',
        'st.slider("S", [1], 3)',
    ],
)
def test_a_slider_of_the_wrong_type_says_what_a_slider_takes(call: str) -> None:
    at = run(call)
    assert at.exception[0].type == "NbStateAPIException"
    message = at.exception[0].value
    assert "later version" not in message  # dates and times work today
    for accepted in ("numbers", "int or float", "datetime.date", "datetime.time", "datetime."):
        assert accepted in message
    assert "(low, high) pair" in message


def test_a_slider_takes_what_its_error_message_lists() -> None:
    at = AppTest.from_string(
        "import datetime as dt\nimport nbstate as st\n"
        "st.slider('I', 0, 10, 3)\n"
        "st.slider('F', 0.0, 1.0, 0.5)\n"
        "st.slider('D', dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1))\n"
        "st.slider('T', value=dt.time(12, 0))\n"
        "st.slider('DT', value=dt.datetime(2024, 1, 1, 9), step=dt.timedelta(hours=1))\n"
        "st.slider('R', 0, 10, (2, 5))\n"
    ).run()
    assert not at.exception
    assert at.slider.values == [
        3,
        0.5,
        dt.date(2024, 6, 1),
        dt.time(12, 0),
        dt.datetime(2024, 1, 1, 9),
        (2, 5),
    ]


@pytest.mark.parametrize("value", ["dt.date(2024, 1, 1)", "dt.time(12, 0)", "'a'"])
def test_a_number_input_takes_numbers_only(value: str) -> None:
    # The README's table says so: number_input has no dates or times (Streamlit neither).
    at = AppTest.from_string(
        f"import datetime as dt\nimport nbstate as st\nst.number_input('N', value={value})"
    ).run()
    assert at.exception[0].type == "NbStateAPIException"
    assert "must be numbers" in at.exception[0].value
    assert at.number_input.values == []
