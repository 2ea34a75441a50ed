"""Options a script may set (issue 16 item 12)."""

import streamlit as st

st.set_option("client.showSidebarNavigation", False)
st.set_option("client.toolbarMode", "minimal")
st.write(st.get_option("client.showSidebarNavigation"), st.get_option("client.toolbarMode"))
st.write(st.get_option("server.maxUploadSize"))
st.write("end")
