"""Two widgets with one key, and two identical widgets without keys."""

import streamlit as st

mode = st.radio("Mode", ["fine", "same key", "same widget"], key="mode")
if mode == "same key":
    st.text_input("One", key="dup")
    st.text_input("Two", key="dup")
elif mode == "same widget":
    st.checkbox("Twin")
    st.checkbox("Twin")
st.write("done")

INTERACTIONS = [
    {"do": "set", "type": "radio", "key": "mode", "value": "same key"},
    {"do": "set", "type": "radio", "key": "mode", "value": "same widget"},
    {"do": "set", "type": "radio", "key": "mode", "value": "fine"},
]
