"""st.write of session_state and of a function (issue 16 item 13)."""

import math

import streamlit as st

st.session_state.n = 1
st.write(st.session_state)
st.write(math.sqrt)
