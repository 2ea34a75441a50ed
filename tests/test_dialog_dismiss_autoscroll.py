"""st.dialog(on_dismiss=...) and st.container(autoscroll=...) as in Streamlit 1.67 (issue 16
item 4). The close button and the scroller are the real ipywidgets of the page."""

from __future__ import annotations

import pytest

from nbstate.testing import AppTest
from nbstate.views.container import ContainerView
from nbstate.views.layout import DialogView


def _dialog_app() -> None:
    import nbstate as st

    st.session_state.runs = st.session_state.get("runs", 0) + 1

    def gone() -> None:
        st.session_state.dismissed = st.session_state.get("dismissed", 0) + 1
        st.session_state.runs_at_callback = st.session_state.runs

    mode = st.session_state.get("mode", "ignore")

    @st.dialog("Hi", on_dismiss=gone if mode == "callback" else mode)
    def dialog() -> None:
        st.write("inside")

    if st.button("open"):
        dialog()


def _open_dialog(mode: str) -> tuple[AppTest, DialogView]:
    at = AppTest.from_function(_dialog_app)
    at.session_state.mode = mode
    at.run()
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["inside"]
    (view,) = [v for v in at._app.renderer._live if isinstance(v, DialogView)]
    return at, view


def test_dismissing_an_ignore_dialog_hides_it_and_runs_nothing() -> None:
    at, view = _open_dialog("ignore")
    view.close_button.click()
    assert view.widget.layout.display == "none"
    assert not at._app.has_pending_events()  # no rerun, as Streamlit's default "ignore"


def test_dismissing_a_rerun_dialog_reruns_the_app() -> None:
    at, view = _open_dialog("rerun")
    view.close_button.click()
    assert view.widget.layout.display == "none"
    assert at._app.has_pending_events()
    at.run()
    assert at.session_state.runs == 3 and not at.markdown
    assert "dismissed" not in at.session_state


def test_dismissing_a_dialog_with_a_callback_calls_it_before_the_rerun() -> None:
    at, view = _open_dialog("callback")
    view.close_button.click()
    at.run()
    assert at.session_state.dismissed == 1
    assert at.session_state.runs_at_callback == 2  # called before the run's script
    assert at.session_state.runs == 3 and not at.markdown


def test_a_dismissed_dialog_shows_again_when_a_run_calls_it() -> None:
    at, view = _open_dialog("ignore")
    view.close_button.click()
    at.button[0].click().run()
    assert view.widget.layout.display == ""
    assert [m.value for m in at.markdown] == ["inside"]


def test_a_bad_on_dismiss_is_streamlits_error() -> None:
    at = AppTest.from_string(
        'import nbstate as st\n@st.dialog("x", on_dismiss="bad")\ndef d():\n    pass\nd()'
    ).run()
    assert at.exception[0].value == (
        "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def _containers_app() -> None:
    import nbstate as st

    n = st.session_state.get("n", 1)
    with st.container(height=200, key="chat"):
        for i in range(n):
            with st.chat_message("user"):
                st.write(f"message {i}")
    with st.container(height=200, autoscroll=False, key="off"), st.chat_message("user"):
        st.write("x")
    with st.container(height=200, autoscroll=True, key="on"):
        st.write("y")
    with st.container(autoscroll=True, key="unbounded"):
        st.write("z")
    with st.container(height=200, key="plain"):
        st.write("w")
    if st.button("more"):
        st.session_state.n = n + 1


def _scrollers(at: AppTest) -> dict:
    views = [v for v in at._app.renderer._live if isinstance(v, ContainerView)]
    return {
        v.element.key: (v.scroller.tick if v.scroller in v.box.children else None)
        for v in views
        if v.scroller is not None or v.element.key
    }


def test_a_fixed_height_container_scrolls_to_new_content_as_streamlit_decides() -> None:
    at = AppTest.from_function(_containers_app).run()
    # None: only a container with chat messages; True: any fixed-height one; never unbounded
    assert _scrollers(at) == {"chat": 1, "off": None, "on": 1, "unbounded": None, "plain": None}
    at.button[0].click().run()
    at.run()
    assert _scrollers(at)["chat"] == 2  # a new message: scrolled again
    assert _scrollers(at)["on"] == 1  # nothing new


@pytest.mark.parametrize("value", ["yes", 1])
def test_autoscroll_must_be_a_bool_or_none(value: object) -> None:
    at = AppTest.from_string(f"import nbstate as st\nst.container(autoscroll={value!r})").run()
    assert "st.container got autoscroll=" in at.exception[0].value
