"""Callbacks run before the body, in page order, only on a real change; st.rerun in one."""

import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def note(name):
    st.session_state.log.append(name)


def note_and_rerun():
    st.session_state.log.append("rerun")
    st.rerun()


st.text_input("A", key="a", on_change=note, args=("a",))
st.checkbox("B", key="b", on_change=note, args=("b",))
st.button("C", key="c", on_click=note_and_rerun)
st.write(" / ".join(st.session_state.log) or "nothing yet")

INTERACTIONS = [
    [
        {"do": "set", "type": "checkbox", "key": "b", "value": True},
        {"do": "set", "type": "text_input", "key": "a", "value": "x"},
    ],
    {"do": "set", "type": "text_input", "key": "a", "value": "x"},
    {"do": "click", "type": "button", "key": "c"},
]
