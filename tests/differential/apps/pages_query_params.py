"""st.switch_page(query_params=...): the new page's query parameters are those given (a
mapping or pairs, repeated keys), none without them; a bad type is an error."""

import streamlit as st


def first():
    st.subheader("First")
    how = st.radio("how", ["dict", "pairs", "none", "bad"], key="how")
    st.write("params", st.query_params.to_dict(), st.query_params.get_all("tag"))
    if st.button("Go", key="go"):
        given = {
            "dict": {"utm_source": "first", "n": 3},
            "pairs": [("tag", "a"), ("tag", "b"), ("one", "1")],
            "none": None,
            "bad": 5,
        }[how]
        try:
            st.switch_page(second_page, query_params=given)
        except Exception as error:  # noqa: BLE001 - show Streamlit's error
            st.write("error", str(error))


def second():
    st.subheader("Second")
    st.write("params", st.query_params.to_dict(), st.query_params.get_all("tag"))
    if st.button("Back", key="back"):
        st.switch_page(first_page, query_params={"back": "yes"})


first_page = st.Page(first, default=True)
second_page = st.Page(second, url_path="second")
st.navigation([first_page, second_page]).run()

INTERACTIONS = [
    {"do": "query", "params": {"start": "1", "embed": "true"}},
    {"do": "click", "type": "button", "key": "go"},
    {"do": "click", "type": "button", "key": "back"},
    {"do": "set", "type": "radio", "key": "how", "value": "pairs"},
    {"do": "click", "type": "button", "key": "go"},
    {"do": "click", "type": "button", "key": "back"},
    {"do": "set", "type": "radio", "key": "how", "value": "none"},
    {"do": "click", "type": "button", "key": "go"},
    {"do": "click", "type": "button", "key": "back"},
    {"do": "set", "type": "radio", "key": "how", "value": "bad"},
    {"do": "click", "type": "button", "key": "go"},
]
