"""The script knows its own file (issue 16 item 7)."""

import os

import streamlit as st

st.write(os.path.basename(__file__))
st.write(__name__)
