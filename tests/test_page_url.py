"""A page switch and the URL: `query_params=` of st.switch_page and st.page_link (Streamlit
1.67: tests/differential/apps/pages_query_params.py checks the same rules step by step) and
the current page named in the page URL's fragment (`#/<url_path>`, see `page_url`)."""

from __future__ import annotations

import pytest

from nbstate.page_url import fragment_for, page_from_fragment
from nbstate.testing import AppTest

SWITCH = """
import nbstate as st
def first():
    st.write("first", st.query_params.to_dict())
    given = st.session_state.get("given")
    if st.button("Go", key="go"):
        st.switch_page(second_page, query_params=given)
def second():
    st.write("second", st.query_params.to_dict(), st.query_params.get_all("tag"))
    st.slider("Bound", 0, 9, 0, key="bound", bind="query-params")
    if st.button("Back", key="back"):
        st.switch_page(first_page)
first_page = st.Page(first, default=True)
second_page = st.Page(second, url_path="second")
st.navigation([first_page, second_page]).run()
"""


def _switch(given: object) -> AppTest:
    at = AppTest.from_string(SWITCH)
    at.query_params["start"] = "1"
    at.query_params["embed"] = "true"
    at.session_state["given"] = given
    at.run()
    at.button(key="go").click().run()
    return at


def test_switch_page_query_params_are_the_new_pages_parameters() -> None:
    at = _switch({"utm_source": "first", "n": 3})
    assert at.markdown[0].value.startswith("second")
    assert dict(at.query_params) == {"utm_source": "first", "n": "3", "embed": "true"}


def test_switch_page_query_params_as_pairs_and_lists() -> None:
    # pairs set one key after the other (the last wins, as Streamlit's from_dict); a list
    # repeats its key
    at = _switch([("tag", "a"), ("tag", "b"), ("many", ["x", "y"])])
    assert at.session_state["bound"] == 0
    assert dict(at.query_params) == {"tag": "b", "many": ["x", "y"], "embed": "true"}


def test_switch_page_without_query_params_clears_them_but_embed() -> None:
    at = _switch(None)
    assert dict(at.query_params) == {"embed": "true"}


def test_switch_page_query_params_of_a_bad_type_is_a_clear_error() -> None:
    at = _switch(5)
    assert isinstance(at.exception[0].value, str)
    assert "Invalid `query_params` type" in at.exception[0].value
    assert "Provided type: int" in at.exception[0].value


def test_switch_page_seeds_a_bound_widget_and_refuses_to_clear_its_parameter() -> None:
    at = _switch({"bound": "4"})
    assert at.slider(key="bound").value == 4
    at.button(key="back").click().run()
    # as Streamlit: the parameter is bound to a widget, so the switch cannot clear it
    assert "bound to widgets: 'bound'" in at.exception[0].value


def test_page_link_query_params_go_into_the_link_and_a_click_opens_the_page_with_them():
    at = AppTest.from_string(
        """
import nbstate as st
def a():
    st.page_link(pb, query_params=[("tag", "x"), ("tag", ["y", "z"]), ("n", 1)])
    st.page_link(pb, label="plain")
def b():
    st.write("b", st.query_params.get_all("tag"), st.query_params.to_dict())
pb = st.Page(b)
st.navigation([st.Page(a), pb]).run()
"""
    )
    at.query_params["old"] = "1"
    at.run()
    assert at.page_link[0].proto.props["query_string"] == "tag=x&tag=y&tag=z&n=1"
    assert at.page_link[1].proto.props["query_string"] == ""
    links = [v for v in at._app.renderer.main.children if type(v).__name__ == "PageLinkView"]
    links[0].simulate_click()  # as the browser's click (AppTest's next run resets the URL)
    assert at._session.query_params.url == "tag=x&tag=y&tag=z&n=1"
    at.run()
    assert at.markdown[0].value.startswith("b")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"a": {"b": 1}}, "cannot be set to a dictionary"),
        ({"embed": "true"}, "cannot be set programmatically"),
    ],
)
def test_page_link_query_params_errors(given: object, message: str) -> None:
    at = AppTest.from_string(
        f"import nbstate as st\ndef a():\n    st.page_link(st.Page(a), query_params={given!r})\n"
        "st.navigation([a]).run()\n"
    ).run()
    assert message in at.exception[0].value


PAGES = """
import nbstate as st
def home():
    st.write("home")
    if st.button("Go", key="go"):
        st.switch_page(report_page)
def report():
    st.write("report")
    st.page_link(home_page)
home_page = st.Page(home, default=True)
report_page = st.Page(report, url_path="report")
st.navigation([home_page, report_page]).run()
"""


def test_fragments_name_pages() -> None:
    assert page_from_fragment("#/report") == "report"
    assert page_from_fragment("#/caf%C3%A9/") == "café"
    assert page_from_fragment("#heading") == page_from_fragment("") == ""
    assert fragment_for("café") == "#/caf%C3%A9" and fragment_for("") == ""


def _reported(fragment: str) -> tuple[AppTest, list[str]]:
    """The app, run once, then the browser page reporting a URL with `fragment`."""
    at = AppTest.from_string(PAGES).run()
    sent: list[str] = []
    at._session.page_url.publish = sent.append
    at._session.on_first_page({"search": "", "hash": fragment})
    return at, sent


def test_a_url_naming_a_page_runs_that_page() -> None:
    at, sent = _reported("#/report")
    assert at._session.page_url.path == "report"
    assert _shown(at) == "report" and sent == []


def test_an_unknown_page_in_the_url_shows_the_default_page_and_the_url_is_corrected() -> None:
    at, sent = _reported("#/nope")
    assert _shown(at) == "home" and sent == [""]


def test_a_fragment_that_names_no_page_is_left_alone() -> None:
    at, sent = _reported("#some-heading")
    assert _shown(at) == "home" and sent == []


def test_a_switch_makes_the_url_name_the_new_page_and_back() -> None:
    at, sent = _reported("")
    at.button(key="go").click().run()
    assert _shown(at) == "report" and sent == ["#/report"]
    links = [v for v in at._app.renderer.main.children if type(v).__name__ == "PageLinkView"]
    links[0].simulate_click()
    at.run()
    assert _shown(at) == "home" and sent == ["#/report", ""]


def test_a_new_app_starts_on_the_page_the_url_names() -> None:
    at = AppTest.from_string(PAGES)
    at._session.page_url.reported("#/report")
    at.run()
    assert _shown(at) == "report"


def test_a_reload_with_a_page_in_the_url_resets_state_and_opens_that_page() -> None:
    at, _sent = _reported("")
    at.session_state["kept"] = 1
    at._session.on_page_reload({"search": "", "hash": "#/report"})
    assert _shown(at) == "report"
    assert "kept" not in at._session.state
    at._session.on_page_reload({"search": "", "hash": ""})
    assert _shown(at) == "home"


def _shown(at: AppTest) -> str:
    """The title of the page the app's last run showed."""
    return str(at._app.pages[at._app.current_page].title)
