"""Writing a widget's key after the widget was created in the same run is an error."""

import streamlit as st

st.number_input("Amount", key="amount", value=1)
if st.session_state.amount > 2:
    st.session_state.amount = 0
st.write("after", st.session_state.amount)

INTERACTIONS = [
    {"do": "set", "type": "number_input", "key": "amount", "value": 2},
    {"do": "set", "type": "number_input", "key": "amount", "value": 5},
    {"do": "run"},
]
