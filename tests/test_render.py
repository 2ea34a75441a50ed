"""Reconciliation on real ipywidgets: reruns reuse widgets and send only what changed."""

from __future__ import annotations

import ipywidgets as W
from ipywidgets.widgets.widget import _instances

from nbstate.testing import AppTest

COUNTER = """
import nbstate as st
if "n" not in st.session_state:
    st.session_state.n = 0
def inc():
    st.session_state.n += 1
st.title("Counter")
st.button("Add", key="add", on_click=inc)
st.text_input("Name", key="name")
st.slider("Level", 0, 10, key="level")
st.write("n is", st.session_state.n)
if st.session_state.n % 2:
    st.write("odd")
"""


def _widgets(at: AppTest) -> dict[str, W.Widget]:
    views = at._app.renderer.widget_views
    return {view.widget.description: view.widget for view in views.values()}


def _live_models() -> int:
    return len(_instances)


def test_rerun_reuses_every_widget_object_and_opens_no_model() -> None:
    at = AppTest.from_string(COUNTER).run()
    before = _widgets(at)
    models = _live_models()
    at.run()
    assert _widgets(at) == before
    assert all(a is b for a, b in zip(_widgets(at).values(), before.values(), strict=True))
    assert _live_models() == models


def test_user_change_reruns_and_keeps_the_same_widget() -> None:
    at = AppTest.from_string(COUNTER).run()
    slider = _widgets(at)["Level"]
    at.slider(key="level").set_value(7).run()
    assert _widgets(at)["Level"] is slider
    assert slider.value == 7
    assert at.session_state.level == 7


def test_only_the_changed_text_is_updated_in_place() -> None:
    at = AppTest.from_string(COUNTER).run()
    main = at._app.renderer.main.widget
    children = main.children
    at.button(key="add").click().run()
    # "odd" appears at the end: the earlier children are the very same models.
    assert main.children[: len(children)] == children
    assert len(main.children) == len(children) + 1
    assert "n is <code>1</code>" in main.children[len(children) - 1].value


def test_disappearing_element_closes_its_models_including_layout_and_style() -> None:
    at = AppTest.from_string(COUNTER).run()
    models = _live_models()
    at.button(key="add").click().run()  # "odd" appears: one HTML + its layout + style
    assert _live_models() == models + 3
    at.button(key="add").click().run()  # and disappears again
    assert _live_models() == models


def test_reconciliation_writes_are_not_read_back_as_user_events() -> None:
    script = """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
st.session_state.s = 5
st.slider("S", 0, 10, key="s", on_change=lambda: calls.append("changed"))
"""
    at = AppTest.from_string(script).run()
    assert _widgets(at)["S"].value == 5
    at.run()
    assert at.session_state.calls == []
    assert not at._app.has_pending_events()


def test_a_value_the_widget_cannot_show_does_not_overwrite_session_state() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.slider("S", 0, 10, key="s")\nst.write(st.session_state.s)'
    ).run()
    at.session_state.s = 50  # out of range: the slider clamps what it shows
    at.run()
    assert at.exception[0].type == "NbStateValueAboveMaxError"
    at.run()
    assert at.session_state.s == 50
    assert _widgets(at)["S"].value == 10
    assert not at._app.has_pending_events()


def test_keyed_widgets_carry_the_key_css_class() -> None:
    at = AppTest.from_string(COUNTER).run()
    assert "nbstate-key-level" in _widgets(at)["Level"]._dom_classes
    assert "nbstate-key-add" in _widgets(at)["Add"]._dom_classes


def test_clear_button_empties_caches_and_session_state_and_reruns() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
@st.cache_data
def load():
    st.session_state.loads = st.session_state.get("loads", 0) + 1
    return 42
load()
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
"""
    ).run()
    at.run()
    assert (at.session_state.loads, at.session_state.visits) == (1, 2)
    at._app.clear_button.click()  # the toolbar's eraser, as a click from the page
    assert at.session_state.to_dict() == {"loads": 1, "visits": 1}


def test_horizontal_radio_opens_no_extra_layout_model_per_run() -> None:
    # A horizontal radio used to get a new Layout on every change, leaving the old one open.
    at = AppTest.from_string(
        """
import nbstate as st
st.radio("R", ["a", "b", "c"], key="r", horizontal=True)
if st.checkbox("show", key="show"):
    st.radio("R2", ["x", "y"], key="r2", horizontal=True)
"""
    ).run()
    radio = _widgets(at)["R"]
    assert (radio.layout.display, radio.layout.flex_flow) == ("flex", "row wrap")
    models = _live_models()
    for value in "bcab":
        at.radio(key="r").set_value(value).run()
    assert _live_models() == models
    for shown in (True, False, True, False):
        at.checkbox(key="show").set_value(shown).run()
    assert _live_models() == models


def test_creating_and_closing_an_app_leaves_no_model_open() -> None:
    models = _live_models()
    at = AppTest.from_string('import nbstate as st\nst.write("hi")').run()
    at._app.close()
    assert _live_models() == models


def test_widgets_show_every_corrected_value_over_reruns() -> None:
    # An unchanged widget reuses its last props, and a corrected value replaces them: the
    # page follows every correction and every valid value in turn.
    at = AppTest.from_string(
        """
import nbstate as st
st.selectbox("Pick", ["a", "b", "c"], key="pick")
st.number_input("Num", 0, 10, 5, key="num")
"""
    ).run()
    widgets = _widgets(at)
    for pick, num, shown_pick, shown_num in [
        ("zz", 50, "a", 5),  # invalid: both fall back to their defaults
        ("c", 7, "c", 7),
        ("c", 7, "c", 7),  # unchanged
        ("zz", -1, "a", 5),
        ("b", 2, "b", 2),
    ]:
        at.session_state.pick, at.session_state.num = pick, num
        at.run()
        assert not at.exception
        shown = (widgets["Pick"].label, widgets["Num"].value)
        assert shown == (shown_pick, shown_num)
        assert (at.session_state.pick, at.session_state.num) == (shown_pick, shown_num)
        at.run()  # a rerun with nothing new keeps showing the same
        assert (widgets["Pick"].label, widgets["Num"].value) == shown
