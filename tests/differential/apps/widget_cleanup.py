"""A widget not drawn in a run loses its state; one drawn again starts from its default."""

import streamlit as st

advanced = st.checkbox("Advanced", key="advanced")
if advanced:
    st.slider("Depth", 1, 5, 2, key="depth")
st.write("depth" in st.session_state, st.session_state.get("depth"))

INTERACTIONS = [
    {"do": "set", "type": "checkbox", "key": "advanced", "value": True},
    {"do": "set", "type": "slider", "key": "depth", "value": 4},
    {"do": "set", "type": "checkbox", "key": "advanced", "value": False},
    {"do": "set", "type": "checkbox", "key": "advanced", "value": True},
]
