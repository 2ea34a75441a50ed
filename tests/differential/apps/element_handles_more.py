"""Element handles (issue 16 item 10): each display element function returns a handle whose
element functions replace that element in place, after later elements too, by another kind,
a container or a widget; `with handle:` replaces on each write."""

import streamlit as st

late = st.text("first")
kind = st.markdown("a markdown")
chained = st.title("a title")
box = st.caption("a caption")
progress = st.progress(10)
inside = st.container()
with inside:
    nested = st.text("nested")
    st.text("nested, kept")
with st.sidebar:
    side = st.text("side")
st.write("later")
late.text("replaced later")
kind.code("now code")
chained.text("one").text("two")
with box.container():
    st.write("in the container")
    st.write("and more")
progress.progress(80)
nested.info("nested, replaced")
side.success("side, replaced")
slot = st.error("an error")
with slot:
    st.write("x")
    st.write("y")
with st.spinner("wait"):
    spun = st.text("in a spinner")
st.text("after the spinner")
spun.text("in a spinner, replaced")
placeholder = st.empty()
first = placeholder.text("first in the placeholder")
second = placeholder.text("second in the placeholder")
first.text("third in the placeholder")
widget = st.text("becomes a button")
clicked = widget.button("Go", key="go")
st.write(f"clicked {clicked}")
st.write(f"write returns {st.write('w')}")

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "go"},
    {"do": "run"},
]
