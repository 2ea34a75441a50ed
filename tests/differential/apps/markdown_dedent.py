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
st.text("\n    fixed\n      width\n")
st.header("  a header  ")
st.subheader("\tsub ")
st.title(" title ")
st.info("\n    an info\n    ")
st.warning("  careful ")
st.error(" bad\n")
st.success(" ok ")
st.write("  joined", "strings  ")
st.latex("\n    a^2\n    ")
st.code("  kept as is  ")
