"""st.form_submit_button outside a form (issue 16 item 3)."""

import streamlit as st

st.write("before")
st.form_submit_button("Send")
