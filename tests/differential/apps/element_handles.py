"""Element functions return handles that replace their element (issue 16 item 10)."""

import streamlit as st

t = st.text("a")
t.text("b")
bar = st.progress(50)
bar.empty()
st.write("end")
