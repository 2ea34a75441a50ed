"""@st.fragment(key=...) and st.rerun(<key>) (issue 16 item 4): the checks of Streamlit 1.67.
(A keyed rerun itself is compared in tests/test_fragment_keys.py: after a fragment run,
Streamlit's AppTest shows only the fragment's elements.)"""

import streamlit as st


@st.fragment(key="charts")
def charts():
    st.write("charts")


@st.fragment(key=7)
def seven():
    st.write("seven")


charts()
charts()  # two calls of one keyed fragment share its key
seven()


def attempt(what, call):
    try:
        call()
    except Exception as exc:  # noqa: BLE001
        kind = type(exc).__name__.replace("Streamlit", "").replace("NbState", "")
        st.write(what, kind, str(exc))


def decorate(key):
    @st.fragment(key=key)
    def f():
        pass

    f()


def duplicate():
    @st.fragment(key="charts")
    def other():
        pass

    other()


attempt("reserved", lambda: decorate("app"))
attempt("reserved fragment", lambda: decorate("fragment"))
attempt("empty", lambda: decorate(""))
attempt("duplicate", duplicate)
attempt("body", lambda: st.rerun("charts"))
attempt("empty scope", lambda: st.rerun(""))
attempt("empty list", lambda: st.rerun([]))
attempt("float", lambda: st.rerun(3.5))
attempt("list with app", lambda: st.rerun(["charts", "app"]))
attempt("list item", lambda: st.rerun(["charts", 2.5]))
attempt("empty item", lambda: st.rerun(["charts", ""]))
