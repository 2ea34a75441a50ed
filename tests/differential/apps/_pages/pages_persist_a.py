"""A page of pages_persist_menu.py."""

import streamlit as st

st.slider("Page scoped", 0, 10, 1, key="pp", persist_state="page")
st.slider("Session scoped", 0, 10, 1, key="ss", persist_state="session")
st.text_input("Plain", key="plain")
