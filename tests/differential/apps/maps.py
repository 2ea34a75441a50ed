"""st.map and st.pydeck_chart (issue 19): the data each accepts, Streamlit's errors (their
messages, caught and shown as text), what a selecting st.pydeck_chart returns and keeps in
session_state, and the element type ("deck_gl_json_chart") AppTest lists both under."""

import pandas as pd
import pydeck as pdk
import streamlit as st


def message(call):
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the class names differ by their prefix
        st.text(str(error))


points = pd.DataFrame({"LATITUDE": [1.0, 2.0], "longitude": [3.0, 5.0], "c": ["#f00", "#0f08"]})
st.map(points, color="c", size=20)
st.map({"y": [10.0], "x": [20.0]}, latitude="y", longitude="x", zoom=3)
st.map()
st.map(pd.DataFrame())
message(lambda: st.map(pd.DataFrame({"x": [1.0], "lon": [3.0]})))
message(lambda: st.map(pd.DataFrame({"lat": [1.0], "y": [3.0]})))
message(lambda: st.map(pd.DataFrame({"lat": [1.0, None], "lon": [3.0, 4.0]})))
message(lambda: st.map(points, color="points"))
message(lambda: st.map(points, color=(1, 2)))
message(lambda: st.map(pd.DataFrame({"lat": [1.0], "lon": [3.0], "k": ["zz"]}), color="k"))
message(lambda: st.map(points, width=0))
message(lambda: st.map(points, height="content"))
message(lambda: st.map([[1.0, 2.0]]))

deck = pdk.Deck(
    layers=[pdk.Layer("ScatterplotLayer", data=[{"p": [3.0, 1.0]}], get_position="p", id="a")],
    initial_view_state=pdk.ViewState(latitude=1, longitude=3, zoom=5),
)
st.pydeck_chart(deck)
st.pydeck_chart()
event = st.pydeck_chart(deck, on_select="rerun", key="picked", selection_mode="multi-object")
st.write(repr(event), event.selection.indices, event["selection"]["objects"])
st.write(repr(st.session_state.picked))
message(lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"]))
message(lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode="box"))
message(lambda: st.pydeck_chart(deck, on_select="yes"))
message(lambda: st.pydeck_chart(deck, width="content"))
st.pydeck_chart(deck, on_select="rerun")
st.pydeck_chart(deck, on_select="rerun")

INTERACTIONS = [{"do": "run"}]
