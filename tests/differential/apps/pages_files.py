"""Pages from files: a page switch (at.switch_page, st.switch_page in the script and in a
callback) runs the other file; the common sidebar widget keeps its state; the old page's
widgets leave session_state; widgets of a page come back with their defaults."""

import streamlit as st

st.sidebar.checkbox("Dark", key="dark")
page = st.navigation(
    [st.Page("_pages/pages_home.py", title="Home"), st.Page("_pages/pages_report.py", icon="📈")]
)
st.write("page", page.title, page.icon, page.url_path)
page.run()

INTERACTIONS = [
    {"do": "set", "type": "text_input", "key": "name", "value": "Ada"},
    {"do": "set", "type": "checkbox", "key": "dark", "value": True},
    {"do": "switch_page", "page": "_pages/pages_report.py"},
    {"do": "set", "type": "slider", "key": "level", "value": 7},
    {"do": "run"},
    {"do": "click", "type": "button", "key": "to_home"},
    {"do": "switch_page", "page": "_pages/pages_home.py"},
    {"do": "click", "type": "button", "key": "to_report"},
]
