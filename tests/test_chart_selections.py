"""Chart selections (issue 16 item 4): ``on_select``, ``selection_mode`` and ``key`` of
st.altair_chart, st.vega_lite_chart and st.plotly_chart, and st.plotly_chart's width, height
and config, as Streamlit 1.67 has them (its values and messages were read off its AppTest;
tests/differential/apps/chart_selections.py compares them with it)."""

from __future__ import annotations

import pytest

from nbstate.testing import AppTest

PRE = """
import nbstate as st, altair as alt, pandas as pd
import plotly.graph_objects as go
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
plain = alt.Chart(df).mark_point().encode(x="a", y="b")
chart = plain.add_params(alt.selection_point(), alt.selection_interval(name="iv"))
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], mode="markers"))
"""


@pytest.fixture(scope="module", autouse=True)
def offline_bundle() -> None:
    """Build (or load) JupyterChart's offline bundle before AppTest's run timeout starts."""
    from nbstate.views.charts import jupyter_chart_class

    jupyter_chart_class()


def run(body: str) -> AppTest:
    return AppTest.from_string(PRE + body, default_timeout=30).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


def test_altair_chart_with_on_select_returns_the_empty_selection_of_each_param() -> None:
    at = run(
        'ev = st.altair_chart(chart, on_select="rerun", key="ch")\n'
        "st.write(repr(ev), type(ev).__name__, repr(ev.selection.iv))\n"
        "st.write(repr(st.session_state.ch))\n"
    )
    assert not at.exception
    # Altair's made-up name of the unnamed param is Streamlit's stable `param_1`
    assert at.markdown[0].value == "{'selection': {'iv': {}, 'param_1': {}}} VegaLiteState {}"
    assert at.markdown[1].value == "{'selection': {'iv': {}, 'param_1': {}}}"
    chart = at.get("vega_lite_chart")[0]
    assert chart.key == "ch"
    assert chart.value == {"selection": {"iv": {}, "param_1": {}}}


def test_selection_mode_picks_the_params_reported() -> None:
    at = run(
        'st.write(repr(st.altair_chart(chart, on_select="rerun", selection_mode="iv")))\n'
        'st.write(repr(st.altair_chart(chart, on_select="rerun", selection_mode=["param_1"])))'
    )
    assert [m.value for m in at.markdown] == [
        "{'selection': {'iv': {}}}",
        "{'selection': {'param_1': {}}}",
    ]


def test_vega_lite_chart_finds_params_inside_layers_and_takes_a_spec_alone() -> None:
    at = run(
        'spec = {"layer": [{"mark": "point", "params": [{"name": "s", "select": "point"}]}]}\n'
        'st.write(repr(st.vega_lite_chart(df, spec, on_select="rerun")))\n'
        'alone = {"mark": "point", "data": {"values": [{"a": 1}]},\n'
        '         "params": [{"name": "t", "select": "interval"}]}\n'
        "st.write(repr(st.vega_lite_chart(alone, on_select=lambda: None)))"
    )
    assert not at.exception
    assert [m.value for m in at.markdown] == [
        "{'selection': {'s': {}}}",
        "{'selection': {'t': {}}}",
    ]


def test_a_chart_without_on_select_ignores_its_key_and_returns_its_handle() -> None:
    at = run(
        'h = st.altair_chart(chart, key="k")\n'
        'st.write(type(h).__name__, "k" in st.session_state)\n'
        "st.altair_chart(chart)\nst.altair_chart(chart)  # the same chart twice: no widget ids"
    )
    assert not at.exception
    assert at.markdown[0].value == "ElementHandle `False`"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'st.altair_chart(plain, on_select="rerun")',
            "Selections are activated, but the provided chart spec does not have any selections",
        ),
        (
            'st.vega_lite_chart(df, {"mark": "point"}, on_select="rerun")',
            "Selections are activated, but the provided chart spec does not have any selections",
        ),
        (
            'st.altair_chart(chart, on_select="rerun", selection_mode="zzz")',
            "Selection parameter 'zzz' is not defined in the chart spec. Available selection "
            "parameters are: {",
        ),
        (
            'st.altair_chart(chart, on_select="bogus")',
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "st.plotly_chart(fig, on_select=None)",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            'with st.form("f"):\n    st.altair_chart(chart, on_select=lambda: None)',
            "Within a form, callbacks can only be defined on `st.form_submit_button`.",
        ),
        (
            'st.session_state.k = {"selection": {}}\nst.altair_chart(chart, on_select="rerun", '
            'key="k")',
            "`st.session_state['k']` is read-only and cannot be assigned through session state.",
        ),
        (
            'st.plotly_chart(fig, on_select="rerun", selection_mode="zzz")',
            "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'.",
        ),
        (
            'st.plotly_chart(fig, width="wide")',
            "Invalid width value: 'wide'. Width must be either a positive integer (pixels), "
            "'stretch', or 'content'.",
        ),
        (
            "st.plotly_chart(fig, height=-3)",
            "Invalid height value: -3. Height must be either a positive integer (pixels), "
            "'stretch', or 'content'.",
        ),
        ("st.plotly_chart(fig)\nst.plotly_chart(fig)", "There are multiple `plotly_chart`"),
        ('st.plotly_chart(fig, key="a")\nst.plotly_chart(fig, key="a")', "`key='a'`"),
        (
            'st.altair_chart(chart, on_select="rerun")\nst.altair_chart(chart, on_select="rerun")',
            "There are multiple `vega_lite_chart` elements with the same auto-generated ID.",
        ),
    ],
)
def test_streamlit_errors(body: str, message: str) -> None:
    found = errors(run(body))
    assert len(found) == 1 and message in found[0], found


def test_a_selection_from_the_page_reruns_with_it_after_the_callback() -> None:
    at = run(
        "def picked():\n"
        "    st.session_state.calls = st.session_state.get('calls', 0) + 1\n"
        "    st.session_state.seen = repr(st.session_state.ch.selection.iv)\n"
        'ev = st.altair_chart(chart, on_select=picked, key="ch")\n'
        "st.write(repr(ev.selection.iv), repr(ev.selection.param_1))"
    )
    chart = at.get("vega_lite_chart")[0]
    chart.set_value({"selection": {"iv": {"a": [1, 2]}, "param_1": [{"a": 1, "b": 4}]}}).run()
    assert at.markdown[0].value == "{'a': [1, 2]} [{'a': 1, 'b': 4}]"
    assert at.session_state.calls == 1
    assert at.session_state.seen == "{'a': [1, 2]}"
    assert at.session_state.ch["selection"]["param_1"] == [{"a": 1, "b": 4}]
    with pytest.raises(TypeError):
        at.session_state.ch["selection"] = {}


def test_plotly_chart_with_on_select_returns_its_selection_state() -> None:
    at = run(
        'ev = st.plotly_chart(fig, on_select="rerun", key="p")\n'
        "st.write(repr(ev), type(ev).__name__, repr(ev.selection.point_indices))"
    )
    assert at.markdown[0].value == (
        "{'selection': {'points': [], 'point_indices': [], 'box': [], 'lasso': []}} PlotlyState []"
    )
    chart = at.get("plotly_chart")[0]
    assert chart.key == "p"
    chart.set_value(
        {
            "selection": {
                "points": [{"curve_number": 0, "point_index": 1, "x": 2, "y": 5}],
                "box": [{"x": [1.5, 2.5], "y": [4.5, 5.5]}],
            }
        }
    ).run()
    selection = at.session_state.p["selection"]
    assert selection["point_indices"] == [1]
    assert selection["points"] == [
        {"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 5}
    ]
    assert selection["box"] == [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [4.5, 5.5]}]
    assert selection["lasso"] == []


def test_a_box_selection_is_dropped_when_box_is_not_a_selection_mode() -> None:
    at = run('st.plotly_chart(fig, on_select="rerun", key="p", selection_mode="points")')
    box = {"points": [{"point_index": 0, "x": 1, "y": 4}], "box": [{"x": [0, 1], "y": [3, 4]}]}
    at.get("plotly_chart")[0].set_value({"selection": box}).run()
    assert at.session_state.p["selection"]["points"] == []


def _plotly_bundle(at: AppTest, index: int = 0) -> dict:
    output = at.get("plotly_chart")[index].proto.props["outputs"][0]
    return output["data"]["application/vnd.plotly.v1+json"]


def test_plotly_chart_sizes_and_configures_its_figure_as_streamlit() -> None:
    at = run(
        'st.plotly_chart(fig, width=300, height=200, config={"displayModeBar": False}, key="a")\n'
        'st.plotly_chart(fig, width="content", key="b")\n'
        'st.plotly_chart(go.Figure(fig.data, {"width": 500, "height": 250}), width="content")\n'
        "st.plotly_chart(fig, use_container_width=True)\n"
    )
    assert not at.exception
    sized = _plotly_bundle(at, 0)
    assert (sized["layout"]["width"], sized["layout"]["height"]) == (300, 200)
    assert sized["config"] == {"displayModeBar": False}
    own = _plotly_bundle(at, 1)["layout"]
    assert (own["width"], own["height"]) == (700, 450)  # plotly.js's size, as in Streamlit
    own = _plotly_bundle(at, 2)["layout"]
    assert (own["width"], own["height"]) == (500, 250)
    stretched = _plotly_bundle(at, 3)
    assert "width" not in stretched["layout"] and stretched["layout"]["autosize"] is True
    assert stretched["config"] == {"responsive": True}
    # As in Streamlit's AppTest, a Plotly chart shows its key even without on_select
    assert [c.key for c in at.get("plotly_chart")] == ["a", "b", None, None]
    assert "a" not in at.session_state


def test_plotly_chart_rejects_a_config_that_is_not_a_dict() -> None:
    assert "pass Plotly's config as a dict" in errors(run("st.plotly_chart(fig, config=5)"))[0]
