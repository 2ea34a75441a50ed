"""1.67's keyed tabs and expanders (issue 16 item 4)."""

import streamlit as st

a, b = st.tabs(["A", "B"], key="t")
a.write("in A")
with st.expander("Details", key="exp"):
    st.write("inside")
st.write(st.session_state.get("t"))
