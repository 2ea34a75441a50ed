"""Elements shown inside cached functions are shown again on a cache hit (issue 16 item 16):
in order, inside the containers the function created, in the sidebar, in the container the
call is made in; a form in a cached function warns as a widget does."""

import streamlit as st


@st.cache_data
def load(n):
    st.markdown(f"loading {n}")
    with st.container(border=True):
        st.write("inside a container of the function")
        st.caption("still inside")
    st.sidebar.text("in the sidebar")
    return n * 2


@st.cache_resource
def connect():
    st.info("connecting")
    return {"connected": True}


@st.cache_data
def outer():
    st.text("outer")
    return load(1) + 1


@st.cache_data
def with_form():
    with st.form("f"):
        st.text_input("Name", key="name")
        st.form_submit_button("Send")
    return 1


st.write(load(1), load(2))
col1, col2 = st.columns(2)
with col1:
    load(1)
with col2:
    connect()
st.write(connect()["connected"])
st.write(outer())
with_form()
st.write("end")

# One rerun only: a second one fails in Streamlit's AppTest itself (it reads the replayed
# text_input's value to send it, and no run registered it: KeyError), not in a browser.
INTERACTIONS = [{"do": "run"}]
