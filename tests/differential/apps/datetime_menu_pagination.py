"""st.datetime_input, st.menu_button and st.pagination (Streamlit 1.67): values, defaults,
callbacks, session_state."""

import datetime as dt

import streamlit as st


def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1


# The interactions below are literals, which cannot hold a datetime: this turns a string
# into one, through session_state.
if st.session_state.get("go"):
    st.session_state.empty = dt.datetime.fromisoformat(st.session_state.go)
    st.session_state.go = None
when = st.datetime_input("When", dt.datetime(2024, 5, 1, 10, 30, 45), key="when", on_change=changed)
empty = st.datetime_input("Empty", value=None, key="empty")
day = st.datetime_input("Day", dt.date(2024, 1, 2), max_value="2024-12-31", step=3600)
action = st.menu_button("Actions", ["copy", "paste", 3], key="menu", on_click=changed)
page = st.pagination(10, default=3, key="page", on_change=changed)
other = st.pagination(4, key="other")
st.write(repr((when, empty, day, action, page, other)))

INTERACTIONS = [
    {"do": "state", "key": "go", "value": "2025-01-01T08:15"},
    {"do": "set", "type": "menu_button", "key": "menu", "value": 3},
    {"do": "run"},
    {"do": "set", "type": "pagination", "key": "page", "value": 7},
    {"do": "state", "key": "other", "value": 9},
    {"do": "state", "key": "empty", "value": None},
]
