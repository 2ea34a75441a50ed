"""A fragment on a page of a multipage app: its widgets keep their values (nbstate reruns the
fragment alone; Streamlit's AppTest reruns the app); the other page drops them."""

import streamlit as st


def first():
    @st.fragment
    def part():
        st.number_input("N", key="n")
        st.text_input("T", key="t")
        st.write("fragment", sorted(st.session_state.keys()))

    part()
    st.button("Other", key="go", on_click=lambda: st.switch_page(other_page))


other_page = st.Page(lambda: st.write("other page"), title="Other", url_path="other")
st.navigation([st.Page(first), other_page]).run()

INTERACTIONS = [
    {"do": "set", "type": "number_input", "key": "n", "value": 3.0},
    {"do": "set", "type": "text_input", "key": "t", "value": "x"},
    {"do": "run"},
    {"do": "click", "type": "button", "key": "go"},
]
