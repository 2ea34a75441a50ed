"""persist_state when the page changes as a click in the menu changes it (at.switch_page: the
browser sends every widget's state, so the common ones stay): "session" values follow the
key to the other page's widget, "page" values do not; a common widget with "page" scope."""

import streamlit as st

st.sidebar.number_input("Common", 0, 10, 0, key="common", persist_state="page")
st.sidebar.checkbox("Flag", key="flag")
st.navigation([st.Page("_pages/pages_persist_a.py"), st.Page("_pages/pages_persist_b.py")]).run()
st.write("state", {k: st.session_state[k] for k in sorted(st.session_state.keys())})

INTERACTIONS = [
    {"do": "set", "type": "slider", "key": "pp", "value": 4},
    {"do": "set", "type": "slider", "key": "ss", "value": 7},
    {"do": "set", "type": "number_input", "key": "common", "value": 3},
    {"do": "set", "type": "checkbox", "key": "flag", "value": True},
    {"do": "switch_page", "page": "_pages/pages_persist_b.py"},
    {"do": "run"},
    {"do": "set", "type": "slider", "key": "ss", "value": 2},
    {"do": "switch_page", "page": "_pages/pages_persist_a.py"},
    {"do": "run"},
]
