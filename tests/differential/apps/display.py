"""Text elements and alerts."""

import streamlit as st

st.title("Title")
st.header("Header")
st.subheader("Subheader")
st.caption("a caption")
st.markdown("**bold** and `code`")
st.text("plain text")
st.code("x = 1", language="python")
st.write(3, "and", 4.5)
st.json({"a": [1, 2]})
st.success("ok")
st.warning("careful")
st.error("bad")
st.divider()
st.write(["a", "b"])
st.write({"k": 1})
