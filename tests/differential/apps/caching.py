"""cache_data returns copies and runs once per argument; cache_resource shares one object."""

import streamlit as st

if "calls" not in st.session_state:
    st.session_state.calls = 0


@st.cache_data
def square(n):
    st.session_state.calls += 1
    return [n * n]


@st.cache_resource
def registry():
    return {"items": []}


n = st.number_input("n", value=2, key="n")
result = square(n)
result.append("mutated copy")
registry()["items"].append(n)
st.write(square(n), st.session_state.calls, len(registry()["items"]))
if st.button("Clear", key="clear"):
    square.clear()

INTERACTIONS = [
    {"do": "run"},
    {"do": "set", "type": "number_input", "key": "n", "value": 3},
    {"do": "set", "type": "number_input", "key": "n", "value": 2},
    {"do": "click", "type": "button", "key": "clear"},
    {"do": "run"},
]
