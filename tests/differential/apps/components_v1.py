"""st.components.v1: html and iframe are "iframe" elements (no value), a component instance
is a "component_instance" element whose value, None until the component sets one, is in
session_state under its key while the call returns `default`; in a form it may have a
callback (Streamlit checks no form policy for components); a bad tab_index is an error."""

import streamlit as st

st.components.v1.html("<b>hi</b>", height=80)
st.components.v1.iframe("https://example.com", width=300, scrolling=True, tab_index=0)
demo = st.components.v1.declare_component("demo", url="http://localhost:3001")
st.write(repr(demo(key="demo", default="fallback", greeting="hi")))
st.write(repr(demo(key="other", n=1)))
with st.form("form"):
    demo(key="in_form", on_change=lambda: None)
    st.form_submit_button("Submit")
st.components.v1.html("<b>x</b>", tab_index=-2)

INTERACTIONS = [{"do": "run"}]
