"""A page file of the multipage differential apps."""

import streamlit as st

st.header("Home")
st.text_input("Name", key="name")
st.number_input("Count", 0, 10, 1, key="count")
if st.button("Report", key="to_report"):
    st.switch_page("_pages/pages_report.py")
