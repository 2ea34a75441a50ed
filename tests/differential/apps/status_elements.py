"""metric, progress, spinner, toast and a status container."""

import streamlit as st

st.metric("Temperature", "21 °C", "1.2 °C")
st.progress(40, text="loading")
with st.spinner("Working"):
    st.write("inside the spinner")
st.toast("Saved")
with st.status("Crunching", expanded=True):
    st.write("step one")
st.write("end")
