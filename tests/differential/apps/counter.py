import streamlit as st

st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0


def add(n):
    st.session_state.count += n


st.button("Add", key="add", on_click=add, args=(2,))
st.write("Count:", st.session_state.count)

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "add"},
    {"do": "click", "type": "button", "label": "Add"},
    {"do": "run"},
]
