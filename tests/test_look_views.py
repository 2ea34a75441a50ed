"""What the views give the page for Streamlit's look (the CSS itself: tests/browser/test_look.py)."""

from __future__ import annotations

import pytest

from nbstate.testing import AppTest


@pytest.mark.parametrize(
    ("visibility", "description"),
    [("visible", "Name"), ("hidden", "\u00a0"), ("collapsed", "")],
)
def test_label_visibility_hidden_keeps_an_empty_label_row(visibility: str, description: str):
    """As in Streamlit: "hidden" keeps the label's space (empty), "collapsed" removes it."""
    at = AppTest.from_string(
        f"import nbstate as st\nst.text_input('Name', label_visibility={visibility!r})"
    ).run()
    widget = at._app.renderer.main.children[0].widget
    assert widget.description == description
    assert at.text_input[0].label == "Name"


def test_bordered_container_uses_the_theme_border_and_streamlit_padding():
    at = AppTest.from_string(
        "import nbstate as st\nwith st.container(border=True):\n    st.write('x')\n"
        "with st.container():\n    st.write('y')"
    ).run()
    boxed, plain = (view.widget.layout for view in at._app.renderer.main.children)
    assert boxed.border == "1px solid var(--nbstate-border, rgba(49, 51, 63, 0.2))"
    assert boxed.padding == "15px"
    assert (plain.border, plain.padding) in ((None, None), ("", ""))


def test_columns_leave_their_spacing_to_the_stylesheet():
    """No inline padding on a column: the row's 16 px gap (nbstate.css) separates them."""
    at = AppTest.from_string("import nbstate as st\na, b = st.columns(2)\na.write('a')").run()
    row = at._app.renderer.main.children[0]
    for column in row.children:
        assert column.widget.layout.padding in (None, "")
        assert column.widget.layout.min_width == "0"
