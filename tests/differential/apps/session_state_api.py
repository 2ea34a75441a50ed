"""session_state: item and attribute access, `in`, len, get, del, callbacks that write keys."""

import streamlit as st

if "first" not in st.session_state:
    st.session_state.first = True


def exclusive(which):
    if which == 1:
        st.session_state.second = False
    else:
        st.session_state.first = False


st.checkbox("First", key="first", on_change=exclusive, args=(1,))
st.checkbox("Second", key="second", on_change=exclusive, args=(2,))

if "ready" not in st.session_state:
    st.session_state["items"] = 0
    st.session_state.attrs = 0
    st.session_state.ready = True

if st.button("more items"):
    st.session_state["items"] += 1
if st.button("more attrs"):
    st.session_state.attrs += 1
if st.button("drop items"):
    del st.session_state["items"]
if st.button("drop attrs"):
    del st.session_state.attrs

st.write("items:", st.session_state.get("items", "gone"))
if "attrs" in st.session_state:
    st.write(f"attrs: {st.session_state.attrs}")
st.write(f"keys: {len(st.session_state)}")

INTERACTIONS = [
    {"do": "set", "type": "checkbox", "key": "second", "value": True},
    {"do": "set", "type": "checkbox", "key": "first", "value": True},
    {"do": "click", "type": "button", "label": "more items"},
    {"do": "click", "type": "button", "label": "more attrs"},
    {"do": "click", "type": "button", "label": "drop items"},
    {"do": "click", "type": "button", "label": "drop attrs"},
    {"do": "state", "key": "attrs", "value": 41},
    {"do": "click", "type": "button", "label": "more attrs"},
]
