"""The sidebar's collapse (« at its top) and expand (» in the app's bar) buttons, and
st.set_page_config's initial_sidebar_state, as Streamlit 1.67 has them: a click shows or hides
the sidebar without a rerun; "collapsed" starts hidden, "locked" has no collapse button, a
number sets the sidebar's width; the user's choice outlasts later runs."""

from __future__ import annotations

from nbstate.testing import AppTest

SIDEBAR = 'import nbstate as st\n{config}\nst.sidebar.write("side")\nst.write("main")\n'


def _app(config: str = "") -> AppTest:
    return AppTest.from_string(SIDEBAR.format(config=config)).run()


def _shown(layout) -> bool:
    return layout.display != "none"


def test_collapse_and_expand_hide_and_show_the_sidebar_without_a_rerun() -> None:
    at = _app()
    app = at._app
    toggle, column = app.menu.toggle, app.menu.side_column
    assert column.children[0] is toggle.collapse_button
    assert app.toolbar.children[0] is toggle.expand_button
    assert _shown(column.layout) and _shown(toggle.collapse_button.layout)
    assert not _shown(toggle.expand_button.layout)
    runs = app.run_count

    toggle.click(collapse=True)
    assert not _shown(column.layout) and _shown(toggle.expand_button.layout)
    assert app.run_count == runs  # Streamlit's collapse does not rerun either
    at.run()
    assert not _shown(column.layout)  # the choice outlasts a rerun

    toggle.click(collapse=False)
    assert _shown(column.layout) and not _shown(toggle.expand_button.layout)
    assert app.run_count == runs + 1


def test_initial_sidebar_state_collapsed_starts_hidden_until_the_user_expands() -> None:
    at = _app('st.set_page_config(initial_sidebar_state="collapsed")')
    toggle, column = at._app.menu.toggle, at._app.menu.side_column
    assert not _shown(column.layout) and _shown(toggle.expand_button.layout)
    toggle.click(collapse=False)
    at.run()  # the script still asks for "collapsed": the user's choice wins
    assert _shown(column.layout)


def test_locked_has_no_collapse_button_and_a_width_sizes_the_sidebar() -> None:
    at = _app('st.set_page_config(initial_sidebar_state="locked")')
    toggle, column = at._app.menu.toggle, at._app.menu.side_column
    assert _shown(column.layout) and not _shown(toggle.collapse_button.layout)

    at = _app("st.set_page_config(initial_sidebar_state=420)")
    column = at._app.menu.side_column
    assert column.layout.width == "420px" and "nbstate-sidebar-sized" in column._dom_classes
    at = _app()
    column = at._app.menu.side_column
    assert column.layout.width == "28%" and "nbstate-sidebar-sized" not in column._dom_classes


def test_without_a_sidebar_neither_button_shows() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.set_page_config(initial_sidebar_state="collapsed")\nst.write(1)'
    ).run()
    toggle = at._app.menu.toggle
    assert not _shown(at._app.menu.side_column.layout)
    assert not _shown(toggle.expand_button.layout)


def test_page_config_calls_add_up_and_bad_states_say_what_is_allowed() -> None:
    at = AppTest.from_string(
        "import nbstate as st\n"
        'st.set_page_config(page_title="Demo", page_icon="🎈")\n'
        'st.set_page_config(layout="wide")\n'
        'st.write("x")'
    ).run()
    assert "🎈 Demo" in at._app.title.value  # the second call kept the first one's title
    assert at._app.widget.layout.max_width is None  # and made the layout wide
    at = _app("st.set_page_config(initial_sidebar_state=True)")
    assert "Supported values: 'auto', 'expanded', 'collapsed', 'locked'" in at.exception[0].value
    assert "Got True." in at.exception[0].value
