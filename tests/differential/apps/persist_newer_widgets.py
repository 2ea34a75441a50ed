"""persist_state on pills and segmented_control: a hidden widget's value stays and comes back."""

import streamlit as st

if st.checkbox("Show", key="show", value=True):
    st.pills("Pills", ["a", "b", "c"], key="pl", persist_state="session")
    st.segmented_control("Seg", ["x", "y"], key="sg", persist_state="page")
    st.pills("Plain", ["a", "b"], key="plain")
st.write({k: st.session_state[k] for k in sorted(st.session_state.keys())})

INTERACTIONS = [
    {"do": "set", "type": "button_group", "key": "pl", "value": "b"},
    {"do": "set", "type": "button_group", "key": "sg", "value": "y"},
    {"do": "set", "type": "button_group", "key": "plain", "value": "a"},
    {"do": "set", "type": "checkbox", "key": "show", "value": False},
    {"do": "set", "type": "checkbox", "key": "show", "value": True},
]
