"""A form batches its widgets' values until it is submitted; clear_on_submit resets them."""

import streamlit as st

with st.form("profile"):
    name = st.text_input("Name", key="f_name")
    age = st.slider("Age", 0, 120, 30, key="f_age")
    sent = st.form_submit_button("Save")
st.write("sent" if sent else "not sent", name, age)

with st.form("note", clear_on_submit=True):
    note = st.text_area("Note", key="f_note")
    posted = st.form_submit_button("Post")
if posted:
    st.write("posted:", note)

INTERACTIONS = [
    [
        {"do": "set", "type": "text_input", "key": "f_name", "value": "Ada"},
        {"do": "set", "type": "slider", "key": "f_age", "value": 36},
        {"do": "click", "type": "button", "label": "Save"},
    ],
    {"do": "run"},
    [
        {"do": "set", "type": "text_area", "key": "f_note", "value": "hello"},
        {"do": "click", "type": "button", "label": "Post"},
    ],
    {"do": "run"},
    {"do": "click", "type": "button", "label": "Save"},
]
