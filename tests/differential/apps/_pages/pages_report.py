"""A page file of the multipage differential apps (run by st.Page("_pages/pages_report.py"))."""

import streamlit as st

st.header("Report")
st.write(__name__, "keys", sorted(st.session_state.keys()))
level = st.slider("Level", 0, 10, 2, key="level")
if st.button("Home", key="to_home"):
    st.switch_page("_pages/pages_home.py")
