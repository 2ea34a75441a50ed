"""An echo bot: chat messages from session_state and a chat input."""

import streamlit as st

if "messages" not in st.session_state:
    st.session_state.messages = []

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    st.session_state.messages.append({"role": "assistant", "content": f"Echo: {prompt}"})
    st.rerun()

INTERACTIONS = [
    {"do": "set", "type": "chat_input", "index": 0, "value": "hello"},
    {"do": "set", "type": "chat_input", "index": 0, "value": "again"},
]
