"""Values a callback puts in session_state that a widget cannot take (reference section 10).
(Written by callbacks: Streamlit's AppTest drops an out-of-range slider value written through
at.session_state between runs, and resets the slider to its minimum on a later click, which
a browser session does not do; so the slider's steps end with a plain run.)"""

import streamlit as st


def put(key, value):
    st.session_state[key] = value


st.button("Too high", key="high", on_click=put, args=("level", 20))
st.button("Too much", key="much", on_click=put, args=("amount", 9))
st.button("Unknown tag", key="tag", on_click=put, args=("tags", ["x", "nope"]))
st.slider("Level", 0, 10, key="level")
st.number_input("Amount", min_value=0, max_value=5, key="amount")
st.multiselect("Tags", ["x", "y"], key="tags")
st.write(
    f"level={st.session_state.level} amount={st.session_state.amount} tags={st.session_state.tags}"
)

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "much"},
    {"do": "click", "type": "button", "key": "tag"},
    {"do": "click", "type": "button", "key": "high"},
    {"do": "run"},
]
