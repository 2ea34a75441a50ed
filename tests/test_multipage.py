"""Multipage apps (st.navigation, st.Page, st.switch_page, st.page_link) and persist_state.

The expected values were measured with Streamlit 1.67's AppTest on the same scripts (the
differential apps tests/differential/apps/pages_*.py check the same rules step by step).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import nbstate as st
from nbstate.errors import (
    NbStateAPIException,
    NbStateMissingRequiredParameterError,
    NbStatePageNotFoundError,
    NbStateValueError,
)
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError

APP = """
import nbstate as st
st.sidebar.checkbox("Dark", key="dark")
st.sidebar.slider("Pers", 0, 9, 1, key="pers", persist_state="page")
def a():
    st.text_input("A", key="ta")
    if st.button("to b", key="tb"):
        st.switch_page(pb)
    st.button("cb to b", key="cb", on_click=lambda: st.switch_page(pb))
def b():
    st.write("b sees", sorted(st.session_state.keys()))
    if st.button("to a", key="toa"):
        st.switch_page(pa)
pa = st.Page(a)
pb = st.Page(b)
st.navigation([pa, pb]).run()
"""


def _values(at: AppTest) -> list[object]:
    return [e.value for e in at.main if not hasattr(e, "children")]


def test_switch_page_from_the_script_drops_every_widget_even_common_ones() -> None:
    # Streamlit 1.67: "b sees ['dark', 'pers']", {'pers': 1, 'toa': False, 'dark': False}
    at = AppTest.from_string(APP).run()
    at.checkbox(key="dark").check()
    at.slider(key="pers").set_value(5)
    at.text_input(key="ta").input("x").run()
    assert at.session_state["ta"] == "x" and at.session_state["dark"] is True
    at.button(key="tb").click().run()
    assert at.json[0].value == '["dark", "pers"]'
    assert at.session_state.to_dict() == {"pers": 1, "toa": False, "dark": False}
    at.button(key="toa").click().run()
    assert at.text_input(key="ta").value == ""


def test_switch_page_from_a_callback_switches_too() -> None:
    at = AppTest.from_string(APP).run()
    at.button(key="cb").click().run()
    assert at.markdown[0].value == "b sees"
    assert "ta" not in at.session_state


def test_at_switch_page_keeps_the_common_widgets_and_drops_the_old_pages(tmp_path: Path):
    (tmp_path / "other.py").write_text("import nbstate as st\nst.title('Other')\n")
    (tmp_path / "app.py").write_text(
        "import nbstate as st\n"
        "st.sidebar.checkbox('Dark', key='dark')\n"
        "def home():\n    st.text_input('Name', key='name')\n"
        "st.navigation([st.Page(home), st.Page('other.py')]).run()\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.checkbox(key="dark").check()
    at.text_input(key="name").input("bob").run()
    at.switch_page("other.py").run()
    assert at.title[0].value == "Other"
    assert at.session_state.to_dict() == {"dark": True}
    at.run()  # the request holds for later runs, as in Streamlit
    assert at.title[0].value == "Other"
    with pytest.raises(ValueError, match="Could not find a navigation page for"):
        at.switch_page("app.py")


def test_a_key_on_two_pages_is_two_widgets() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def one():
    st.number_input("N", key="shared")
def two():
    st.number_input("N", key="shared")
p1, p2 = st.Page(one), st.Page(two)
st.navigation([p1, p2]).run()
st.button("go", key="go", on_click=lambda: st.switch_page(p2))
"""
    ).run()
    at.number_input(key="shared").set_value(4.0).run()
    at.button(key="go").click().run()
    assert at.number_input(key="shared").value == 0.0


PERSIST = """
import nbstate as st
def first():
    st.slider("P", 0, 10, 1, key="pp", persist_state="page")
    st.slider("S", 0, 10, 1, key="ss", persist_state="session")
    if st.checkbox("more", key="more", value=True):
        st.slider("Q", 0, 10, 1, key="qq", persist_state="page")
        st.slider("N", 0, 10, 1, key="nn")
    st.button("go", key="go", on_click=lambda: st.switch_page(second_page))
def second():
    st.slider("S", 0, 10, 1, key="ss", persist_state="session")
    if st.button("back", key="back"):
        st.switch_page(first_page)
first_page, second_page = st.Page(first), st.Page(second)
st.navigation([first_page, second_page]).run()
"""


def test_persist_state_page_keeps_a_hidden_widget_while_on_its_page() -> None:
    at = AppTest.from_string(PERSIST).run()
    at.slider(key="qq").set_value(9)
    at.slider(key="nn").set_value(8).run()
    at.checkbox(key="more").uncheck().run()
    assert at.session_state["qq"] == 9 and "nn" not in at.session_state
    at.checkbox(key="more").check().run()
    assert at.slider(key="qq").value == 9 and at.slider(key="nn").value == 1


def test_persist_state_session_survives_a_page_switch_and_page_does_not() -> None:
    # Streamlit 1.67: after go {'back': False, 'ss': 7}; back: pp 1, qq 1, ss 7
    at = AppTest.from_string(PERSIST).run()
    at.slider(key="pp").set_value(4)
    at.slider(key="ss").set_value(7)
    at.slider(key="qq").set_value(9).run()
    at.button(key="go").click().run()
    assert at.session_state.to_dict() == {"back": False, "ss": 7}
    assert at.slider(key="ss").value == 7
    at.button(key="back").click().run()
    assert (at.slider(key="pp").value, at.slider(key="qq").value) == (1, 1)
    assert at.slider(key="ss").value == 7


def test_persist_state_in_a_form() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
if st.checkbox("show", key="show", value=True):
    with st.form("f"):
        st.text_input("T", key="t", persist_state="session")
        st.form_submit_button("Submit", key="submit")
"""
    ).run()
    at.text_input(key="t").input("kept")
    at.button(key="submit").click().run()
    at.checkbox(key="show").uncheck().run()
    assert at.session_state["t"] == "kept"
    at.checkbox(key="show").check().run()
    assert at.text_input(key="t").value == "kept"


def test_page_attributes() -> None:
    # Streamlit 1.67: "My Page :material/home: mine"; a default page's url_path is ""
    at = AppTest.from_string(
        """
import nbstate as st
def a():
    pass
def my_page():
    pass
p = st.Page(a, title="My Page", icon=":material/home:", url_path="/mine/")
q = st.Page(my_page, icon="🏠")
st.write(p.title, p.icon, p.url_path, q.title, q.url_path, q.icon)
st.text(str([st.navigation([q, p]).url_path, p.visibility, p.is_external]))
"""
    ).run()
    assert at.markdown[0].value == "My Page :material/home: mine my page my_page 🏠"
    assert at.text[0].value == "['', 'visible', False]"


def test_file_pages_infer_title_and_icon_and_run_as_main(tmp_path: Path) -> None:
    (tmp_path / "01_📈_Sales_report.py").write_text("import nbstate as st\nst.write(__name__)\n")
    (tmp_path / "app.py").write_text(
        "import nbstate as st\n"
        "p = st.Page('01_📈_Sales_report.py')\n"
        "st.write(p.title, p.icon, p._url_path)\n"
        "st.navigation([p]).run()\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [m.value for m in at.markdown] == ["Sales report 📈 Sales_report", "__main__"]


def test_page_help_is_dedented_as_streamlit_does() -> None:
    # Streamlit 1.67: st.Page(..., help="  some help ").help == "some help "
    at = AppTest.from_string(
        "import nbstate as st\nst.text(repr(st.Page(lambda: None, title='H', help='  some help ').help))"
    ).run()
    assert at.text[0].value == "'some help '"


@pytest.mark.parametrize(
    ("body", "kind", "message"),
    [
        (
            "st.navigation([st.Page(a, default=True), st.Page(b, default=True)])",
            NbStateAPIException,
            "Multiple Pages specified with `default=True`. At most one Page can be set",
        ),
        (
            "st.navigation({'S1': [st.Page(a)], 'S2': [st.Page(b, url_path='a')]})",
            NbStateAPIException,
            'Two pages resolve to the URL pathname `/a`: callable titled "a" (section "S1", '
            'default page) and callable titled "b" (section "S2").',
        ),
        (
            "st.navigation([a, b]); st.switch_page('nope.py')",
            NbStatePageNotFoundError,
            "Could not find page: `nope.py`. You must provide a `Page` object or file path",
        ),
        (
            "p = st.navigation([a, b]); p.run(); p.run()",
            NbStateAPIException,
            "This page cannot be called directly. Only the page returned from st.navigation",
        ),
        ("st.Page(a).run()", NbStateAPIException, "This page cannot be called directly."),
        (
            "st.navigation([a], position='left')",
            NbStateValueError,
            "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'.",
        ),
        ("st.navigation([])", NbStateMissingRequiredParameterError, "The `pages` parameter"),
        ("st.Page(a, url_path='x/y')", NbStateAPIException, "cannot include `/`"),
        (
            "st.Page('missing.py')",
            NbStatePageNotFoundError,
            "Unable to create Page. The file `missing.py` could not be found.",
        ),
        (
            "st.page_link('https://example.org')",
            NbStateMissingRequiredParameterError,
            "The `label` parameter is required. Streamlit cannot infer a label for an external",
        ),
    ],
)
def test_errors_as_streamlit(body: str, kind: type, message: str) -> None:
    at = AppTest.from_string(
        f"import nbstate as st\ndef a():\n    pass\ndef b():\n    pass\n{body}\n"
    ).run()
    assert at.exception[0].type == kind.__name__
    assert message in at.exception[0].value


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.navigation([a], expanded='x')",
            "Invalid `expanded` type. Expected one of: bool, int. Provided type: str.",
        ),
        (
            "st.navigation([a], expanded=-1)",
            "Invalid `expanded` value. Supported values: True, False, a non-negative integer. "
            "Provided value: -1.",
        ),
        (
            "st.navigation([3])",
            "Invalid `pages` type. Expected one of: str, Path, callable, st.Page. Provided "
            "type: int.",
        ),
        (
            "st.Page('https://x.org', title='T', default=True)",
            "`page=<external URL>` and `default=True` cannot be used together.",
        ),
        (
            "st.switch_page(st.Page('https://x.org', title='T'))",
            "Cannot use st.switch_page with external URL pages. Use st.page_link instead",
        ),
        (
            "st.navigation([st.Page('https://x.org', title='T')])",
            "At least one non-external page is required.",
        ),
        ("st.Page(a, visibility='x')", "Invalid `visibility` value. Supported values: visible"),
    ],
)
def test_more_errors_with_streamlits_messages(body: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\ndef a():\n    pass\n{body}\n").run()
    assert message in at.exception[0].value


def test_navigation_called_twice_uses_the_last_call() -> None:
    # Streamlit 1.67 raises nothing; the second call's pages and choice count
    at = AppTest.from_string(
        "import nbstate as st\ndef a():\n    pass\ndef b():\n    pass\n"
        "st.navigation([a, b])\nst.write(st.navigation([b]).title)\n"
    ).run()
    assert at.markdown[0].value == "b" and not at.exception


def test_page_link_elements() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def a():
    st.page_link(st.Page(a), label="Go", icon="🏠")
    st.page_link("https://x.org", label="X", help="h")
    st.page_link(st.Page(a))
st.navigation([a]).run()
"""
    ).run()
    links = at.page_link
    assert [link.value for link in links] == ["Go", "X", "a"]
    assert (links[0].icon, links[1].page, links[1].help) == ("🏠", "https://x.org", "h")
    with pytest.raises(AppTestError, match="click\\(\\) is not supported for page_link"):
        links[0].click()


def test_menu_click_switches_page_and_keeps_common_widgets() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.sidebar.checkbox("Dark", key="dark")
def a():
    st.text_input("A", key="ta")
def b():
    st.title("B")
st.navigation({"One": [st.Page(a)], "Two": [st.Page(b)]}).run()
"""
    ).run()
    menu = at._app.menu
    assert menu.position == "sidebar" and menu.widget in menu.side_column.children
    titles = [w.value if hasattr(w, "value") else w.description for w in menu.widget.children]
    assert titles == ["<span>One</span>", "a", "<span>Two</span>", "b"]
    at.checkbox(key="dark").check()
    at.text_input(key="ta").input("x").run()
    (b_hash,) = [h for h, page in at._app.pages.items() if page.title == "b"]
    menu.click(b_hash)  # as the browser's click message on the menu entry
    at.run()
    assert at.title[0].value == "B"
    assert at.session_state.to_dict() == {"dark": True}
    assert "nbstate-nav-current" in menu.buttons[b_hash]._dom_classes


def test_top_menu_goes_in_the_toolbar_and_one_page_hides_it() -> None:
    at = AppTest.from_string(
        "import nbstate as st\ndef a():\n    pass\ndef b():\n    pass\n"
        "pages = [a, b] if st.session_state.get('two', True) else [a]\n"
        "st.navigation(pages, position='top').run()\n"
    ).run()
    menu = at._app.menu
    assert menu.widget in at._app.toolbar.children and menu.widget.layout.display == "flex"
    at.session_state["two"] = False
    at.run()
    assert menu.widget.layout.display == "none"


def test_page_link_click_switches_page() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def a():
    st.page_link(pb)
def b():
    st.title("B")
pb = st.Page(b)
st.navigation([st.Page(a), pb]).run()
"""
    ).run()
    link_views = [v for v in at._app.renderer.main.children if type(v).__name__ == "PageLinkView"]
    link_views[0].simulate_click()
    at.run()
    assert at.title[0].value == "B"


def test_st_names_are_exported() -> None:
    for name in ("navigation", "Page", "switch_page", "page_link"):
        assert name in st.__all__


def test_a_fragment_on_a_page_reruns_alone_and_keeps_its_widgets() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
def page():
    @st.fragment
    def part():
        st.number_input("N", key="n")
        st.text_input("T", key="t")
    part()
st.navigation([st.Page(page), st.Page(lambda: None, title="Other")]).run()
"""
    ).run()
    at.number_input(key="n").set_value(3.0).run()
    at.text_input(key="t").input("x").run()  # a fragment run: same widget ids, values kept
    assert (at.number_input(key="n").value, at.text_input(key="t").value) == (3.0, "x")
    assert at.session_state["runs"] == 1


def _menu_texts(at: AppTest) -> list[str]:
    menu = at._app.menu
    rows = list(menu.widget.children)
    if menu.position == "top":
        rows = list(rows[0].children)
    return [getattr(w, "description", None) or w.value for w in rows]


def test_hidden_pages_stay_out_of_the_menu_but_can_be_switched_to() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def a():
    st.button("secret", key="s", on_click=lambda: st.switch_page(hidden))
def b():
    pass
def c():
    st.title("Hidden page")
hidden = st.Page(c, visibility="hidden")
st.navigation([a, b, hidden, st.Page("https://example.org", title="Docs")]).run()
"""
    ).run()
    texts = _menu_texts(at)
    assert texts[:2] == ["a", "b"] and "Docs" in texts[2] and "example.org" in texts[2]
    at.button(key="s").click().run()
    assert at.title[0].value == "Hidden page"


def test_a_long_menu_collapses_when_the_sidebar_has_elements() -> None:
    # Streamlit: expanded=False shows 10 of more than 12 pages, with "View N more"
    script = """
import nbstate as st
st.sidebar.text("In the sidebar")
pages = [st.Page(lambda: None, title=f"P{i}", url_path=f"p{i}") for i in range(14)]
st.navigation(pages, expanded=EXPANDED).run()
"""
    at = AppTest.from_string(script.replace("EXPANDED", "False")).run()
    texts = _menu_texts(at)
    assert texts[:10] == [f"P{i}" for i in range(10)] and texts[10:] == ["View 4 more"]
    at._app.menu._more.click()  # the browser's click on "View 4 more"
    at.run()
    assert _menu_texts(at)[-2:] == ["P13", "View less"]
    assert len(_menu_texts(AppTest.from_string(script.replace("EXPANDED", "True")).run())) == 14
    assert _menu_texts(AppTest.from_string(script.replace("EXPANDED", "3")).run())[3:] == [
        "View 11 more"
    ]


def test_the_menu_moves_between_sidebar_and_toolbar() -> None:
    at = AppTest.from_string(
        "import nbstate as st\ndef a():\n    pass\ndef b():\n    pass\n"
        "st.navigation([a, b], position=st.session_state.get('where', 'top')).run()\n"
    ).run()
    app = at._app
    assert app.menu.widget in app.toolbar.children
    assert app.menu.side_column.layout.display == "none"
    at.session_state["where"] = "sidebar"
    at.run()
    assert app.menu.widget not in app.toolbar.children
    assert app.menu.side_column.children[:2] == (app.menu.toggle.collapse_button, app.menu.widget)
    assert app.menu.side_column.layout.display == "flex"
    at.session_state["where"] = "hidden"
    at.run()
    assert app.menu.widget.layout.display == "none"


@pytest.mark.parametrize(
    ("call", "kind", "value"),
    [
        ('st.pills("P", ["a", "b"], key="w", persist_state="session")', "button_group", "b"),
        (
            'st.segmented_control("P", ["a", "b"], key="w", persist_state="page")',
            "button_group",
            "b",
        ),
        ('st.feedback("stars", key="w", persist_state="session")', "feedback", 3),
        ('st.pagination(5, key="w", persist_state="session")', "pagination", 4),
        (
            'st.datetime_input("D", datetime.datetime(2020, 1, 1), key="w", persist_state="page")',
            "datetime_input",
            datetime.datetime(2021, 5, 6, 7, 8),
        ),
    ],
)
def test_persist_state_on_the_newer_widgets(call: str, kind: str, value: object) -> None:
    at = AppTest.from_string(
        "import datetime\nimport nbstate as st\n"
        f"if st.checkbox('show', key='show', value=True):\n    {call}\n"
    ).run()
    getattr(at, kind)(key="w").set_value(value).run()
    at.checkbox(key="show").uncheck().run()
    assert at.session_state["w"] == value
    at.checkbox(key="show").check().run()
    assert getattr(at, kind)(key="w").value == value


def test_navigation_in_an_app_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # st.app / AppTest.from_function: file pages are found in the working directory (in a
    # kernel, the notebook's folder)
    (tmp_path / "report.py").write_text("import nbstate as st\nst.title('Report file')\n")
    monkeypatch.chdir(tmp_path)

    def app() -> None:
        import nbstate as st

        def home() -> None:
            st.title("Home")

        st.navigation([st.Page(home), st.Page("report.py")]).run()

    at = AppTest.from_function(app).run()
    assert at.title[0].value == "Home"
    at.switch_page("report.py").run()
    assert at.title[0].value == "Report file"


def test_show_sidebar_navigation_false_hides_the_sidebar_menu() -> None:
    script = (
        "import nbstate as st\ndef a():\n    pass\ndef b():\n    pass\n"
        "st.set_option('client.showSidebarNavigation', SHOW)\n"
        "st.navigation([a, b]).run()\n"
    )
    from nbstate.testing.app_test import patch_options

    with patch_options({}):
        at = AppTest.from_string(script.replace("SHOW", "False")).run()
        assert at._app.menu.position == "hidden"
        at = AppTest.from_string(script.replace("SHOW", "True")).run()
        assert at._app.menu.position == "sidebar"
