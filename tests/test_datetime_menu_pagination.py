"""st.datetime_input, st.menu_button and st.pagination in nbstate's AppTest (issue 19).

Expected values, AppTest properties and error messages were measured with Streamlit 1.67's
AppTest (tests/differential/apps/datetime_menu_pagination.py compares the two directly).
"""

from __future__ import annotations

import datetime as dt

import pytest

from nbstate.errors import NbStateAPIException
from nbstate.frontend_messages import update_message
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError
from nbstate.views import MenuButtonView, PaginationView

APP = """
import datetime as dt
import nbstate as st
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
a = st.datetime_input("When", dt.datetime(2024, 5, 1, 10, 30, 45), key="w", on_change=cb)
b = st.datetime_input("None", value=None, key="n")
c = st.datetime_input("Date only", dt.date(2024, 1, 2))
d = st.datetime_input("Bounds", dt.datetime(2024, 5, 1, 10, 0), min_value=dt.datetime(2024, 1, 1),
                      max_value=dt.date(2024, 12, 31), step=3600, format="DD.MM.YYYY")
m = st.menu_button("Menu", ["a", "b", 3], key="mb", format_func=lambda o: f"<{o}>", on_click=cb)
p = st.pagination(10, default=3, key="pg", on_change=cb)
q = st.pagination(5)
st.session_state.seen = (a, b, c, d, m, p, q)
"""


def test_values_and_apptest_properties_as_in_streamlit() -> None:
    at = AppTest.from_string(APP).run()
    assert at.session_state.seen == (
        dt.datetime(2024, 5, 1, 10, 30),  # to the minute
        None,
        dt.datetime(2024, 1, 2, 0, 0),
        dt.datetime(2024, 5, 1, 10, 0),
        None,
        3,
        1,
    )
    w, d = at.datetime_input[0], at.datetime_input[3]
    assert (w.type, w.min, w.max, w.step, w.format) == (
        "date_time_input", "2014-05-01T00:00", "2034-05-01T23:59", 900, "YYYY/MM/DD",
    )  # fmt: skip
    assert (d.min, d.max, d.step, d.format) == (
        "2024-01-01T00:00", "2024-12-31T23:59", 3600, "DD.MM.YYYY",
    )  # fmt: skip
    mb = at.menu_button[0]
    assert (mb.value, mb.options, mb.label, mb.type, mb.format_func(3)) == (
        None, ["<a>", "<b>", "<3>"], "Menu", "menu_button", "<3>",
    )  # fmt: skip
    pg = at.pagination[0]
    assert (pg.value, pg.num_pages, pg.default, pg.type) == (3, 10, 3, "pagination")
    assert (at.session_state.w, at.session_state.n, at.session_state.pg) == (
        dt.datetime(2024, 5, 1, 10, 30), None, 3,
    )  # fmt: skip
    assert at.session_state.mb is None


def test_user_changes_clicks_and_callbacks() -> None:
    at = AppTest.from_string(APP).run()
    at.datetime_input[0].set_value(dt.datetime(2025, 1, 1, 8, 0)).run()
    assert at.session_state.seen[0] == dt.datetime(2025, 1, 1, 8, 0)
    at.menu_button[0].click(3).run()
    assert at.session_state.seen[4] == 3 and at.session_state.mb is None  # a trigger
    at.run()
    assert at.session_state.seen[4] is None
    at.menu_button[0].click_index(1).run()
    assert at.session_state.seen[4] == "b"
    at.pagination[0].select(7).run()
    assert at.session_state.seen[5] == 7
    assert at.session_state.calls == 4
    with pytest.raises(AppTestError, match="Page must be an int between 1 and 10"):
        at.pagination[0].set_value(11)


def test_a_datetime_can_be_cleared_unless_required() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import nbstate as st
st.session_state.seen = (
    st.datetime_input("a", dt.datetime(2024, 1, 1), key="a"),
    st.datetime_input("b", dt.datetime(2024, 1, 1), key="b", required=True),
)
"""
    ).run()
    views = {v.element.key: v for v in at._app.renderer.widget_views.values()}
    views["a"].simulate_user_value(None)
    views["b"].widget.value = None  # the user empties the required box: it shows its value again
    at.run()
    assert at.session_state.seen == (None, dt.datetime(2024, 1, 1))
    assert views["b"].widget.value == dt.datetime(2024, 1, 1)


def test_clicks_in_the_page_on_menu_and_page_buttons() -> None:
    at = AppTest.from_string(APP).run()
    views = at._app.renderer.widget_views.values()
    menu = next(v for v in views if isinstance(v, MenuButtonView))
    pages = next(v for v in views if isinstance(v, PaginationView) and v.element.key == "pg")
    assert list(menu.widget._options_labels) == ["Menu ▾", "<a>", "<b>", "<3>"]
    menu.widget._handle_msg(update_message({"index": 2}))  # the user picks "<b>"
    assert menu.widget.index == 0  # the menu shows its label again
    at.run()
    assert at.session_state.seen[4] == "b"
    assert list(pages.widget._options_labels) == [
        "1", "2", "3", "4", "5", "6", "7", "10",
    ]  # fmt: skip
    pages.widget._handle_msg(update_message({"index": 7}))  # the button of page 10
    at.run()
    assert at.session_state.seen[5] == 10


def test_session_state_values_that_are_no_page_fall_back_to_the_default() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.p = 9
st.session_state.q = "x"
st.session_state.r = 4
st.session_state.seen = (st.pagination(5, key="p"), st.pagination(5, key="q", default=2),
                         st.pagination(5, key="r"))
st.session_state.after = (st.session_state.p, st.session_state.q)
"""
    ).run()
    assert at.session_state.seen == (1, 2, 4)
    assert at.session_state.after == (1, 2)


def test_menu_button_key_is_read_only_and_not_in_forms() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.m = "a"\nst.menu_button("M", ["a"], key="m")'
    ).run()
    assert "read-only" in at.exception[0].value
    at = AppTest.from_string(
        'import nbstate as st\nwith st.form("f"):\n    st.menu_button("M", ["a"])\n'
        "    st.form_submit_button()"
    ).run()
    assert "`st.menu_button()` can't be used in an `st.form()`." in at.exception[0].value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.datetime_input("a", 5)', "value=5 .of type int.; give a datetime"),
        (
            'st.datetime_input("a", dt.datetime(2030, 1, 1), max_value=dt.datetime(2025, 1, 1))',
            "The `value` 2030-01-01 00:00:00 is greater than the `max_value` 2025-01-01",
        ),
        (
            'st.datetime_input("a", dt.datetime(2020, 1, 1), min_value=dt.datetime(2025, 1, 1))',
            "is less than the `min_value` 2025-01-01 00:00:00",
        ),
        (
            'st.datetime_input("a", min_value=dt.datetime(2026, 1, 1), '
            "max_value=dt.datetime(2025, 1, 1))",
            "cannot be greater than the `max_value`",
        ),
        ('st.datetime_input("a", step=30)', r"\[60 seconds, 23 hours\]"),
        ('st.datetime_input("a", step="x")', "an int .seconds. or a timedelta"),
        ('st.datetime_input("a", format="YY")', "'YYYY/MM/DD', 'DD/MM/YYYY'"),
        ('st.menu_button("M", [])', "Provide at least one option"),
        ('st.menu_button("M", ["a"], type="x")', "'primary', 'secondary', 'tertiary'"),
        ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
        ("st.pagination(True)", "Got True"),
        ("st.pagination(5, default=6)", r"set to 6, is outside the required range \[1, 5\]"),
        ("st.pagination(5, max_visible_pages=-1)", "non-negative integer or None"),
        ('st.pagination(5, bind="query-params")', "The `key` parameter is required"),
        ('st.pagination(5, bind="query-params", key="embed")', "reserved query parameter"),
    ],
)
def test_bad_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import datetime as dt\nimport nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)


def test_datetime_values_of_other_kinds() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import nbstate as st
st.session_state.seen = (
    st.datetime_input("a", "2024-05-01 10:30:45"),
    st.datetime_input("b", dt.time(9, 5)),
    st.datetime_input("c", "2024-02-03"),
)
"""
    ).run()
    today = dt.date.today()
    assert at.session_state.seen == (
        dt.datetime(2024, 5, 1, 10, 30),
        dt.datetime.combine(today, dt.time(9, 5)),
        dt.datetime(2024, 2, 3, 0, 0),
    )
    bad = AppTest.from_string(
        'import datetime as dt\nimport nbstate as st\nst.session_state.k = "x"\n'
        'st.datetime_input("a", key="k")'
    ).run()
    assert "needs a datetime.datetime" in bad.exception[0].value
