"""st.set_page_config: Streamlit 1.67's checks of layout and initial_sidebar_state, and calls
that add up (the sidebar's collapse itself is compared in tests/test_sidebar_toggle.py)."""

import streamlit as st

st.set_page_config(page_title="Calls", initial_sidebar_state="collapsed")
st.set_page_config(layout="wide")  # keeps the title and the sidebar state
st.set_page_config(initial_sidebar_state=320)
st.set_page_config(initial_sidebar_state="locked")


def attempt(what, **kwargs):
    try:
        st.set_page_config(**kwargs)
    except Exception as exc:  # noqa: BLE001
        kind = type(exc).__name__.replace("Streamlit", "").replace("NbState", "")
        st.write(what, kind, str(exc))


attempt("bad layout", layout="huge")
attempt("bad state", initial_sidebar_state="sideways")
attempt("zero width", initial_sidebar_state=0)
attempt("negative width", initial_sidebar_state=-5)
st.sidebar.write("in the sidebar")
st.write("done")

INTERACTIONS = []
