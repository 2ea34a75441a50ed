"""A widget inside a cached function (issue 16 item 16)."""

import streamlit as st


@st.cache_data
def pick():
    return st.checkbox("Inside the cache", key="cached_box")


pick()
st.write("after")

INTERACTIONS = [{"do": "run"}]
