"""A fragment called inside the sidebar: its button reruns it and returns True (issue 16
item 15)."""

import streamlit as st


@st.fragment
def panel():
    if st.button("Ping", key="ping"):
        st.write("pong")


with st.sidebar:
    panel()

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "ping"},
]
