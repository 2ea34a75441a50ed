"""Markdown bodies are dedented and stripped (an indented triple-quoted string is not code)."""

import streamlit as st

st.markdown(
    """
    ### Indented
    text of a triple-quoted string
    """
)
st.write("", 0, "")
st.caption("  spaced  ")
