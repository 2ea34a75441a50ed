"""Chart selections in a real ipykernel (issue 16 item 4), sent as the browser's widgets send
them: Altair's JupyterChart syncs `_vl_selections`, Plotly's FigureWidget a points callback."""

from __future__ import annotations

import json

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


def _state(kernel: KernelFrontend) -> dict:
    result = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    return json.loads(result.stdout)


def test_an_altair_selection_from_the_page_reruns_with_it_after_the_callback(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    # the first selecting chart of a machine bundles JupyterChart's JavaScript (vl-convert)
    kernel.execute(
        "from nbstate.views.charts import jupyter_chart_class; jupyter_chart_class()",
        timeout=120,
        check=True,
    )
    result = kernel.execute(
        """%%rerun
import nbstate as st, altair as alt, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(
    alt.selection_point(fields=["a"]), alt.selection_interval(name="brush"))
def picked():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.altair_chart(chart, on_select=picked, key="pick")
st.write("brush", repr(event.selection.brush), "point", repr(event.selection.param_1))
""",
        cell_id="alt-select",
    )
    result.raise_for_error()
    chart = kernel.find_one("nbstate-key-pick", within=result)
    model = kernel.model(chart)
    # Altair's JupyterChart with its offline bundle (vega-embed inside): no CDN import
    assert model["_model_name"] == "AnyModel" and len(model["_esm"]) > 100_000
    assert "esm.sh" not in model["_esm"]
    assert set(model["_vl_selections"]) == {"brush", "param_1"}
    assert "brush {} point {}" in kernel.text(result)
    before = _state(kernel)
    assert before["pick"] == {"selection": {"brush": {}, "param_1": {}}}
    # What the chart sends when it is drawn (the empty selections): no rerun, no callback.
    empty = {"brush": {"value": {}, "store": []}, "param_1": {"value": {}, "store": []}}
    kernel.set_state(chart, {"_vl_selections": empty})
    assert "calls" not in _state(kernel)
    # What it sends after the user drags a brush and clicks the point a=2.
    kernel.set_state(
        chart,
        {
            "_vl_selections": {
                "brush": {"value": {"a": [1, 2.5], "b": [4, 5.5]}, "store": []},
                "param_1": {"value": {"a": [2], "vlPoint": {"or": [{"a": 2}]}}, "store": []},
            }
        },
    )
    assert "brush {'a': [1, 2.5], 'b': [4, 5.5]} point [{'a': 2}]" in kernel.text(result)
    after = _state(kernel)
    assert after["pick"] == {
        "selection": {"brush": {"a": [1, 2.5], "b": [4, 5.5]}, "param_1": [{"a": 2}]}
    }
    assert after["calls"] == 1


def test_a_plotly_box_selection_from_the_page_reruns_with_it(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    result = kernel.execute(
        """%%rerun
import nbstate as st, plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], mode="markers"))
event = st.plotly_chart(fig, on_select="rerun", key="fig")
st.write("indices", repr(event.selection.point_indices), len(event.selection.box))
""",
        cell_id="plotly-select",
    )
    result.raise_for_error()
    figure = kernel.find_one("nbstate-key-fig", within=result)
    assert kernel.model(figure)["_widget_layout"]["dragmode"] == "select"
    assert "indices [] 0" in kernel.text(result)
    points = {"trace_indexes": [0, 0], "point_indexes": [1, 2], "xs": [2, 3], "ys": [5, 6]}
    # A hover is not a selection: nothing changes.
    kernel.set_state(figure, {"_js2py_pointsCallback": {"event_type": "plotly_hover",
                                                         "points": points}})  # fmt: skip
    assert "indices [] 0" in kernel.text(result)
    selected = {
        "event_type": "plotly_selected",
        "points": points,
        "selector": {"type": "box", "selector_state": {"xrange": [1.5, 3.5], "yrange": [4, 7]}},
    }
    kernel.set_state(figure, {"_js2py_pointsCallback": selected})
    assert "indices [1, 2] 1" in kernel.text(result)
    box = _state(kernel)["fig"]["selection"]["box"]
    assert box == [{"xref": "x", "yref": "y", "x": [1.5, 3.5], "y": [4, 7]}]
