"""columns, tabs, expander, container and sidebar, with and without `with`."""

import streamlit as st

left, right = st.columns(2)
left.button("Left", key="left")
with right:
    st.write("right side")
    st.checkbox("In the column", key="col_box")

one, two = st.tabs(["One", "Two"])
with one:
    st.write("first tab")
two.text_input("In tab two", key="tab_text")

with st.expander("More"):
    st.write("inside the expander")

box = st.container()
st.write("after the container")
box.write("written into the container later")

st.sidebar.radio("Page", ["home", "about"], key="page")
with st.sidebar:
    st.caption("sidebar caption")

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "left"},
    {"do": "set", "type": "text_input", "key": "tab_text", "value": "typed"},
    {"do": "set", "type": "radio", "key": "page", "value": "about"},
]
