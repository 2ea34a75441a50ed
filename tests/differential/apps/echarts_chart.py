"""st.echarts_chart: the selection state with on_select, a handle without it, and Streamlit's
errors for specs it cannot draw."""

import streamlit as st

option = {
    "xAxis": {"type": "category", "data": ["a", "b", "c"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [1, 2, 3], "selectedMode": "multiple", "name": "S"}],
}
event = st.echarts_chart(option, on_select="rerun", key="chart")
st.write(repr(event), type(event).__name__, repr(event.selection.areas))
st.echarts_chart(option, theme=None, renderer="svg", width=300, height=200)
bad = [
    [1],
    "{bad",
    {"series": [{"type": "scatter3D"}]},
    {"series": [{"type": "map"}]},
    {"series": [{"type": "bar", "data": [float("nan")]}]},
]
for spec in bad:
    try:
        st.echarts_chart(spec)
    except Exception as error:
        st.write(str(error))
try:
    st.echarts_chart(option, renderer="webgl")
except Exception as error:
    st.write(str(error))

INTERACTIONS = [
    {"do": "run"},
    {"do": "run"},
]
