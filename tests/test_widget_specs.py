"""Widget specs: what a widget's parameters make of it is built once per distinct call.

A rerun of an unchanged widget reuses its spec and the last run's record of it; these tests
check that no change of a parameter is ever missed because of that.
"""

from __future__ import annotations

from nbstate.api.widget import SpecCache, widget_spec
from nbstate.testing import AppTest


def spec(label: str = "S"):
    return widget_spec("slider", key=None, identity={}, props={"label": label}, default=0)


def test_equal_parameters_of_different_types_are_different_calls() -> None:
    cache = SpecCache()
    first = cache.put(("S", 1, (1, 2)), spec())
    assert cache.get(("S", 1, (1, 2))) is first
    assert cache.get(("S", 1.0, (1, 2))) is None
    assert cache.get(("S", True, (1, 2))) is None
    assert cache.get(("S", 1, (1.0, 2.0))) is None
    assert cache.get(("S", 1, (1, 2, 3))) is None


def test_parameters_that_cannot_be_compared_exactly_are_never_cached() -> None:
    cache = SpecCache()
    for parameters in [("S", [1, 2]), ("S", ((1, 2), 3)), ("S", {"a": 1})]:
        cache.put(parameters, spec())
        assert cache.get(parameters) is None


SWITCHING_SLIDER = """
import nbstate as st
kind = st.session_state.get("kind", "int")
label = st.session_state.get("label", "S")
if kind == "int":
    v = st.slider(label, 0, 10, 5, key="s")
else:
    v = st.slider(label, 0.0, 10.0, 5.0, key="s")
st.session_state.seen = (type(v).__name__, v)
"""


def test_a_slider_whose_numbers_change_type_between_runs_follows_them() -> None:
    at = AppTest.from_string(SWITCHING_SLIDER).run()
    assert at.session_state.seen == ("int", 5)
    at.session_state.kind = "float"
    at.run()
    assert not at.exception
    assert at.session_state.seen == ("float", 5.0)
    at.slider(key="s").set_value(2.5).run()
    assert at.session_state.seen == ("float", 2.5)
    at.session_state.kind = "int"
    at.run()
    assert at.session_state.seen == ("int", 5)


def test_a_label_change_of_a_keyed_slider_keeps_its_value_and_shows_the_new_label() -> None:
    at = AppTest.from_string(SWITCHING_SLIDER).run()
    at.slider(key="s").set_value(7).run()
    at.session_state.label = "Renamed"
    at.run()
    assert at.slider(key="s").label == "Renamed"
    assert at.session_state.seen == ("int", 7)


CALLBACK_CHANGES = """
import nbstate as st
log = st.session_state.setdefault("log", [])
which = st.session_state.get("which", "a")
st.slider("S", 0, 10, key="s", on_change=log.append if which == "a" else log.extend,
          args=None if which == "a" else (["b1", "b2"],),
          disabled=st.session_state.get("off", False))
"""


def test_the_callback_and_args_of_the_latest_run_are_used() -> None:
    at = AppTest.from_string(CALLBACK_CHANGES).run()
    at.session_state.which = "b"
    at.run()
    at.slider(key="s").set_value(3).run()
    assert at.session_state.log == ["b1", "b2"]
    at.session_state.off = True
    at.run()
    assert at.slider(key="s").disabled
    at.session_state.off = False
    at.run()
    assert not at.slider(key="s").disabled


def test_keyless_sliders_with_equal_numbers_of_different_types_are_two_widgets() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.seen = (st.slider("S", 0, 10), st.slider("S", 0.0, 10.0))
"""
    ).run()
    assert not at.exception  # Streamlit 1.67: no duplicate-id error either
    assert at.session_state.seen == (0, 0.0)
    assert [type(v) for v in at.session_state.seen] == [int, float]


SWITCHING_INPUTS = """
import nbstate as st
f = st.session_state.get("float", False)
n = st.number_input("N", 0.0 if f else 0, 10.0 if f else 10, key="n")
m = st.number_input("M", 0.0 if f else 0, 10.0 if f else 10)
t = st.text_input("T", st.session_state.get("text", "a"), key="t")
c = st.checkbox("C", st.session_state.get("checked", False))
st.session_state.seen = (type(n).__name__, n, t, c, type(m).__name__)
"""


def test_number_text_and_checkbox_follow_changes_of_their_parameters() -> None:
    at = AppTest.from_string(SWITCHING_INPUTS).run()
    assert at.session_state.seen == ("int", 0, "a", False, "int")
    at.session_state["float"] = True
    at.session_state.checked = True  # a keyless checkbox with a new default is a new widget
    at.run()
    assert not at.exception
    # A keyed number_input's id is its key alone: it keeps its value (Streamlit 1.67 too).
    assert at.session_state.seen == ("int", 0, "a", True, "float")
    at.number_input(key="n").set_value(2.5).run()
    assert at.session_state.seen == ("float", 2.5, "a", True, "float")


CHOICES = """
import nbstate as st
suffix = st.session_state.get("suffix", "")
if "fmt" not in st.session_state:
    st.session_state.fmt = lambda option: f"{option}{st.session_state.get('suffix', '')}"
options = st.session_state.get("options", ["a", "b"])
st.selectbox("Plain", options, key="plain")
st.selectbox("Formatted", ["x", "y"], format_func=st.session_state.fmt, key="formatted")
"""


def test_a_selectbox_shows_new_options_and_the_labels_of_its_format_func_every_run() -> None:
    at = AppTest.from_string(CHOICES).run()
    assert at.selectbox(key="formatted").options == ["x", "y"]
    at.session_state.suffix = "!"  # the same function now formats differently
    at.session_state.options = ["c", "d"]
    at.run()
    assert at.selectbox(key="formatted").options == ["x!", "y!"]
    assert at.selectbox(key="plain").options == ["c", "d"]
    assert at.selectbox(key="plain").value == "c"


def test_a_keyed_button_shows_its_new_label_and_its_clicks_still_count() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
clicks = st.session_state.setdefault("clicks", [])
label = st.session_state.get("label", "Go")
if st.button(label, key="go", type=st.session_state.get("type", "secondary")):
    clicks.append(label)
"""
    ).run()
    at.button(key="go").click().run()
    at.session_state.label, at.session_state.type = "Again", "primary"
    at.run()
    assert at.button(key="go").label == "Again"
    at.button(key="go").click().run()
    assert at.session_state.clicks == ["Go", "Again"]
    at.session_state.type = "huge"
    at.run()
    assert at.exception[0].type == "NbStateValueError"  # checked on every call, cached or not
