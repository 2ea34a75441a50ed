"""A button's value cannot be set through session_state."""

import streamlit as st

if st.checkbox("Force the button", key="force"):
    st.session_state.go = True
st.button("Go", key="go")
st.write("end of run")

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "go"},
    {"do": "set", "type": "checkbox", "key": "force", "value": True},
]
