"""st.components.v1: tab_index of another type than int is Streamlit's type error."""

import streamlit as st

st.components.v1.iframe("https://example.com", tab_index=True)

INTERACTIONS = []
