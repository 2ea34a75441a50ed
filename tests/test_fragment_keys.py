"""@st.fragment(key=...) and st.rerun(<key>) from a callback, as in Streamlit 1.67 (issue 16
item 4). Streamlit's AppTest gave, for the app below: 'frag 1 full 1', then after the
"refresh" click 'frag 2 full 1' (only the fragment reran); its errors are compared by
tests/differential/apps/fragment_keys.py."""

from __future__ import annotations

from nbstate.testing import AppTest


def _app() -> None:
    import nbstate as st

    st.session_state.full = st.session_state.get("full", 0) + 1

    @st.fragment(key="charts")
    def charts() -> None:
        st.session_state.frag = st.session_state.get("frag", 0) + 1
        st.write("frag", st.session_state.frag, "full", st.session_state.full)

    @st.fragment(key=7)
    def table() -> None:
        st.session_state.table = st.session_state.get("table", 0) + 1
        st.write("table", st.session_state.table)

    charts()
    table()
    st.button("refresh", on_click=lambda: st.rerun("charts"))
    st.button("both", on_click=lambda: st.rerun(["charts", 7]))
    st.button("plain", on_click=lambda: None)
    st.checkbox("and rerun", key="also", on_change=lambda: st.rerun("charts"))
    st.button("nope", on_click=lambda: st.rerun("nope"))


def _counts(at: AppTest) -> tuple[int, int, int]:
    return at.session_state.full, at.session_state.frag, at.session_state.table


def test_a_callback_reruns_only_the_fragment_its_key_names() -> None:
    at = AppTest.from_function(_app).run()
    assert [m.value for m in at.markdown] == ["frag `1` full `1`", "table `1`"]
    at.button[0].click().run()
    assert _counts(at) == (1, 2, 1)
    # the page keeps the rest of the app (the fragment is updated in place)
    assert [m.value for m in at.markdown] == ["frag `2` full `1`", "table `1`"]
    assert len(at.button) == 4


def test_a_list_of_keys_reruns_each_fragment_once() -> None:
    at = AppTest.from_function(_app).run()
    at.button[1].click().run()
    assert _counts(at) == (1, 2, 2)


def test_another_callback_that_returns_normally_makes_it_an_app_rerun() -> None:
    at = AppTest.from_function(_app).run()
    at.button[2].click()
    at.checkbox[0].check()
    at.run()
    assert _counts(at) == (2, 2, 2)


def test_an_unknown_key_is_streamlits_error() -> None:
    at = AppTest.from_function(_app).run()
    at.button[3].click().run()
    assert at.exception[0].value == (
        "No fragment found for target 'nope'. Pass the same `key` you set on "
        "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
    )
