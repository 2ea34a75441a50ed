"""checkbox and toggle; content that appears when they are on."""

import streamlit as st

show = st.checkbox("Show details", key="show")
dark = st.toggle("Dark mode", value=True, key="dark")
if show:
    st.info("Details are shown")
    st.checkbox("Nested", key="nested")
st.write("dark" if dark else "light")

INTERACTIONS = [
    {"do": "set", "type": "checkbox", "key": "show", "value": True},
    {"do": "set", "type": "checkbox", "key": "nested", "value": True},
    {"do": "set", "type": "toggle", "key": "dark", "value": False},
    {"do": "set", "type": "checkbox", "key": "show", "value": False},
    {"do": "set", "type": "checkbox", "key": "show", "value": True},
]
