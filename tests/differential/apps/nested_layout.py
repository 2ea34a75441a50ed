"""Columns in an expander, a form in a column, widgets with the same label and other keys."""

import streamlit as st

with st.expander("Settings", expanded=True):
    a, b = st.columns([2, 1])
    with a:
        st.text_input("Value", key="v1")
    with b:
        st.text_input("Value", key="v2")
left, right = st.columns(2)
with right:
    with st.form("side"):
        st.checkbox("Agree", key="agree")
        ok = st.form_submit_button("OK")
st.write(f"{st.session_state.v1}|{st.session_state.v2}|{st.session_state.agree}|{ok}")

INTERACTIONS = [
    {"do": "set", "type": "text_input", "key": "v2", "value": "second"},
    [
        {"do": "set", "type": "checkbox", "key": "agree", "value": True},
        {"do": "click", "type": "button", "label": "OK"},
    ],
]
