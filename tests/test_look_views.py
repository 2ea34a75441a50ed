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


def _widget(at: AppTest, index: int = 0):
    return at._app.renderer.main.children[index].widget


def _bounds(widget) -> list[str]:
    return [c for c in widget._dom_classes if c.startswith(("nbstate-min-", "nbstate-max-"))]


@pytest.mark.parametrize(
    ("call", "bounds", "labelled"),
    [
        ("st.slider('S', 0, 100, 30)", ["nbstate-min-0", "nbstate-max-100"], False),
        ("st.slider('S', 0.0, 1.0, 0.5)", ["nbstate-min-0.00", "nbstate-max-1.00"], False),
        ("st.slider('S', -5, 5, (-1, 1))", ["nbstate-min--5", "nbstate-max-5"], False),
        (
            "st.select_slider('S', ['a b', 'mid', 'x/y'], 'mid')",
            ["nbstate-min-a%20b", "nbstate-max-x%2Fy"],
            True,
        ),
        (
            "import datetime as dt\n"
            "st.slider('S', dt.date(2024, 1, 1), dt.date(2024, 1, 3), dt.date(2024, 1, 2))",
            ["nbstate-min-2024-01-01", "nbstate-max-2024-01-03"],
            True,
        ),
    ],
)
def test_a_slider_gives_the_page_its_bound_texts(call: str, bounds: list[str], labelled: bool):
    """Streamlit writes min and max under the track: the view puts their texts (as the
    readout formats them, percent-encoded) in two classes the stylesheet's script reads."""
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    widget = _widget(at)
    assert _bounds(widget) == bounds
    assert ("nbstate-labelled-slider" in widget._dom_classes) is labelled
    assert "nbstate-widget" in widget._dom_classes  # the view's own classes stay


def test_new_bounds_replace_the_old_bound_classes():
    import ipywidgets as W

    from nbstate.views.slider_marks import bounds_classes

    widget = W.IntSlider(_dom_classes=("nbstate-widget", "nbstate-min-0", "nbstate-max-10"))
    assert bounds_classes(widget, "1", "20") == (
        "nbstate-widget",
        "nbstate-min-1",
        "nbstate-max-20",
    )
    widget._dom_classes = bounds_classes(widget, "a", "z", labelled=True)
    assert bounds_classes(widget, "0", "9") == ("nbstate-widget", "nbstate-min-0", "nbstate-max-9")
    widget.close()


def test_a_horizontal_radio_lays_its_options_in_a_row():
    at = AppTest.from_string(
        "import nbstate as st\nst.radio('R', ['a', 'b'], horizontal=True)\nst.radio('V', ['a'])"
    ).run()
    assert _widget(at, 0).orientation == "horizontal"
    assert _widget(at, 1).orientation == "vertical"


def test_metric_parts_carry_the_classes_the_stylesheet_styles():
    from nbstate.markup import element_html

    at = AppTest.from_string(
        "import nbstate as st\nst.metric('T', '70', '1.2')\nst.metric('L', '3', '-0.4')\n"
        "st.metric('O', '1', '2', delta_color='off')"
    ).run()
    shown = [element_html("metric", m.proto.props) for m in at.metric]
    for html, tone in zip(shown, ("good", "bad", "off"), strict=True):
        assert 'class="nbstate-metric-label"' in html and 'class="nbstate-metric-value"' in html
        assert f'class="nbstate-metric-delta nbstate-metric-{tone}"' in html
