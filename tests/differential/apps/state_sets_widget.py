"""A value put in session_state before a widget exists becomes its value; a write between
runs (like a callback's) moves it."""

import streamlit as st

if "name" not in st.session_state:
    st.session_state.name = "Ada"

name = st.text_input("Name", key="name")
level = st.slider("Level", 0, 10, key="level")
st.write(f"{name} at {level}")


def reset():
    st.session_state.name = "Ada"
    st.session_state.level = 0


st.button("Reset", on_click=reset)

INTERACTIONS = [
    {"do": "set", "type": "text_input", "key": "name", "value": "Grace"},
    {"do": "state", "key": "level", "value": 7},
    [
        {"do": "set", "type": "slider", "key": "level", "value": 3},
        {"do": "set", "type": "text_input", "label": "Name", "value": "Alan"},
    ],
    {"do": "click", "type": "button", "label": "Reset"},
]
