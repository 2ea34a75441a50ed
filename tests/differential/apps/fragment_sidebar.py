"""A fragment called inside `with st.sidebar:`: its keyless button returns True on its click
(issue 16 item 15), as the same fragment's does in the main area."""

import streamlit as st


@st.fragment
def panel(where):
    clicked = st.button(f"Go {where}")
    st.session_state[f"clicked_{where}"] = clicked
    st.write(f"{where} clicked: {clicked}")


with st.sidebar:
    panel("side")
panel("main")

INTERACTIONS = [
    {"do": "click", "type": "button", "index": 0},
    {"do": "run"},
    {"do": "click", "type": "button", "index": 1},
]
