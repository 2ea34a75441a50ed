"""A toast's handle replaces the toast; `handle.write()` of several arguments is an error
(issue 16 item 10)."""

import streamlit as st

msg = st.toast("Gathering...")
msg.toast("Ready!")
ph = st.markdown("x")
st.write("after")
ph.write("a", "b")

INTERACTIONS = [{"do": "run"}]
