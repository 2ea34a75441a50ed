"""bind="query-params" on st.tabs (the open tab's label) and st.expander (true/false): the
URL opens them, an unknown label or a non-boolean is removed, the default removes it."""

import streamlit as st

if st.toggle("show", key="show"):
    tabs = st.tabs(["One", "Two", "Three"], key="t", bind="query-params")
    box = st.expander("Box", key="e", bind="query-params")
    st.write("open tab", [tab.open for tab in tabs], "expander", box.open)
st.write("url", st.query_params.to_dict())

INTERACTIONS = [
    [
        {"do": "query", "params": {"t": "Two", "e": "true"}},
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
    {"do": "set", "type": "toggle", "key": "show", "value": False},
    [
        {"do": "query", "params": {"t": "two", "e": "yes"}},
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
    {"do": "set", "type": "toggle", "key": "show", "value": False},
    [
        {"do": "query", "params": {"t": "One", "e": "false", "x": "1"}},
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
]
