"""The README example of the differential harness (README, Development)."""

import streamlit as st

n = st.slider("n", 0, 10, key="n")
if st.button("Double", key="double"):
    st.session_state.total = n * 2
with st.form("who"):
    st.text_input("Name", key="name")
    st.form_submit_button("Submit")
st.write(f"total: {st.session_state.get('total')}, name: {st.session_state.name!r}")

INTERACTIONS = [
    {"do": "set", "type": "slider", "key": "n", "value": 4},  # a widget by key
    {"do": "click", "type": "button", "label": "Double"},  # or by label (+ "index")
    [
        {"do": "set", "type": "text_input", "key": "name", "value": "Ada"},  # several actions,
        {"do": "click", "type": "button", "label": "Submit"},
    ],  # then one run
    {"do": "state", "key": "total", "value": 0},  # write session_state
    {"do": "run"},  # just run again
]
