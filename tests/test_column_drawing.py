"""What the grid draws for st.column_config's progress, chart, list, multiselect and JSON
columns, ``pinned`` columns and a pandas Styler's colours; read-only column types and list edits in
st.data_editor.

Streamlit 1.67's rules come from its frontend (static/js/DataFrame.*.js in /work/st-venv):
progress defaults (0-100 "%3d%%" for integers, 0-1 "percent" otherwise), "Invalid min/max
parameters" cells, chart y-axes and "Invalid min/max y-axis configuration", JSON cells as
compact JSON text. The Python side raises nothing for bad min/max (checked with
``streamlit.column_config.ProgressColumn(min_value=5, max_value=1)``).
"""

from __future__ import annotations

import pandas as pd
from ipydatagrid import BarRenderer, TextRenderer

import nbstate as st
from nbstate.frontend_messages import custom_message
from nbstate.testing import AppTest
from nbstate.views.cell_text import FALLING, json_text, list_text, sparkline

HEADER = "import nbstate as st, pandas as pd\n"


def _grid(at: AppTest, index: int = 0):
    views = [v for v in at._app.renderer._live if getattr(v, "widget", None) is not None]
    from ipydatagrid import DataGrid

    return [v.widget for v in views if isinstance(v.widget, DataGrid)][index]


def test_progress_columns_are_bar_renderers_with_streamlits_defaults() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"i": [5, 50, 120], "f": [0.25, 0.5, None], "c": [1.0, 2.0, 3.0]})
st.dataframe(df, column_config={
    "i": st.column_config.ProgressColumn(),
    "f": st.column_config.ProgressColumn(color="blue"),
    "c": st.column_config.ProgressColumn(min_value=1, max_value=3, format="$%.1f"),
})
"""
    ).run()
    grid = _grid(at)
    integers, floats, custom = (grid.renderers[c] for c in ("i", "f", "c"))
    assert all(isinstance(r, BarRenderer) for r in (integers, floats, custom))
    # Integers: 0..100 shown as "%3d%%"; floats: 0..1 shown as a percent.
    assert integers.bar_value.value == (
        "isValid(cell.value) ? clamp((cell.value - 0) / 100, 0, 1) : 0"
    )
    assert integers.text_value.value == (
        "isValid(cell.value) ? '' + format(cell.value, '3d') + '%' : ''"
    )
    assert floats.bar_value.value == "isValid(cell.value) ? clamp((cell.value - 0) / 1, 0, 1) : 0"
    assert "format(cell.value, '.2%')" in floats.text_value.value
    assert custom.bar_value.value == "isValid(cell.value) ? clamp((cell.value - 1) / 2, 0, 1) : 0"
    assert custom.text_value.value == (
        "isValid(cell.value) ? '$' + format(cell.value, '.1f') + '' : ''"
    )
    assert integers.horizontal_alignment == "right"
    assert integers.bar_color == "rgba(255, 75, 75, 0.5)"  # the primary colour, half opaque
    assert floats.bar_color == "rgba(28, 131, 225, 0.5)"  # Streamlit's blue
    assert list(grid.data["i"]) == [5, 50, 120]  # values above max are clamped when drawn


def test_progress_auto_colour_is_green_above_half_and_bad_min_max_are_error_cells() -> None:
    config = {
        "a": st.column_config.ProgressColumn(color="auto", max_value=10),
        "b": st.column_config.ProgressColumn(min_value=5, max_value=1),  # Streamlit: no raise
    }
    at = AppTest.from_string(HEADER + "st.dataframe(pd.DataFrame({'a': [1], 'b': [2]}), "
                             f"column_config={config!r})").run()  # fmt: skip
    grid = _grid(at)
    assert grid.renderers["a"].bar_color.value == (
        "clamp((cell.value - 0) / 10, 0, 1) > 0.5 ? 'rgba(33, 195, 84, 0.5)' "
        ": 'rgba(255, 75, 75, 0.5)'"
    )
    error = grid.renderers["b"]
    assert isinstance(error, TextRenderer) and not isinstance(error, BarRenderer)
    assert error.text_value.value == "isValid(cell.value) ? 'Invalid min/max parameters' : ''"


def test_sparklines_scale_as_streamlits_chart_cells() -> None:
    assert sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█"
    assert sparkline([3, 3]) == "██"  # one repeated value: the axis runs from 0
    assert sparkline([0, 0]) == "▁▁"  # all zero: axis 0..1
    assert sparkline([0, 1], y_max=2) == "▁▅"  # 1 on a 0..2 axis is at half height
    assert sparkline([0, 10], y_min=0, y_max=5) == "▁█"  # values beyond the axis are rescaled
    assert sparkline([1, 2], y_min=3, y_max=3) == "Invalid min/max y-axis configuration"
    assert sparkline([1, "x"]) == "1,x"  # not numbers: Streamlit's error cell shows the values
    assert sparkline([]) == "" and sparkline(None) == ""
    assert sparkline("[1, 3]") == "▁█"  # a JSON array text is read as Streamlit reads it
    assert len(sparkline(list(range(1000)))) == 40  # long series are averaged into 40 blocks
    assert sparkline([2, 1], color="auto").endswith(FALLING)  # falling: drawn red
    assert not sparkline([1, 2], color="auto").endswith(FALLING)
    assert sparkline([1, 2], color="auto-inverse").endswith(FALLING)  # rising: red


def test_chart_columns_draw_coloured_sparklines_in_the_grid() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"l": [[1, 5, 3], [4, 2]], "b": [[1, 2], None], "a": [[2, 1], [1, 2]]})
st.dataframe(df, column_config={
    "l": st.column_config.LineChartColumn(),
    "b": st.column_config.BarChartColumn(color="green", y_min=0, y_max=4),
    "a": st.column_config.AreaChartColumn(color="auto"),
})
"""
    ).run()
    grid = _grid(at)
    assert list(grid.data["l"]) == ["▁█▅", "█▁"]
    assert list(grid.data["b"]) == ["▃▅", ""]  # 1 and 2 on a 0..4 axis
    assert list(grid.data["a"]) == ["█▁" + FALLING, "▁█"]
    assert grid.renderers["l"].text_color == "#ff4b4b"  # the primary colour by default
    assert grid.renderers["b"].text_color == "#21c354"
    assert grid.renderers["a"].text_color.value == (
        f"indexof(cell.value, '{FALLING}') >= 0 ? '#ff4b4b' : '#21c354'"
    )


def test_list_multiselect_and_json_columns_are_drawn_as_text() -> None:
    assert list_text(["a", "b"]) == "a, b"
    assert list_text("x,y") == "x,y".replace(",", ", ")  # a text is split at commas
    assert list_text('["p", 2]') == "p, 2"
    assert list_text(None) == "" and list_text(float("nan")) == ""
    assert json_text({"a": [1, 2]}) == '{"a":[1,2]}'
    assert json_text('{"x":\n 1}') == '{"x":  1}'  # a text as it is, on one line
    assert json_text(None) == ""
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"t": [["a", "b"], []], "m": [["x", "y"], ["y"]], "j": [{"k": 1}, [1]]})
st.dataframe(df, column_config={
    "t": st.column_config.ListColumn(),
    "m": st.column_config.MultiselectColumn(options=["x", "y"], format_func=str.upper),
    "j": st.column_config.JsonColumn(),
})
"""
    ).run()
    grid = _grid(at)
    assert list(grid.data["t"]) == ["a, b", ""]
    assert list(grid.data["m"]) == ["X, Y", "Y"]  # options' labels, as Streamlit's chips
    assert list(grid.data["j"]) == ['{"k":1}', "[1]"]


def test_pinned_columns_come_first_and_help_sets_no_tooltip() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
st.dataframe(df, column_order=["b", "a", "c"], column_config={
    "a": st.column_config.NumberColumn("A", help="first"),
    "c": st.column_config.Column(pinned=True, help="pinned"),
})
"""
    ).run()
    grid = _grid(at)
    assert list(grid.data.columns) == ["c", "b", "A"]  # pinned first, then column_order
    # ipydatagrid has no header tooltips, and its view fails to draw with the DOMWidget
    # tooltip set (measured in JupyterLab), so help texts are not shown.
    assert grid.tooltip is None


EDITOR = """
import nbstate as st, pandas as pd
df = pd.DataFrame({"t": [["a"]], "m": [["x"]], "p": [0.5]})
out = st.data_editor(df, key="ed", column_config={
    "t": st.column_config.ListColumn(),
    "m": st.column_config.MultiselectColumn(options=["x", "y"]),
    "p": st.column_config.ProgressColumn(),
})
st.session_state.out = out.to_dict("list")
"""


def _edit(at: AppTest, column_index: int, value: object) -> AppTest:
    grid = at._app.renderer.widget_views[at.data_editor[0].id].grid
    message = {"event_type": "cell-changed", "row": 0, "column_index": column_index,
               "value": value}  # fmt: skip
    grid._handle_msg(custom_message(message))
    return at.run()


def test_editing_list_cells_splits_at_commas_and_read_only_types_refuse_edits() -> None:
    at = AppTest.from_string(EDITOR).run()
    assert list(at._app.renderer.widget_views[at.data_editor[0].id].grid.data["t"]) == ["a"]
    _edit(at, 0, "a, b ,c")
    _edit(at, 1, "y, z, y")  # z is no option; y once
    _edit(at, 2, 0.9)  # a progress column is read-only in Streamlit
    assert at.session_state.ed["edited_rows"] == {0: {"t": ["a", "b", "c"], "m": ["y"]}}
    assert at.session_state.out == {"t": [["a", "b", "c"]], "m": [["y"]], "p": [0.5]}
    _edit(at, 1, "z")  # nothing left: refused
    assert at.session_state.ed["edited_rows"][0]["m"] == ["y"]


def test_a_frame_with_text_columns_keeps_its_original_data() -> None:
    df = pd.DataFrame({"l": [[1, 2]]})
    at = AppTest.from_string(
        HEADER + "df = pd.DataFrame({'l': [[1, 2]]})\n"
        "st.dataframe(df, column_config={'l': st.column_config.LineChartColumn()})\n"
        "st.session_state.after = df['l'][0]"
    ).run()
    assert at.session_state.after == [1, 2] == df["l"][0]


def test_a_stylers_background_and_text_colours_are_drawn_by_data_row() -> None:
    at = AppTest.from_string(
        HEADER
        + """
df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": ["x", "y", "z"], "c": [1, 2, 3]})
styled = (df.style.background_gradient(subset=["a"])
          .map(lambda v: "color: red" if v == "y" else "", subset=["b"]))
st.dataframe(styled)
"""
    ).run()
    grid = _grid(at)
    by_row = "[cell.metadata.data['ipydguuid']] || default_value"
    a, b = grid.renderers["a"], grid.renderers["b"]
    # matplotlib's PuBu as pandas computes it, each colour on its data row (sorting in the
    # page keeps them there: ipydguuid is the row's position in the data)
    assert a.background_color.value == '["#fff7fb", "#73a9cf", "#023858"]' + by_row
    assert a.text_color.value == '["#000000", "#f1f1f1", "#f1f1f1"]' + by_row
    assert a.horizontal_alignment == "right"  # still a number column
    assert b.text_color.value == '[null, "red", null]' + by_row
    assert grid.renderers["c"].background_color.value == "default_value"  # unstyled
    plain = AppTest.from_string(HEADER + "st.dataframe(pd.DataFrame({'a': [1.0]}))").run()
    assert "[cell.metadata" not in repr(_grid(plain).renderers["a"].background_color)
