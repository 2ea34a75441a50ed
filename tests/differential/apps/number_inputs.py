"""number_input: ints and floats, bounds, step, value=None."""

import streamlit as st

count = st.number_input("Count", min_value=0, max_value=10, value=2, step=2, key="count")
price = st.number_input("Price", value=1.5, format="%.2f", key="price")
maybe = st.number_input("Maybe", value=None, key="maybe")
st.write(count, price, maybe)
st.write(type(count).__name__, type(price).__name__)

INTERACTIONS = [
    {"do": "set", "type": "number_input", "key": "count", "value": 8},
    {"do": "set", "type": "number_input", "key": "price", "value": 2.25},
    {"do": "set", "type": "number_input", "key": "maybe", "value": 3},
]
