"""text_input and text_area: max_chars, placeholder, password, on_change."""

import streamlit as st

if "changes" not in st.session_state:
    st.session_state.changes = []


def changed():
    st.session_state.changes.append(st.session_state.title)


title = st.text_input("Title", max_chars=10, on_change=changed, key="title")
secret = st.text_input("Secret", type="password", key="secret")
body = st.text_area("Body", placeholder="Write here", key="body")
st.write(f"title={title!r}", len(secret), f"body={body!r}", st.session_state.changes)

INTERACTIONS = [
    {"do": "set", "type": "text_input", "key": "title", "value": "Hello"},
    {"do": "set", "type": "text_input", "key": "secret", "value": "abc"},
    {"do": "set", "type": "text_area", "key": "body", "value": "line one\nline two"},
    {"do": "set", "type": "text_input", "key": "title", "value": "Hello"},
]
