"""Chart selections (issue 16 item 4): what st.altair_chart, st.vega_lite_chart and
st.plotly_chart return with on_select, their keys, and Streamlit's errors."""

import altair as alt
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
plain = alt.Chart(df).mark_point().encode(x="a", y="b")
chart = plain.add_params(alt.selection_point(), alt.selection_interval(name="iv"))
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], mode="markers"))


def picked():
    st.session_state.calls = st.session_state.get("calls", 0) + 1


event = st.altair_chart(chart, on_select="rerun", key="alt")
st.write("altair", repr(event), event.selection.iv, event["selection"]["param_1"])
only = st.altair_chart(chart, on_select=picked, selection_mode="iv", key="only")
st.write("only", repr(only))
spec = {
    "mark": "point",
    "params": [{"name": "brush", "select": "interval"}],
    "encoding": {"x": {"field": "a", "type": "quantitative"}},
}
st.write("vega", repr(st.vega_lite_chart(df, spec, on_select="rerun", key="vega")))
layered = {"layer": [{"mark": "point", "params": [{"name": "s", "select": "point"}]}]}
st.write("layered", repr(st.vega_lite_chart(df, layered, on_select="rerun")))
handle = st.altair_chart(chart, key="ignored")
st.write("ignored", "ignored" in st.session_state)
plotly_event = st.plotly_chart(fig, on_select="rerun", key="plotly")
st.write("plotly", repr(plotly_event), plotly_event.selection.point_indices)
st.plotly_chart(fig, key="shown", width=300, height=200, config={"displayModeBar": False})
st.write("shown", "shown" in st.session_state)
with st.form("f"):
    st.write("in form", repr(st.altair_chart(chart, on_select="rerun", key="in_form")))
    st.form_submit_button()
for call in (
    lambda: st.altair_chart(plain, on_select="rerun"),
    lambda: st.vega_lite_chart(df, {"mark": "point"}, on_select="rerun"),
    lambda: st.altair_chart(chart, on_select="rerun", selection_mode="zzz"),
    lambda: st.altair_chart(chart, on_select="bogus"),
    lambda: st.plotly_chart(fig, on_select=None),
    lambda: st.plotly_chart(fig, on_select="rerun", selection_mode="zzz"),
    lambda: st.plotly_chart(fig, width="wide"),
    lambda: st.plotly_chart(fig, height=-3),
    lambda: st.plotly_chart(fig, key="shown"),
    lambda: st.altair_chart(chart, on_select="rerun", key="alt"),
):
    try:
        call()
    except Exception as exc:  # noqa: BLE001
        # the set of available parameters is printed in hash order: keep the text before it
        st.write("error", str(exc).split(" Available")[0])
with st.form("g"):
    try:
        st.altair_chart(chart, on_select=picked)
    except Exception as exc:  # noqa: BLE001
        st.write(
            "form callback", type(exc).__name__.replace("Streamlit", "").replace("NbState", "")
        )
    st.form_submit_button()
try:
    event["selection"] = {}
except TypeError as exc:
    st.write("read-only", str(exc))


def assign():
    try:
        st.session_state.alt = {"selection": {}}
    except Exception as exc:  # noqa: BLE001
        st.session_state.assign_error = type(exc).__name__


st.button("assign", on_click=assign)

INTERACTIONS = [
    {"do": "click", "type": "button", "label": "assign"},
    {"do": "run"},
]
