"""st.popover, st.space and st.container's Streamlit 1.67 layout parameters (issue 19).

Values and errors as measured with Streamlit 1.67's AppTest
(tests/differential/apps/popover_space_container.py compares the two directly).
"""

from __future__ import annotations

import ipywidgets as W
import pytest

from nbstate.errors import NbStateAPIException
from nbstate.frontend_messages import update_message
from nbstate.testing import AppTest
from nbstate.views import ContainerView, PopoverBoxView, PopoverView, SpaceView

POPOVERS = """
import nbstate as st
def opened():
    st.session_state.opens = st.session_state.get("opens", 0) + 1
p = st.popover("Open", help="h", key="pop", on_change=opened)
with p:
    st.write("inside")
    st.button("in pop")
p.markdown("method")
q = st.popover("Plain")
q.text("t")
st.session_state.seen = (type(p).__name__, p.open, q.open)
"""


def _view(at: AppTest, cls: type) -> object:
    views = [v for v in at._app.renderer._live if type(v) is cls]
    assert len(views) == 1
    return views[0]


def test_popover_with_and_method_forms_and_open_state() -> None:
    at = AppTest.from_string(POPOVERS).run()
    assert [b.type for b in at.main.children[:2]] == ["popover", "popover"]
    assert at.markdown.values == ["inside", "method"] and at.text.values == ["t"]
    assert at.button.len == 1
    # Streamlit 1.67: a stateful popover's key holds False until it is opened; .open tells it
    assert at.session_state.seen == ("PopoverContainer", False, None)
    assert at.session_state.to_dict() == {"pop": False, "seen": ("PopoverContainer", False, None)}
    at.session_state.pop = True
    at.run()
    assert at.session_state.seen[1] is True


def test_opening_a_stateful_popover_in_the_page_reruns_with_its_callback() -> None:
    at = AppTest.from_string(POPOVERS).run()
    view = _view(at, PopoverView)
    assert view.inner.layout.display == "none"
    view.button._handle_msg(update_message({"value": True}))  # the user opens it
    at.run()
    assert at.session_state.seen[1] is True and at.session_state.opens == 1
    assert view.inner.layout.display == ""
    assert isinstance(view.widget, W.VBox) and view.inner.children  # its elements inside


def test_a_popover_that_ignores_changes_opens_in_the_page_alone() -> None:
    at = AppTest.from_string(POPOVERS).run()
    view = _view(at, PopoverBoxView)
    assert view.inner.layout.display == "none"
    view.button._handle_msg(update_message({"value": True}))
    assert view.inner.layout.display == ""
    assert at.session_state.get("opens") is None


def test_space_sizes() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.space()\nst.space("large")\nst.space(30)\nst.space("stretch")'
    ).run()
    assert [(s.type, s.value, s.size) for s in at.space] == [
        ("space", "small", "small"),
        ("space", "large", "large"),
        ("space", 30, 30),
        ("space", "stretch", "stretch"),
    ]
    heights = [v.widget.layout.height for v in at._app.renderer.main.children]
    assert heights == ["0.75rem", "4.25rem", "30px", ""]
    assert all(type(v) is SpaceView for v in at._app.renderer.main.children)


def test_container_layout_parameters() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
row = st.container(horizontal=True, gap="large", horizontal_alignment="distribute", key="r")
row.button("a"); row.button("b")
box = st.container(height=120, vertical_alignment="center")
box.text("x")
flat = st.container(height=90, border=False, width=300)
"""
    ).run()
    row, box, flat = at._app.renderer.main.children
    assert all(type(v) is ContainerView for v in (row, box, flat))
    assert (row.widget.layout.flex_flow, row.widget.layout.justify_content) == (
        "row wrap",
        "space-between",
    )
    assert row.widget.layout.grid_gap == "4rem"
    # a fixed height scrolls and has a border unless border=False (Streamlit 1.67)
    assert (box.widget.layout.height, box.widget.layout.overflow) == ("120px", "auto")
    assert box.widget.layout.border and box.widget.layout.justify_content == "center"
    assert flat.widget.layout.border == "" and flat.widget.layout.width == "300px"
    assert [c.type for c in at.main.children] == ["flex_container"] * 3


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.container(gap="huge")', "gap='huge'.*'xxsmall'"),
        ('st.container(horizontal_alignment="middle")', "'left', 'center', 'right', 'distribute'"),
        ('st.container(vertical_alignment="left")', "'top', 'center', 'bottom', 'distribute'"),
        ("st.container(height=-3)", "height=-3"),
        ('st.container(width="wide")', "width='wide'"),
        ('st.space("big")', "size='big'"),
        ("st.space(0)", "size=0"),
        ('st.popover("x", type="big")', "'primary', 'secondary', 'tertiary'"),
        ('st.popover("x", on_change="bogus")', "'ignore', 'rerun', a callback"),
    ],
)
def test_bad_layout_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)


def test_a_stateful_popover_in_a_form_refuses_a_callback() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nwith st.form("f"):\n    st.popover("p", on_change=print)\n'
        "    st.form_submit_button()"
    ).run()
    assert "callbacks can only be defined on `st.form_submit_button`" in at.exception[0].value


def test_grid_cells_spans_and_parameters_as_in_streamlit() -> None:
    # Measured with Streamlit 1.67's AppTest (tests/differential/apps/grid.py compares more)
    at = AppTest.from_string(
        """
import nbstate as st
g = st.grid(3, gap=("small", 10), border=True, key="g", row_height=80, dense=True)
g.text("a")
with g.cell(column_span=2, row_span=2):
    st.text("b")
    st.text("c")
g.cell(column_span="all").text("d")
auto = st.grid()
st.session_state.kind = type(g).__name__
"""
    ).run()
    grid = at.grid[0]
    assert (grid.type, grid.column_count, grid.wrap, grid.border, grid.gap, grid.key) == (
        "grid_container", 3, True, True, ("small", 10), "g",
    )  # fmt: skip
    assert (grid.row_height, grid.min_column_width, grid.dense, grid.width, grid.height) == (
        80, "auto", True, "stretch", "content",
    )  # fmt: skip
    assert [c.type for c in grid.children] == ["text", "flex_container", "flex_container"]
    assert at.grid[1].column_count == "auto" and at.session_state.kind == "GridContainer"
    assert len(at.container) == 0  # as in Streamlit, cells are not listed as containers
    view = at._app.renderer.main.children[0]
    layout = view.widget.layout
    assert (layout.display, layout.grid_gap, layout.grid_auto_rows) == ("grid", "1rem 10px", "80px")
    assert layout.grid_auto_flow == "row dense"
    spans = [(c.widget.layout.grid_column, c.widget.layout.grid_row) for c in view.children[1:]]
    assert spans == [("span 2", "span 2"), ("1 / -1", "span 1")]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.grid(0)", r"set to 0, is outside the required range \[1, 24\]"),
        ('st.grid("x")', '"auto", an integer from 1 to 24'),
        ("st.grid(wrap=False)", '`columns="auto"` and `wrap=False` cannot be used together'),
        ('st.grid(2, vertical_alignment="middle")', "'top', 'center', 'bottom'"),
        ("st.grid(2, row_height=0)", '"content", a positive integer'),
        ("st.grid(2, min_column_width=0)", '"auto", a positive integer'),
        ("st.grid(2, gap=(1, 2, 3))", "a sequence with 3 elements"),
        ('st.grid(2, border="y")', "border='y'"),
        ("st.grid(2).cell(column_span=3)", r"set to 3, is outside the required range \[1, 2\]"),
    ],
)
def test_bad_grid_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)
