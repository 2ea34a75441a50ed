"""A submit button's callback sees the submitted values; a widget's on_change in a form
is an error."""

import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def submitted():
    st.session_state.log.append(st.session_state.qty)


with st.form("order"):
    st.number_input("Quantity", min_value=1, max_value=9, key="qty")
    st.form_submit_button("Order", on_click=submitted)
st.write(st.session_state.log)

if st.checkbox("Break it", key="break"):
    with st.form("bad"):
        st.text_input("Inside", on_change=submitted)
        st.form_submit_button("Send")

INTERACTIONS = [
    [
        {"do": "set", "type": "number_input", "key": "qty", "value": 4},
        {"do": "click", "type": "button", "label": "Order"},
    ],
    {"do": "click", "type": "button", "label": "Order"},
    {"do": "set", "type": "checkbox", "key": "break", "value": True},
]
