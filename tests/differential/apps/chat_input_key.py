"""A keyed chat_input's session_state value (issue 16 item 8)."""

import streamlit as st

prompt = st.chat_input("Say", key="msg")
st.write(repr(prompt), repr(st.session_state.msg))

INTERACTIONS = [
    {"do": "set", "type": "chat_input", "key": "msg", "value": "hello"},
    {"do": "run"},
]
