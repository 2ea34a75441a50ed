"""st.dataframe: the ipydatagrid it shows, column_config in the grid, and selections.

Selection semantics were measured with Streamlit 1.67's AppTest (see
tests/differential/apps/dataframe_selection.py, which compares them directly).
"""

from __future__ import annotations

import copy
import pickle

import pandas as pd
import pytest
from ipydatagrid import DataGrid

from nbstate.api.dataframe import DataframeState, selection_state, to_frame
from nbstate.errors import NbStateIncompatibleParametersError, NbStateValueError
from nbstate.frontend_messages import custom_message
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError
from nbstate.views.datagrid import number_format, rects_from_selection, selection_from_rects

HEADER = "import nbstate as st, pandas as pd\n"


def _grid(at: AppTest, index: int = 0) -> DataGrid:
    element = at.dataframe[index].proto
    renderer = at._app.renderer
    if element.widget_id is not None:
        return renderer.widget_views[element.widget_id].widget
    views = [v for v in renderer._live if getattr(v, "widget", None) is not None]
    grids = [v.widget for v in views if isinstance(v.widget, DataGrid)]
    return grids[index]


def test_a_dataframe_is_an_ipydatagrid_with_every_row_and_right_aligned_numbers() -> None:
    at = AppTest.from_string(
        HEADER + "st.dataframe(pd.DataFrame({'n': range(5000), 's': ['x'] * 5000}))"
    ).run()
    grid = _grid(at)
    assert isinstance(grid, DataGrid)
    assert len(grid.data) == 5000  # every row reachable by scrolling, not the first 1,000
    assert grid.renderers["n"].horizontal_alignment == "right"
    assert "s" not in grid.renderers  # text stays left-aligned (the default renderer)
    assert grid.header_visibility == "all"  # a DataFrame's index is shown
    assert grid.layout.height == f"{11 * 35 + 3}px"  # height="auto": room for 10 rows
    assert grid.layout.width == "100%"


def test_column_config_labels_hides_orders_and_sizes_columns() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": [1.5, 2.25], "b": ["x", "y"], "c": [True, False]})
st.dataframe(df, column_order=["c", "a", "b"], hide_index=True, height=300, width=500,
    row_height=50, column_config={
        "a": st.column_config.NumberColumn("Amount", format="$%.2f", width="small"),
        "b": None,
        "c": "Flag",
    })
"""
    ).run()
    grid = _grid(at)
    assert list(grid.data.columns) == ["Flag", "Amount"]
    assert grid.column_widths == {"Amount": 75}
    assert grid.header_visibility == "column"
    assert grid.base_row_size == 50
    assert (grid.layout.height, grid.layout.width) == ("300px", "500px")
    assert grid.renderers["Amount"].text_value.value == "'$' + format(cell.value, '.2f') + ''"


def test_number_formats_become_d3_formats() -> None:
    assert number_format("%d") == ("", "d", "")
    assert number_format("%.1f%%") == ("", ".1f", "%")
    assert number_format("percent") == ("", ".2%", "")
    assert number_format("dollar") == ("$", ",.2f", "")
    assert number_format("plain") is None
    assert number_format(None) is None


def test_inputs_that_are_not_dataframes_hide_the_index_as_streamlit_does() -> None:
    import numpy as np

    frame, index_shown = to_frame([1, 2, 3])
    assert list(frame.columns) == ["value"] and not index_shown
    frame, index_shown = to_frame({"x": 1, "y": 2})
    assert list(frame.index) == ["x", "y"] and index_shown
    frame, index_shown = to_frame(np.arange(6).reshape(3, 2))
    assert frame.shape == (3, 2) and not index_shown
    frame, index_shown = to_frame([{"a": 1}, {"b": 2}])
    assert list(frame.columns) == ["a", "b"] and not index_shown
    at = AppTest.from_string(HEADER + "st.dataframe({'a': [1, 2]})").run()
    assert _grid(at).header_visibility == "column"


def test_a_rerun_with_the_same_frame_sends_no_data_again() -> None:
    at = AppTest.from_string(
        HEADER + "st.dataframe(pd.DataFrame({'a': range(100)}))\nst.button('again')"
    ).run()
    grid = _grid(at)
    sent = grid._data
    at.button[0].click().run()
    assert _grid(at) is grid
    assert grid._data is sent


def test_without_ipydatagrid_the_dataframe_is_static_html(monkeypatch) -> None:
    import nbstate.views.dataframe as views

    monkeypatch.setattr(views, "has_datagrid", lambda: False)
    at = AppTest.from_string(HEADER + "st.dataframe(pd.DataFrame({'a': [41, 42]}))").run()
    html_views = [v for v in at._app.renderer._live if isinstance(v, views.DataframeView)]
    assert "<table" in html_views[0].widget.value and "42" in html_views[0].widget.value


SELECTING = (
    HEADER
    + """
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
def changed():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.ev.selection.rows]
event = st.dataframe(df, key="ev", on_select=changed, selection_mode="multi-row")
st.session_state.seen = (event.selection.rows, event["selection"]["columns"], type(event).__name__)
"""
)


def test_a_selection_reruns_calls_the_callback_first_and_is_kept_under_the_key() -> None:
    at = AppTest.from_string(SELECTING).run()
    assert at.session_state.seen == ([], [], "DataframeState")
    assert at.dataframe[0].selection == selection_state()
    at.dataframe[0].select(rows=[2, 0]).run()  # sent as the grid sends it: rows in data order
    assert at.session_state.seen == ([0, 2], [], "DataframeState")
    assert at.session_state.log == [[0, 2]]
    assert at.session_state.ev == {"selection": {"rows": [0, 2], "columns": [], "cells": []}}
    assert _grid(at).selection_mode == "row"


def test_the_selection_arrives_from_the_grids_selections_trait() -> None:
    at = AppTest.from_string(SELECTING).run()
    grid = _grid(at)
    # What the browser's grid sends when the user selects rows 1 and 2 (as one rectangle).
    grid._handle_msg(
        {
            "content": {
                "data": {
                    "method": "update",
                    "state": {"selections": [{"r1": 1, "c1": 0, "r2": 2, "c2": 1}]},
                    "buffer_paths": [],
                }
            },
            "buffers": [],
        }
    )
    at.run()
    assert at.session_state.seen[0] == [1, 2]
    assert at.session_state.log == [[1, 2]]


def test_a_selection_set_through_session_state_is_shown_in_the_grid() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": [1, 2, 3]})
if "ev" not in st.session_state:
    st.session_state.ev = {"selection": {"rows": [1, 9]}}
st.session_state.got = st.dataframe(df, key="ev", on_select="rerun").selection.rows
"""
    ).run()
    assert at.session_state.got == [1]  # checked: row 9 does not exist
    assert _grid(at).selections == [{"r1": 1, "r2": 1, "c1": 0, "c2": 0}]


def test_selection_modes_map_to_the_grid_and_back() -> None:
    columns = ["a", "b", "c"]
    rects = [{"r1": 0, "c1": 1, "r2": 1, "c2": 2}]
    assert selection_from_rects(rects, ("multi-column",), columns, 3)["selection"]["columns"] == [
        "b",
        "c",
    ]
    cells = selection_from_rects(rects, ("multi-cell",), columns, 3)["selection"]["cells"]
    assert cells == [(0, "b"), (0, "c"), (1, "b"), (1, "c")]
    last = [{"r1": 2, "c1": 0, "r2": 2, "c2": 2}, {"r1": 0, "c1": 0, "r2": 0, "c2": 2}]
    assert selection_from_rects(last, ("single-row",), columns, 3)["selection"]["rows"] == [0]
    # A sorted grid: view row 0 shows data row 2.
    sorted_rows = selection_from_rects(rects, ("multi-row",), columns, 3, [2, 0, 1])
    assert sorted_rows["selection"]["rows"] == [0, 2]
    state = {"selection": {"rows": [2], "columns": ["c"], "cells": [(1, "a")]}}
    assert rects_from_selection(state, columns, 3) == [
        {"r1": 2, "r2": 2, "c1": 0, "c2": 2},
        {"r1": 0, "r2": 2, "c1": 2, "c2": 2},
        {"r1": 1, "r2": 1, "c1": 0, "c2": 0},
    ]


def test_single_row_required_selects_the_first_row_and_defaults_are_checked() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
st.session_state.req = st.dataframe(df, on_select="rerun", selection_mode="single-row-required")
st.session_state.cols = st.dataframe(df, on_select="rerun", selection_mode="multi-column",
    selection_default={"selection": {"columns": ["b", "zz", "b"], "rows": [1]}})
"""
    ).run()
    assert at.session_state.req.selection.rows == [0]
    assert at.session_state.cols == {"selection": {"rows": [], "columns": ["b"], "cells": []}}
    assert [g.selection_mode for g in (_grid(at, 0), _grid(at, 1))] == ["row", "column"]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"on_select": "rerun", "selection_mode": "rows"}, NbStateValueError, "Supported values"),
        (
            {"on_select": "rerun", "selection_mode": ["single-row", "multi-row"]},
            NbStateIncompatibleParametersError,
            "Only one row selection mode",
        ),
        (
            {"selection_default": {"selection": {"rows": [0]}}},
            NbStateIncompatibleParametersError,
            "Set `on_select` to `'rerun'` or a callback",
        ),
        ({"on_select": "sometimes"}, NbStateValueError, "Invalid `on_select` value"),
    ],
)
def test_bad_selection_parameters_are_clear_errors(kwargs, error, message) -> None:
    from nbstate.api.dataframe import dataframe

    with pytest.raises(error, match=message):
        dataframe(pd.DataFrame({"a": [1]}), **kwargs)


def test_the_returned_state_is_read_only_copyable_and_picklable() -> None:
    state = selection_state([1], ["a"], [(0, "a")])
    with pytest.raises(TypeError, match="Widget state is read-only"):
        state["selection"] = {}
    with pytest.raises(TypeError, match="read-only"):
        state.selection.update(rows=[])
    assert isinstance(copy.deepcopy(state), DataframeState)
    assert pickle.loads(pickle.dumps(state)) == state
    assert state.selection.cells == [(0, "a")]


def test_apptest_dataframe_is_read_only_as_in_streamlit() -> None:
    at = AppTest.from_string(HEADER + "st.dataframe(pd.DataFrame({'a': [1]}), key='d')").run()
    frame = at.dataframe[0]
    assert frame.editing_mode == "read_only"
    assert frame.selection is None
    assert list(frame.value["a"]) == [1]
    with pytest.raises(AppTestError, match="set_value\\(\\) is not supported for dataframe"):
        frame.set_value(1)
    with pytest.raises(AppTestError, match="on_select"):
        frame.select(rows=[0])


def test_link_image_and_checkbox_columns_get_their_renderers() -> None:
    from ipydatagrid import HyperlinkRenderer, ImageRenderer

    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"url": ["https://a.org"], "pic": ["https://a.org/p.png"], "ok": [True],
                   "site": ["https://b.org"]})
st.dataframe(df, column_config={
    "url": st.column_config.LinkColumn("Link"),
    "site": st.column_config.LinkColumn(display_text="Open"),
    "pic": st.column_config.ImageColumn(),
})
"""
    ).run()
    renderers = _grid(at).renderers
    assert isinstance(renderers["Link"], HyperlinkRenderer)
    assert renderers["Link"].url_name.value == "cell.value"
    assert renderers["site"].url_name.value == "'Open'"
    assert isinstance(renderers["pic"], ImageRenderer)
    assert "cell.value ?" in renderers["ok"].text_value.value  # booleans as checkmarks


def test_a_large_frame_is_streamed_and_a_selection_after_a_kernel_sort_maps_to_data_rows() -> None:
    from ipydatagrid import StreamingDataGrid
    from ipywidgets.widgets.widget import _remove_buffers

    from nbstate.frontend_messages import update_message

    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": range(50_000), "b": [1.0] * 50_000})
st.session_state.rows = st.dataframe(df, key="big", on_select="rerun").selection.rows
"""
    ).run()
    grid = _grid(at)
    assert isinstance(grid, StreamingDataGrid)
    _state, _paths, buffers = _remove_buffers(grid.get_state())
    assert sum(memoryview(b).nbytes for b in buffers) == 0  # rows go only when the page asks
    # The page sorts column "a" descending (the kernel sorts), then the user selects row 0.
    grid._handle_msg(
        update_message({"_transforms": [{"type": "sort", "column": "a", "desc": True}]})
    )
    grid._handle_msg(update_message({"selections": [{"r1": 0, "c1": 0, "r2": 0, "c2": 1}]}))
    at.run()
    assert at.session_state.rows == [49_999]


def test_row_requests_to_a_streamed_grid_log_no_error(caplog) -> None:
    at = AppTest.from_string(HEADER + "st.dataframe(pd.DataFrame({'a': range(30_000)}))").run()
    grid = _grid(at)
    sent: list = []
    grid.comm.send = lambda data=None, metadata=None, buffers=None: sent.append(data)  # no page
    with caplog.at_level("WARNING"):
        grid._handle_msg(custom_message(
            {"type": "data-request", "r1": 29_998, "r2": 29_999, "c1": 0, "c2": 0}))  # fmt: skip
    assert "Exception in callback" not in caplog.text
    assert any(d["content"]["event_type"] == "data-reply" for d in sent if d.get("content"))


def test_a_styler_shows_its_data() -> None:
    # Styler colours are not drawn yet; the grid shows the styled frame's data.
    at = AppTest.from_string(
        HEADER + "st.dataframe(pd.DataFrame({'a': [3, 1]}).style.highlight_max())"
    ).run()
    assert list(_grid(at).data["a"]) == [3, 1]


def test_cells_are_drawn_in_streamlits_14px_source_sans() -> None:
    at = AppTest.from_string(
        HEADER + "st.dataframe(pd.DataFrame({'n': [1, 2], 's': ['x', 'y'], 'b': [True, False]}),"
        " column_config={'b': st.column_config.CheckboxColumn()})"
    ).run()
    grid = _grid(at)
    assert grid.default_renderer.font == "14px 'Source Sans Pro', 'Source Sans 3', sans-serif"
    assert grid.renderers["n"].font == grid.default_renderer.font
    assert grid.renderers["b"].font == grid.default_renderer.font
