"""Sliders: int, float, a range, a select_slider; on_change with kwargs."""

import streamlit as st

if "moves" not in st.session_state:
    st.session_state.moves = 0


def moved(step):
    st.session_state.moves += step


size = st.slider("Size", 1, 9, 3, key="size", on_change=moved, kwargs={"step": 1})
ratio = st.slider("Ratio", 0.0, 1.0, 0.5, step=0.1, key="ratio")
low, high = st.slider("Band", 0, 100, (20, 80), key="band")
color = st.select_slider("Color", ["red", "green", "blue"], value="green", key="color")
st.write(size, ratio, low, high, color, st.session_state.moves)

INTERACTIONS = [
    {"do": "set", "type": "slider", "key": "size", "value": 7},
    {"do": "set", "type": "slider", "key": "ratio", "value": 0.9},
    {"do": "set", "type": "slider", "key": "band", "value": [10, 30]},
    {"do": "set", "type": "select_slider", "key": "color", "value": "blue"},
    {"do": "set", "type": "slider", "key": "size", "value": 7},
]
