"""st.echarts_chart (Streamlit 1.67): the option reaches ipecharts' widget, the widget is kept
across reruns, selections come back as Streamlit's EChartsState, and bad specs raise
Streamlit's errors (each message below was read off Streamlit 1.67's AppTest running the same
script with ``import streamlit as st``)."""

from __future__ import annotations

import sys

import ipecharts
import pytest

from nbstate.testing import AppTest

PRE = """
import nbstate as st
opt = {"xAxis": {"type": "category", "data": ["a", "b", "c"]}, "yAxis": {"type": "value"},
       "series": [{"type": "bar", "data": [1, 2, 3], "selectedMode": "multiple", "name": "S"}]}
"""


def run(body: str) -> AppTest:
    return AppTest.from_string(PRE + body).run()


def chart_widgets(at: AppTest) -> list:
    """The ipecharts widgets the app's main area shows, in page order."""
    found, stack = [], [at._app.renderer.main]
    while stack:
        view = stack.pop(0)
        chart = getattr(view, "chart", None)
        if isinstance(chart, ipecharts.EChartsRawWidget):
            assert chart in view.widget.children  # in the box that carries nbstate's classes
            found.append(chart)
        stack[:0] = view.children
    return found


def test_the_option_reaches_the_widget_with_streamlits_palette_size_and_renderer() -> None:
    at = run('st.echarts_chart(opt, renderer="svg", width=500, key="c")')
    assert not at.exception
    (widget,) = chart_widgets(at)
    assert widget.option["series"][0]["data"] == [1, 2, 3]
    assert widget.option["color"][0] == "#0068c9"  # theme="streamlit"
    assert widget.renderer == "svg"
    assert widget.style == {"width": "500px", "height": "350px"}  # height "content": 350


def test_theme_none_keeps_echarts_colours_and_alt_becomes_the_aria_description() -> None:
    at = run('st.echarts_chart(opt, theme=None, alt="  Sales by month ", key="c")')
    (widget,) = chart_widgets(at)
    assert "color" not in widget.option
    assert widget.option["aria"] == {"enabled": True, "label": {"description": "Sales by month"}}


def test_a_json_string_a_pyecharts_like_chart_and_a_dataframe_dataset() -> None:
    at = run(
        "import json, pandas as pd\n"
        "class Pye:\n"
        "    def dump_options(self):\n"
        "        return json.dumps(opt)\n"
        'st.echarts_chart(json.dumps(opt), key="a")\n'
        'st.echarts_chart(Pye(), key="b")\n'
        'df = pd.DataFrame({"m": ["a", "b"], "v": [1.5, None]})\n'
        'st.echarts_chart({"dataset": {"source": df}, "series": [{"type": "bar"}]}, key="c")\n'
    )
    assert not at.exception
    a, b, c = chart_widgets(at)
    assert (
        a.option["series"]
        == b.option["series"]
        == [{"type": "bar", "data": [1, 2, 3], "selectedMode": "multiple", "name": "S"}]
    )
    assert c.option["dataset"]["source"] == [["m", "v"], ["a", 1.5], ["b", None]]


def test_the_widget_is_reused_across_reruns_and_a_new_option_is_set_on_it() -> None:
    script = (
        'n = st.number_input("n", value=1, key="n")\n'
        'st.echarts_chart({"series": [{"type": "bar", "data": [n, 2]}]})\n'
    )
    at = AppTest.from_string("import nbstate as st\n" + script).run()
    (first,) = chart_widgets(at)
    at.run()
    assert chart_widgets(at) == [first] and chart_widgets(at)[0] is first
    at.number_input(key="n").set_value(5).run()
    (again,) = chart_widgets(at)
    assert again is first
    assert first.option["series"][0]["data"] == [5, 2]


def test_a_new_renderer_builds_a_new_widget() -> None:
    at = AppTest.from_string(
        "import nbstate as st\n"
        'r = st.selectbox("r", ["canvas", "svg"], key="r")\n'
        'st.echarts_chart({"series": [{"type": "bar", "data": [1]}]}, renderer=r)\n'
    ).run()
    (first,) = chart_widgets(at)
    at.selectbox(key="r").set_value("svg").run()
    (second,) = chart_widgets(at)
    assert second is not first and second.renderer == "svg"


def test_on_select_returns_the_empty_state_and_without_it_a_handle() -> None:
    # Streamlit 1.67: "{'selection': {'selected': [], 'areas': []}} EChartsState []" and
    # a DeltaGenerator (nbstate: its element handle)
    at = run(
        'ev = st.echarts_chart(opt, on_select="rerun", key="ch")\n'
        "st.write(repr(ev), type(ev).__name__, repr(ev.selection.selected))\n"
        "h = st.echarts_chart(opt)\n"
        "st.write(h is not None)\n"
    )
    assert not at.exception
    assert at.markdown[0].value == "{'selection': {'selected': [], 'areas': []}} EChartsState []"
    assert at.session_state["ch"] == {"selection": {"selected": [], "areas": []}}


def test_a_selection_from_the_page_reruns_with_it_after_the_callback() -> None:
    at = run(
        "def picked():\n"
        "    st.session_state.calls = st.session_state.get('calls', 0) + 1\n"
        'ev = st.echarts_chart(opt, on_select=picked, key="ch")\n'
        "st.write(ev.selection.selected, ev.selection.areas)\n"
    )
    selection = {
        "selected": [
            {
                "series_index": 0,
                "series_id": None,
                "series_name": "S",
                "data_type": "main",
                "data_indices": [0, 2],
            }
        ],
        "areas": [{"brush_index": 0, "brush_type": "lineX", "coord_range": [0, 2]}],
    }
    at.get("echarts_chart")[0].set_value({"selection": selection}).run()
    assert not at.exception
    assert at.session_state["calls"] == 1
    assert at.session_state["ch"]["selection"] == selection
    assert at.session_state["ch"].selection.selected[0]["data_indices"] == [0, 2]


def test_echarts_events_become_streamlits_selection() -> None:
    from nbstate.views.echarts import selection_of

    native = [
        {"seriesIndex": 0, "dataIndex": [2, 0]},
        {"seriesIndex": 1, "dataIndex": []},  # ECharts lists empty series too
        {"seriesIndex": 2, "dataIndex": [0], "dataType": "edge"},  # a graph: edges after nodes
        {"seriesIndex": 2, "dataIndex": [3], "dataType": "node"},
    ]
    batch = [
        {
            "brushIndex": 1,
            "areas": [
                {"brushType": "rect", "coordRange": [[0, 1], [2, 3]]},
                {"brushType": "polygon", "range": [[1, 2]]},  # pixels only: left out
            ],
            "selected": [{"seriesIndex": 0, "dataIndex": [1]}],
        },
        {  # a brush whose areas are all in pixels selects nothing (Streamlit's frontend)
            "brushIndex": 0,
            "areas": [{"brushType": "rect", "range": [[0, 5], [0, 5]]}],
            "selected": [{"seriesIndex": 0, "dataIndex": [4]}],
        },
    ]
    state = selection_of(native, batch, [("sales", "Sales"), (None, None), (None, "G")])
    assert state == {
        "selection": {
            "selected": [
                {
                    "series_index": 0,
                    "series_id": "sales",
                    "series_name": "Sales",
                    "data_type": "main",
                    "data_indices": [0, 1, 2],
                },
                {
                    "series_index": 2,
                    "series_id": None,
                    "series_name": "G",
                    "data_type": "node",
                    "data_indices": [3],
                },
                {
                    "series_index": 2,
                    "series_id": None,
                    "series_name": "G",
                    "data_type": "edge",
                    "data_indices": [0],
                },
            ],
            "areas": [{"brush_index": 1, "brush_type": "rect", "coord_range": [[0, 1], [2, 3]]}],
        }
    }


def test_the_selection_is_reported_through_ipecharts_event_messages() -> None:
    at = run('ev = st.echarts_chart(opt, on_select="rerun", key="ch")\nst.write(repr(ev))')
    (widget,) = chart_widgets(at)
    from nbstate.frontend_messages import custom_message

    widget._handle_msg(custom_message({"action": "widget_init"}))  # the page drew it
    (handler_id,) = widget._event_handlers["selectchanged"]
    params = {"type": "selectchanged", "selected": [{"seriesIndex": 0, "dataIndex": [1]}]}
    payload = {"event": "selectchanged", "handlerId": handler_id, "params": params}
    widget._handle_msg(custom_message({"action": "event_handler_params", "payload": payload}))
    at._app.process_events()
    assert at.session_state["ch"]["selection"]["selected"][0]["data_indices"] == [1]


STREAMLIT_ERRORS = {
    "st.echarts_chart([1])": "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. "
    "Provided type: list.",
    'st.echarts_chart("[1]")': "Invalid `spec` type. Expected one of: dict. Provided type: list. "
    "An ECharts spec must be a JSON object (mapping).",
    'st.echarts_chart("{bad")': "The provided ECharts spec could not be parsed as JSON. "
    "`st.echarts_chart` only supports JSON-compatible option objects.",
    'st.echarts_chart(\'{"tooltip": {"formatter": function (p) { return p; }}}\')': "The "
    "provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), "
    "which `st.echarts_chart` does not support. Only JSON-compatible option objects are "
    "supported. Use ECharts string-template formatters instead of JavaScript functions.",
    'st.echarts_chart({"series": [{"type": "scatter3D"}]})': "The provided ECharts spec uses "
    "the `scatter3D` series, which requires the ECharts GL extension. `st.echarts_chart` does "
    "not support 3D or WebGL charts.",
    'st.echarts_chart({"series": [{"type": "wordCloud"}]})': "The provided ECharts spec uses "
    "the `wordCloud` series, which requires the `echarts-wordcloud` extension. "
    "`st.echarts_chart` bundles only core ECharts, so this chart would render empty.",
    'st.echarts_chart({"series": [{"type": "custom"}]})': "The provided ECharts spec uses a "
    "`custom` series, which requires a JavaScript `renderItem` callback. `st.echarts_chart` "
    "only supports JSON-compatible option objects, so custom series are not supported.",
    'st.echarts_chart({"series": [{"type": "map"}]})': "The provided ECharts spec uses a map or "
    "geo coordinate system, which requires registering GeoJSON map data. `st.echarts_chart` "
    "does not support map charts.",
    'st.echarts_chart({"series": [{"type": "bar", "data": [1, float("nan")]}]})': "The provided "
    "ECharts spec is not JSON-serializable. `series[0].data[1]` is `NaN`. Use `None` for "
    "missing or non-finite numbers. `st.echarts_chart` only supports JSON-compatible option "
    "objects. Pass chart data as a dataframe in `dataset.source`, which converts datetimes, "
    "NumPy values, and missing values automatically. Values anywhere else (for example "
    "`series.data`) must already be plain Python values such as `int`, `float`, `str`, `None`, "
    "lists, and dicts.",
    'import numpy as np\nst.echarts_chart({"series": [{"type": "bar", "data": [np.int64(1)]}]})': "The provided ECharts spec is not JSON-serializable. `series[0].data[0]` is a "
    "`numpy.int64`. Convert it with `int()`, `float()`, or `bool()`. `st.echarts_chart` only "
    "supports JSON-compatible option objects. Pass chart data as a dataframe in "
    "`dataset.source`, which converts datetimes, NumPy values, and missing values "
    "automatically. Values anywhere else (for example `series.data`) must already be plain "
    "Python values such as `int`, `float`, `str`, `None`, lists, and dicts.",
    'st.echarts_chart(opt, theme="dark")': "Invalid `theme` value. Supported values: "
    "'streamlit', None.",
    'st.echarts_chart(opt, renderer="webgl")': "Invalid `renderer` value. Supported values: "
    "'canvas', 'svg'.",
    'st.echarts_chart(opt, on_select="yes")': "Invalid `on_select` value. Supported values: "
    "'rerun', 'ignore', a callback function.",
    "st.echarts_chart(opt, width=0)": "Invalid width value: 0. Width must be either a positive "
    "integer (pixels), 'stretch', or 'content'.",
    'st.echarts_chart(opt, height="auto")': "Invalid height value: 'auto'. Height must be "
    "either a positive integer (pixels), 'stretch', or 'content'.",
    'st.echarts_chart(opt, key="a")\nst.echarts_chart(opt, key="a")': "There are multiple "
    "elements with the same `key='a'`. To fix this, please make sure that the `key` argument "
    "is unique for each element you create.",
}


@pytest.mark.parametrize("body", list(STREAMLIT_ERRORS))
def test_streamlits_errors(body: str) -> None:
    at = run(body)
    assert [e.value for e in at.exception] == [STREAMLIT_ERRORS[body]]


def test_the_same_chart_twice_without_a_key_is_an_error_only_when_selecting() -> None:
    at = run("st.echarts_chart(opt)\nst.echarts_chart(opt)")
    assert not at.exception  # no key, no selection: no id, as in Streamlit
    at = run('st.echarts_chart(opt, on_select="rerun")\nst.echarts_chart(opt, on_select="rerun")')
    assert "multiple `echarts_chart` elements with the same auto-generated ID" in str(
        at.exception[0].value
    )


def test_missing_ipecharts_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ipecharts", None)
    at = run("st.echarts_chart(opt)")
    assert r"pip install nbstate[echarts]" in str(at.exception[0].value)


def test_the_chart_sits_in_a_box_carrying_nbstates_classes() -> None:
    # ipecharts' view drops its own widget's _dom_classes (measured in JupyterLab 4): the
    # key class, which page CSS and the browser tests find a chart by, is on the box
    at = run('st.echarts_chart(opt, on_select="rerun", key="sales")')
    (view,) = [v for v in at._app.renderer.widget_views.values() if hasattr(v, "chart")]
    assert {"nbstate-element", "nbstate-key-sales"} <= set(view.widget._dom_classes)
    assert view.widget.children == (view.chart,)


def test_series_ids_and_names_come_from_the_options_series_by_index() -> None:
    from nbstate.api.echarts import series_names

    two = {"series": [{"type": "bar", "id": "a"}, {"type": "line", "name": "L"}]}
    assert series_names(two) == [("a", None), (None, "L")]
    timeline = {"baseOption": {"series": {"type": "bar", "name": "B"}}, "options": [{}]}
    assert series_names(timeline) == [(None, "B")]


def test_content_size_takes_a_pyecharts_charts_own_width_and_height() -> None:
    at = run(
        "import json\n"
        "class Pye:\n"
        "    def __init__(self, width, height):\n"
        "        self.width, self.height = width, height\n"
        "    def dump_options(self):\n"
        "        return json.dumps(opt)\n"
        'st.echarts_chart(Pye("640px", "300px"), width="content", key="a")\n'
        'st.echarts_chart(Pye("900px", "500px"), width="content", key="b")\n'  # its defaults
        'st.echarts_chart(Pye("100%", "20em"), width="content", key="c")\n'
    )
    assert not at.exception
    styles = [w.style for w in chart_widgets(at)]
    assert styles == [
        {"width": "640px", "height": "300px"},
        {"width": "700px", "height": "350px"},
        {"width": "100%", "height": "350px"},
    ]
