"""date_input, time_input and color_picker, set by the user and through session_state."""

import datetime

import streamlit as st

day = st.date_input("Day", datetime.date(2024, 5, 17), key="day")
start = st.time_input("Start", datetime.time(9, 30), key="start")
color = st.color_picker("Color", "#00AAFF", key="color")
st.write(f"{day.isoformat()} {start.isoformat()} {color}")

INTERACTIONS = [
    {"do": "set", "type": "color_picker", "key": "color", "value": "#112233"},
    {"do": "run"},
]
