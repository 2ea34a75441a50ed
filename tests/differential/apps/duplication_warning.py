"""A widget with a default value whose key was also set through session_state."""

import streamlit as st

if "c" not in st.session_state:
    st.session_state.c = 5
st.number_input("Count", value=2, key="c")
st.write(st.session_state.c)
