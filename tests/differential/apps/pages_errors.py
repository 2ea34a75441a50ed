"""Errors of multipage apps, with Streamlit 1.67's types and messages."""

import streamlit as st


def a():
    pass


def b():
    pass


case = st.radio(
    "Case",
    [
        "ok",
        "dup",
        "defaults",
        "unknown",
        "run twice",
        "position",
        "empty",
        "nested",
        "no url",
        "missing file",
        "twice",
        "link",
    ],
    key="case",
)
try:
    if case == "dup":
        st.navigation({"S1": [st.Page(a)], "S2": [st.Page(b, url_path="a")]})
    elif case == "defaults":
        st.navigation([st.Page(a, default=True), st.Page(b, default=True)])
    elif case == "unknown":
        st.navigation([a, b])
        st.switch_page("nope.py")
    elif case == "run twice":
        page = st.navigation([a, b])
        page.run()
        page.run()
    elif case == "position":
        st.navigation([a], position="left")
    elif case == "empty":
        st.navigation([])
    elif case == "nested":
        st.Page(a, url_path="x/y")
    elif case == "no url":
        st.Page(b, url_path="/")
    elif case == "missing file":
        st.Page("missing.py")
    elif case == "twice":
        st.navigation([a, b])
        st.write(st.navigation([b]).title)
    elif case == "link":
        st.page_link("https://example.org")
    else:
        st.write(st.navigation([a, b]).title)
except Exception as error:
    st.write(type(error).__name__.replace("Streamlit", "NbState"), str(error))

INTERACTIONS = [
    {"do": "set", "type": "radio", "key": "case", "value": "dup"},
    {"do": "set", "type": "radio", "key": "case", "value": "defaults"},
    {"do": "set", "type": "radio", "key": "case", "value": "unknown"},
    {"do": "set", "type": "radio", "key": "case", "value": "run twice"},
    {"do": "set", "type": "radio", "key": "case", "value": "position"},
    {"do": "set", "type": "radio", "key": "case", "value": "empty"},
    {"do": "set", "type": "radio", "key": "case", "value": "nested"},
    {"do": "set", "type": "radio", "key": "case", "value": "no url"},
    {"do": "set", "type": "radio", "key": "case", "value": "missing file"},
    {"do": "set", "type": "radio", "key": "case", "value": "twice"},
    {"do": "set", "type": "radio", "key": "case", "value": "link"},
]
