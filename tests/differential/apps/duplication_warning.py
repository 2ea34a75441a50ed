"""A widget with a default value whose key was also set through session_state.

Streamlit 1.67 only logs 'The widget with key "c" was created with a default value but also
had its value set via the Session State API.' (streamlit/elements/lib/policies.py,
check_session_state_rules: `_LOGGER.warning`, no element), so a browser session shows nothing
on the page, as AppTest does; nbstate logs it too (logger "nbstate": the kernel's log).
"""

import streamlit as st

if "c" not in st.session_state:
    st.session_state.c = 5
st.number_input("Count", value=2, key="c")
st.write(st.session_state.c)
