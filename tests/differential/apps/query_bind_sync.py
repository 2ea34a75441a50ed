"""bind="query-params" after the first run: what the script sets through session_state
reaches the URL (its default removes the parameter), a bound parameter cannot be set,
deleted or cleared through st.query_params, `embed` cannot be bound, a widget that stops
binding loses its parameter, and bind with persist_state."""

import streamlit as st

B = {"bind": "query-params"}


def set_values():
    st.session_state.n = 8
    st.session_state.pick = ["b", "c"]


def reset_values():
    st.session_state.n = 1
    st.session_state.pick = []


st.button("set", key="set", on_click=set_values)
st.button("reset", key="reset", on_click=reset_values)
n = st.slider("n", 1, 10, key="n", **B)
pick = st.multiselect("pick", ["a", "b", "c"], key="pick", **B)
bound = st.checkbox("bound", value=True, key="bound_flag")
st.text_input("word", key="word", bind="query-params" if bound else None)
if st.checkbox("kept", value=True, key="kept_flag"):
    st.number_input("kept", 0, 100, 5, key="kept", bind="query-params", persist_state="session")

op = st.radio("op", ["none", "set", "delete", "clear", "update", "embed"], key="op")
try:
    if op == "set":
        st.query_params["n"] = "3"
    elif op == "delete":
        del st.query_params["n"]
    elif op == "clear":
        st.query_params.clear()
    elif op == "update":
        st.query_params.update(free="1", pick="a")
    elif op == "embed":
        st.text_input("embed", key="Embed", bind="query-params")
except Exception as exc:  # noqa: BLE001 - shown, to compare the errors
    st.write("error", str(exc))
st.write("n", n, "pick", pick, st.query_params.to_dict())

INTERACTIONS = [
    {"do": "query", "params": {"n": "4", "word": "hi", "kept": "7", "free": "x"}},
    {"do": "set", "type": "slider", "key": "n", "value": 6},
    {"do": "click", "type": "button", "key": "set"},
    {"do": "run"},
    {"do": "click", "type": "button", "key": "reset"},
    {"do": "set", "type": "radio", "key": "op", "value": "set"},
    {"do": "set", "type": "radio", "key": "op", "value": "delete"},
    {"do": "set", "type": "radio", "key": "op", "value": "clear"},
    {"do": "set", "type": "radio", "key": "op", "value": "update"},
    {"do": "set", "type": "radio", "key": "op", "value": "embed"},
    {"do": "set", "type": "radio", "key": "op", "value": "none"},
    {"do": "set", "type": "text_input", "key": "word", "value": "typed"},
    {"do": "set", "type": "checkbox", "key": "bound_flag", "value": False},
    {"do": "set", "type": "number_input", "key": "kept", "value": 9},
    {"do": "set", "type": "checkbox", "key": "kept_flag", "value": False},
    {"do": "set", "type": "checkbox", "key": "kept_flag", "value": True},
    [
        {"do": "query", "params": {"kept": "42"}},
        {"do": "set", "type": "checkbox", "key": "kept_flag", "value": False},
    ],
    [
        {"do": "query", "params": {"kept": "42"}},
        {"do": "set", "type": "checkbox", "key": "kept_flag", "value": True},
    ],
]
