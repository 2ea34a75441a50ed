"""st.rerun in the body and in a callback, st.stop."""

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1

if st.button("Rerun now", key="again"):
    st.session_state.clicked = True
    st.rerun()


def stop_in_callback():
    st.session_state.stopped = True
    st.stop()


st.button("Stop", key="stop", on_click=stop_in_callback)
if st.checkbox("Stop the run here", key="halt"):
    st.write("stopping")
    st.stop()
st.write("runs", st.session_state.runs)

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "again"},
    {"do": "click", "type": "button", "key": "stop"},
    {"do": "set", "type": "checkbox", "key": "halt", "value": True},
    {"do": "run"},
]
