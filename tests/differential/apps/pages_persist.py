"""persist_state across page switches (Streamlit 1.67): "session" keeps a widget's value on
every page, "page" only while the app stays on the widget's page; a form's widgets too."""

import streamlit as st


def first():
    st.slider("Page scoped", 0, 10, 1, key="pp", persist_state="page")
    st.slider("Session scoped", 0, 10, 1, key="ss", persist_state="session")
    st.text_input("Plain", key="plain")
    if st.checkbox("Show more", key="more", value=True):
        st.number_input("Hidden page", 0, 10, 2, key="hp", persist_state="page")
        st.number_input("Hidden session", 0, 10, 2, key="hs", persist_state="session")
    with st.form("f"):
        st.text_input("In form", key="ft", persist_state="session")
        st.form_submit_button("Submit", key="submit")
    st.button("Next", key="next", on_click=lambda: st.switch_page(second_page))


def second():
    st.write("second", sorted(st.session_state.keys()))
    st.slider("Session scoped", 0, 10, 1, key="ss", persist_state="session")
    if st.button("Back", key="back"):
        st.switch_page(first_page)


first_page = st.Page(first)
second_page = st.Page(second)
st.navigation([first_page, second_page]).run()
st.write("state", {k: st.session_state[k] for k in sorted(st.session_state.keys())})

INTERACTIONS = [
    {"do": "set", "type": "slider", "key": "pp", "value": 4},
    {"do": "set", "type": "slider", "key": "ss", "value": 7},
    {"do": "set", "type": "number_input", "key": "hp", "value": 5},
    {"do": "set", "type": "number_input", "key": "hs", "value": 6},
    {"do": "set", "type": "text_input", "key": "plain", "value": "x"},
    [
        {"do": "set", "type": "text_input", "key": "ft", "value": "kept"},
        {"do": "click", "type": "button", "key": "submit"},
    ],
    {"do": "set", "type": "checkbox", "key": "more", "value": False},
    {"do": "run"},
    {"do": "set", "type": "checkbox", "key": "more", "value": True},
    {"do": "set", "type": "checkbox", "key": "more", "value": False},
    {"do": "click", "type": "button", "key": "next"},
    {"do": "set", "type": "slider", "key": "ss", "value": 3},
    {"do": "click", "type": "button", "key": "back"},
    {"do": "run"},
    {"do": "set", "type": "checkbox", "key": "more", "value": True},
]
