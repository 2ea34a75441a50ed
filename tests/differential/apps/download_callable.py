"""st.download_button with deferred data (issue 16 item 17)."""

import streamlit as st


def make():
    return "a,b\n1,2\n"


st.download_button("Get", data=make, file_name="x.csv")
st.write("end")
