"""A fragment with its own state, and st.rerun(scope="app") from inside it. (Streamlit's
AppTest reruns the whole script on a click in a fragment, so this app does not count runs.)"""

import streamlit as st


@st.fragment
def counter():
    if "clicks" not in st.session_state:
        st.session_state.clicks = 0
    if st.button("Click", key="click"):
        st.session_state.clicks += 1
    st.write(f"clicks {st.session_state.clicks}")
    if st.session_state.clicks >= 2 and st.button("Full rerun", key="full"):
        st.rerun(scope="app")


counter()
st.write("outside the fragment")

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "click"},
    {"do": "click", "type": "button", "key": "click"},
    {"do": "click", "type": "button", "key": "full"},
]
