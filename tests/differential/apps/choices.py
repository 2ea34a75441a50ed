"""selectbox, radio and multiselect: format_func, index=None, max_selections."""

import streamlit as st

fruit = st.selectbox("Fruit", ["apple", "pear", "plum"], key="fruit")
size = st.radio("Size", [1, 2, 3], format_func=lambda n: f"size {n}", index=1, key="size")
none = st.selectbox("Nothing yet", ["a", "b"], index=None, key="none")
tags = st.multiselect("Tags", ["x", "y", "z"], default=["x"], max_selections=2, key="tags")
st.write(fruit, size, none, tags)

INTERACTIONS = [
    {"do": "set", "type": "selectbox", "key": "fruit", "value": "plum"},
    {"do": "set", "type": "radio", "key": "size", "value": 3},
    {"do": "set", "type": "selectbox", "key": "none", "value": "b"},
    {"do": "set", "type": "multiselect", "key": "tags", "value": ["y", "z"]},
    {"do": "state", "key": "fruit", "value": "pear"},
]
