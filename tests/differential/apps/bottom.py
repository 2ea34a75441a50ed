"""st.bottom (Streamlit 1.67): elements after the main area, a top-level st.chat_input pinned
there, keyless widgets with ids of their own, fragments, forms and containers inside it, and
the errors of st.bottom used in the sidebar or a dialog; st._bottom, its deprecated name."""

import streamlit as st

st.session_state.setdefault("log", [])


def log(what):
    st.session_state.log.append(what)


st.write("main first")
st.bottom.write("bottom first")
said = st.chat_input("Say", key="say", on_submit=log, args=("said",))
st.write("said:", said)
with st.bottom:
    st.button("Press", key="press", on_click=log, args=("pressed",))
    st.text_input("Name")
    with st.container(border=True):
        st.caption("in a container")
    with st.expander("More"):
        st.write("inside the expander")
    with st.form("bottom_form"):
        st.text_input("In form", key="in_form")
        st.form_submit_button("Send")


@st.fragment
def counter():
    if st.button("Count"):
        st.session_state.count = st.session_state.get("count", 0) + 1
    st.write("count:", st.session_state.get("count", 0))


with st.bottom:
    counter()
st.text_input("Name")
st.sidebar.text_input("Name")
st.bottom.chat_input("Say")

with st.sidebar:
    try:
        st.bottom.write("never")
    except Exception as exc:
        st.write(type(exc).__name__.endswith("InvalidLayoutContextError"), str(exc))


@st.dialog("Box")
def box():
    try:
        with st.bottom:
            st.write("never")
    except Exception as exc:
        st.write(type(exc).__name__.endswith("InvalidLayoutContextError"), str(exc))


st._bottom.write("old name")  # Streamlit's deprecation warning, in main, on the first run
st.write("main last", st.session_state.log)
if st.session_state.get("open_box"):
    box()  # last: Streamlit's AppTest shows a dialog after the main area

INTERACTIONS = [
    {"do": "run"},  # no deprecation warning the second time
    # after a plain run: Streamlit's AppTest reruns the whole app for a fragment's widget,
    # nbstate's the fragment alone, so after a trigger (a button, a chat message) or the
    # warning of the first run the main area would differ
    {"do": "click", "type": "button", "label": "Count"},
    {"do": "click", "type": "button", "key": "press"},
    {"do": "set", "type": "chat_input", "key": "say", "value": "hello"},
    [
        {"do": "set", "type": "text_input", "key": "in_form", "value": "x"},
        {"do": "click", "type": "button", "label": "Send"},
    ],
    {"do": "state", "key": "open_box", "value": True},
]
