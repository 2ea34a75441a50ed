"""A button that its own callback disables (issue 16 item 9)."""

import streamlit as st

if "done" not in st.session_state:
    st.session_state.done = False


def finish():
    st.session_state.done = True


clicked = st.button("Go", disabled=st.session_state.done, on_click=finish)
st.write("clicked" if clicked else "not clicked")

INTERACTIONS = [
    {"do": "click", "type": "button", "label": "Go"},
]
