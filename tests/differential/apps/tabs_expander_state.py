"""1.67's tabs and expanders that track their state: session_state, .open, callbacks."""

import streamlit as st


def switched():
    st.session_state.log = st.session_state.get("log", []) + ["tab"]


cat, dog = st.tabs(["Cat", "Dog"], key="pet", on_change=switched, default="Dog")
for tab in (cat, dog):
    if tab.open:
        tab.write(f"open: {tab.open}")
box = st.expander("More", key="more", on_change="rerun")
st.write(repr([cat.open, dog.open, box.open, st.session_state.pet, st.session_state.more]))
st.write(repr(st.session_state.get("log")))

INTERACTIONS = [
    {"do": "run"},
    {"do": "state", "key": "pet", "value": "Cat"},
    {"do": "state", "key": "more", "value": True},
    {"do": "run"},
    {"do": "state", "key": "pet", "value": "Bird"},
    {"do": "run"},
]
