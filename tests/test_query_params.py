"""st.query_params, bind="query-params" and st.context under nbstate's AppTest, and the
pieces behind them (URL forms of widget values, the page's report, Voilà's request)."""

from __future__ import annotations

import datetime as dt

import pytest

import nbstate
from nbstate.api.url_binding import follow_widgets
from nbstate.browser_context import ContextHeaders, parse_cookies
from nbstate.errors import NbStateAPIException
from nbstate.page_reload import page_info
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError
from nbstate.url_codecs import parse, same, to_param
from nbstate.url_query import QueryParams, parse_query_string
from nbstate.voila_request import voila_request


def show_params():
    import nbstate as st

    st.write(st.query_params.to_dict())
    st.write(st.query_params.get_all("tag"))


def test_the_script_sees_the_url_and_at_query_params_shows_its_writes():
    def app():
        import nbstate as st

        st.write("x is", st.query_params["x"], "via attr", st.query_params.x)
        st.query_params["y"] = 5
        st.query_params.update({"z": ["1", "2"]}, w="w")

    at = AppTest.from_function(app)
    at.query_params["x"] = "3"
    at.run()
    assert at.markdown[0].value == "x is 3 via attr 3"
    assert at.query_params == {"x": "3", "y": "5", "z": ["1", "2"], "w": "w"}


def test_repeated_keys_the_last_value_and_get_all():
    at = AppTest.from_function(show_params)
    at.query_params = {"tag": ["a", "b"], "one": "1", "blank": ""}
    at.run()
    assert at.json[0].value == '{"tag": "b", "one": "1", "blank": ""}'
    assert at.json[1].value == '["a", "b"]'


@pytest.mark.parametrize(
    ("statement", "error", "message"),
    [
        ('st.query_params["embed"] = "true"', NbStateAPIException, "cannot be set"),
        ('st.query_params.update(EMBED_OPTIONS="x")', NbStateAPIException, "cannot be set"),
        ('st.query_params["d"] = {"a": 1}', NbStateAPIException, "cannot be set to a dictionary"),
        ('st.query_params["nope"]', KeyError, 'st.query_params has no key "nope"'),
        ("st.query_params.nope", AttributeError, 'has no attribute "nope"'),
        ('del st.query_params["embed"]', KeyError, 'has no key "embed"'),
    ],
)
def test_query_params_errors(statement, error, message):
    at = AppTest.from_string(f"import nbstate as st\n{statement}")
    at.query_params = {"embed": "true"}
    at.run()
    assert len(at.exception) == 1
    with pytest.raises(error, match=message):
        raise error(at.exception[0].value)


def test_embed_is_hidden_from_the_script_but_stays_in_the_url():
    at = AppTest.from_string(
        "import nbstate as st\n"
        "st.write(len(st.query_params), 'embed' in st.query_params, str(list(st.query_params)))\n"
        "st.query_params.clear()"
    )
    at.query_params = {"embed": "true", "a": "1"}
    at.run()
    assert at.markdown[0].value == "`1` `False` ['a']"
    assert at.query_params == {"embed": "true"}


def test_from_dict_replaces_everything_and_restores_on_error():
    qp = QueryParams()
    qp.set_query_string("a=1&embed=true")
    qp.from_dict({"b": ["1", "2"]})
    assert qp.query_string() == "embed=true&b=1&b=2"
    with pytest.raises(NbStateAPIException):
        qp.from_dict([("c", "1"), ("embed", "x")])
    assert qp.query_string() == "embed=true&b=1&b=2"


BOUND = """
import nbstate as st
x = st.slider("x", 0, 10, 2, key="x", bind="query-params")
if st.session_state.get("more", True):
    st.multiselect("m", ["a", "b", "c"], key="m", bind="query-params")
st.write("x", x)
"""


def test_the_url_seeds_a_bound_widget_and_corrects_or_removes_what_it_cannot_take():
    at = AppTest.from_string(BOUND)
    at.query_params = {"x": "7", "m": ["c", "z", "c"], "other": "1"}
    at.run()
    assert at.slider(key="x").value == 7
    assert at.multiselect(key="m").value == ["c"]
    assert at.query_params == {"x": "7", "m": "c", "other": "1"}  # m corrected in place

    at = AppTest.from_string(BOUND)
    at.query_params = {"x": "30", "m": "z"}  # out of range, not an option
    at.run()
    assert (at.slider(key="x").value, at.multiselect(key="m").value) == (2, [])
    assert at.query_params == {}

    at = AppTest.from_string(BOUND)
    at.query_params = {"x": "2"}  # the default: removed
    at.run()
    assert at.query_params == {}


def test_a_bound_parameter_cannot_be_set_deleted_or_cleared_by_the_script():
    for statement in (
        'st.query_params["x"] = "1"',
        'del st.query_params["x"]',
        "st.query_params.clear()",
        "st.query_params.from_dict({'x': '1'})",
    ):
        at = AppTest.from_string(BOUND + statement)
        at.query_params = {"x": "7"}
        at.run()
        assert "bound to widget" in at.exception[0].value or "bound to a widget" in (
            at.exception[0].value
        ), statement
        assert at.query_params == {"x": "7"}


def test_a_widget_no_longer_shown_loses_its_parameter_but_keeps_its_value():
    at = AppTest.from_string(BOUND)
    at.query_params = {"m": ["a", "b"]}
    at.run()
    at.session_state["more"] = False
    at.run()
    assert at.query_params == {}
    assert at.session_state["m"] == ["a", "b"]
    at.session_state["more"] = True
    at.run()  # shown again: its kept value goes back into the URL
    assert at.multiselect(key="m").value == ["a", "b"]
    assert at.query_params == {"m": ["a", "b"]}


def test_a_widget_that_stops_binding_loses_its_parameter():
    source = (
        "import nbstate as st\n"
        "bind = 'query-params' if st.session_state.get('bind', True) else None\n"
        "st.text_input('t', key='t', bind=bind)\n"
    )
    at = AppTest.from_string(source)
    at.query_params = {"t": "hi", "keep": "1"}
    at.run()
    assert at.text_input(key="t").value == "hi"
    at.session_state["bind"] = False
    at.run()
    assert at.query_params == {"keep": "1"}


def test_the_url_wins_over_a_value_kept_by_persist_state():
    source = (
        "import nbstate as st\n"
        "if st.session_state.get('show', True):\n"
        "    st.number_input('n', 0, 100, 5, key='n', bind='query-params', "
        "persist_state='session')\n"
    )
    at = AppTest.from_string(source).run()
    at.number_input(key="n").set_value(9).run()
    at.session_state["show"] = False
    at.run()
    assert at.session_state["n"] == 9
    at.session_state["show"] = True
    at.query_params = {"n": "42"}
    at.run()
    assert at.number_input(key="n").value == 42


def test_where_a_page_shows_the_app_the_url_follows_the_widget():
    at = AppTest.from_string(BOUND)
    at._session.query_params.follows_widgets = True
    at.run()
    assert at.query_params == {}
    at.slider(key="x").set_value(6).run()
    assert at.query_params == {"x": "6"}
    at.multiselect(key="m").set_value(["b", "a"]).run()
    assert at.query_params == {"x": "6", "m": ["b", "a"]}
    at.slider(key="x").set_value(2).run()  # the default removes it
    assert at.query_params == {"m": ["b", "a"]}


def test_a_url_reported_after_the_first_run_seeds_widgets_already_shown():
    at = AppTest.from_string(BOUND).run()
    assert at.slider(key="x").value == 2
    at._session.on_first_page({"search": "?x=4", "timezone": "UTC"})  # reruns the app
    assert at.slider(key="x").value == 4
    assert at._session.browser["timezone"] == "UTC"


def test_binding_embed_is_an_error():
    at = AppTest.from_string(
        "import nbstate as st\nst.checkbox('e', key='Embed', bind='query-params')"
    ).run()
    assert "reserved query parameter 'Embed'" in at.exception[0].value


def test_follow_widgets_forgets_the_bindings_of_gone_widgets():
    session = nbstate.kernel_session().__class__()
    session.query_params.bind("gone", "no-such-widget")
    session.query_params.write("gone", "1")
    follow_widgets(session)
    assert session.query_params.bindings == {}
    assert session.query_params.query_string() == ""


# ---------------------------------------------------------------- the URL forms of values


@pytest.mark.parametrize(
    ("kind", "props", "raw", "value"),
    [
        ("checkbox", {}, "TRUE", True),
        ("slider", {"min_value": 0, "max_value": 10, "value": (1, 2)}, ["1", "9"], (1, 9)),
        (
            "slider",
            {"min_value": 0.0, "max_value": 1.0, "is_float": True, "value": 0.5},
            "0.25",
            0.25,
        ),
        ("selectbox", {"options": ("a", "b"), "labels": ("A", "B")}, "B", "b"),
        (
            "select_slider",
            {"options": ("a", "b", "c"), "value": ("a", "b")},
            ["c", "a"],
            ("a", "c"),
        ),
        ("multiselect", {"options": ("a", "b")}, ["b", "x", "b"], ["b"]),
        ("text_area", {"max_chars": 2}, "abc", "ab"),
        ("number_input", {"is_float": False}, "4.5", 4),
        ("date_input", {"is_range": True}, ["2020-01-02"], (dt.date(2020, 1, 2),)),
        ("time_input", {}, "3:45", dt.time(3, 45)),
        ("datetime_input", {}, "2021-01-02T03:04", dt.datetime(2021, 1, 2, 3, 4)),
        ("color_picker", {}, "#FF0000", "#FF0000"),
        ("feedback", {"options": (0, 1)}, "1", 1),
        ("pagination", {"num_pages": 5}, "5", 5),
    ],
)
def test_parse_reads_a_widget_value_from_the_url(kind, props, raw, value):
    assert parse(kind, props, raw) == value


@pytest.mark.parametrize(
    ("kind", "props", "raw"),
    [
        ("checkbox", {}, "yes"),
        ("checkbox", {}, ""),
        ("slider", {"min_value": 0, "max_value": 10, "value": 1}, ["3", "4"]),
        ("slider", {"min_value": 0, "max_value": 10, "value": 1}, "11"),
        ("selectbox", {"options": ("a",), "labels": ("A",)}, "a"),
        ("color_picker", {}, "red"),
        ("datetime_input", {}, "2021-01-02T03:04:05"),
        ("pagination", {"num_pages": 5}, "0"),
        ("multiselect", {"options": ("a",)}, "z"),
    ],
)
def test_parse_rejects_what_the_widget_cannot_take(kind, props, raw):
    with pytest.raises(ValueError):
        parse(kind, props, raw)


def test_to_param_and_same():
    assert to_param("slider", {"value": (1.0, 2.5)}, (1.0, 2.5)) == ["1", "2.5"]
    day = dt.date(2020, 3, 4)
    assert to_param("slider", {"options": (day,), "value": day}, day) == ["1583280000000000"]
    assert to_param("radio", {"options": (1, 2), "labels": ("one", "two")}, 2) == "two"
    assert to_param("checkbox", {}, False) == "false"
    assert same("3.0", "3") and same("TRUE", "true") and same(["a"], "a")
    assert not same("3:45", "03:45") and not same(["1", "2"], ["1"])
    assert parse("slider", {"options": (day,), "value": day}, "2020-03-04") == day


# ---------------------------------------------------------------- the page and Voilà


def test_page_info_keeps_well_typed_fields_only():
    info = page_info(
        {
            "search": "?a=1",
            "timezone_offset": True,
            "theme": "blue",
            "locale": 3,
            "is_embedded": False,
            "evil": "x",
        }
    )
    assert info == {"search": "?a=1", "is_embedded": False}


def test_voila_request_gives_the_query_string_url_and_forwarded_headers():
    env = {
        "VOILA_REQUEST_URL": "http://host:8866/voila/render/app.ipynb?x=3#top",
        "QUERY_STRING": "x=3&token=secret",
        "HTTP_ACCEPT_LANGUAGE": "de",
        "HTTP_COOKIE": "s=1",
    }
    request = voila_request(env)
    assert request is not None
    assert request["search"] == "?x=3"
    assert request["url"] == "http://host:8866/voila/render/app.ipynb"
    assert ("Accept-Language", "de") in request["headers"]  # type: ignore[operator]
    assert voila_request({**env, "VOILA_PREHEAT": "True"}) is None
    assert voila_request({}) is None


def test_context_headers_and_cookies():
    headers = ContextHeaders([("accept-language", "de"), ("X-Thing", "1"), ("x-thing", "2")])
    assert headers["Accept-Language"] == "de" and headers["ACCEPT-LANGUAGE"] == "de"
    assert headers.get_all("x-thing") == ["1", "2"]
    assert parse_cookies("a=1; b=two") == {"a": "1", "b": "two"}
    assert parse_cookies("\x00bad") == {}


def test_st_context_reads_the_voila_request_headers_and_cookie_header():
    def app():
        import nbstate as st

        st.write(st.context.headers.to_dict(), st.context.cookies.to_dict(), st.context.url)

    at = AppTest.from_function(app)
    at.run()
    at._session.browser = {"headers": [("Cookie", "s=1")], "url": "http://h/app"}
    at._app.run()
    assert at.json[0].value == '{"Cookie": "s=1"}'
    assert at.json[1].value == '{"s": "1"}'
    assert at.markdown[-1].value == "http://h/app"


def test_app_test_context_is_checked():
    at = AppTest.from_string("import nbstate as st\nst.write(st.context.locale)")
    at.context = {"locale": "de-DE"}
    assert at.run().markdown[0].value == "de-DE"
    at.context = {"theme": "blue"}
    with pytest.raises(AppTestError, match="'light' or 'dark'"):
        at.run()
    at.context = []  # type: ignore[assignment]
    with pytest.raises(AppTestError, match="must be a dict"):
        at.run()


def test_parse_query_string_limits():
    assert parse_query_string("?a=1&a=2&b=") == {"a": ["1", "2"], "b": ""}
    assert parse_query_string("a=1&" * 1000) == {}


def test_old_query_param_names_point_to_st_query_params():
    with pytest.raises(AttributeError, match="st.query_params"):
        nbstate.experimental_get_query_params  # noqa: B018


def test_tabs_and_expander_bound_to_the_url():
    source = (
        "import nbstate as st\n"
        "tabs = st.tabs(['One', 'Two'], key='t', bind='query-params')\n"
        "box = st.expander('Box', key='e', bind='query-params')\n"
        "st.write(str([tab.open for tab in tabs]), box.open)\n"
    )
    at = AppTest.from_string(source)
    at.query_params = {"t": "Two", "e": "true"}
    at.run()
    assert at.markdown[0].value == "[False, True] `True`"
    assert at.query_params == {"t": "Two", "e": "true"}
    at = AppTest.from_string(source)
    at.query_params = {"t": "two", "e": "yes"}  # not a label, not a boolean: removed
    at.run()
    assert at.markdown[0].value == "[True, False] `False`"
    assert at.query_params == {}


def test_the_page_tracker_hands_over_what_each_page_reported():
    from nbstate.page_reload import PageTracker

    firsts, reloads = [], []
    tracker = PageTracker(reloads.append, firsts.append)
    tracker._on_msg(None, {"event": "page", "page_id": "a", "search": "?x=1", "locale": "fr"}, [])
    assert firsts == [{"search": "?x=1", "locale": "fr"}]
    tracker._on_msg(None, {"event": "page", "page_id": "b", "search": "?x=2"}, [])  # a reload
    assert reloads == [{"search": "?x=2"}] and tracker.page == {"search": "?x=2"}
    tracker.send_query_string("x=5")
    assert tracker.page["search"] == "?x=5"
    tracker.close()


def test_a_first_report_of_the_same_url_in_another_spelling_reruns_nothing():
    at = AppTest.from_string("import nbstate as st\nst.write(st.session_state.setdefault('n', 0))")
    at.query_params = {"p": "a/b"}
    at.run()
    runs = at._app.run_count
    at._session.on_first_page({"search": "?p=a/b"})  # Voilà's env said p=a%2Fb
    assert at._app.run_count == runs
    at._session.on_first_page({"search": "?p=c"})
    assert at._app.run_count == runs + 1
