"""selectbox, radio, multiselect, select_slider: values, corrections (§10) and resets (§12)."""

from __future__ import annotations

import pytest

from nbstate.testing import AppTest


def test_choices_return_options_and_follow_user_changes() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
a = st.selectbox("Pick", ["a", "b", "c"], key="sel")
r = st.radio("Radio", ["x", "y"], index=None, key="rad")
m = st.multiselect("Multi", ["p", "q", "r"], default=["q"], key="ms")
s = st.select_slider("Size", ["S", "M", "L"], value=("S", "L"), key="ss")
st.session_state.seen = (a, r, m, s)
"""
    ).run()
    assert at.session_state.seen == ("a", None, ["q"], ("S", "L"))
    at.selectbox(key="sel").set_value("c")
    at.radio(key="rad").set_value("y")
    at.multiselect(key="ms").set_value(["r", "p"])
    at.select_slider(key="ss").set_range("M", "L")
    at.run()
    assert at.session_state.seen == ("c", "y", ["r", "p"], ("M", "L"))


def test_format_func_changes_labels_not_values() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nv = st.selectbox("n", [1, 2, 3], format_func=lambda n: f"#{n}", key="n")'
    ).run()
    assert at.selectbox[0].proto.props["labels"] == ("#1", "#2", "#3")
    at.selectbox[0].set_value(3).run()
    assert at.session_state.n == 3


@pytest.mark.parametrize("kind", ["selectbox", "radio", "select_slider"])
def test_a_state_value_that_is_not_an_option_resets_to_the_default_option(kind: str) -> None:
    at = AppTest.from_string(
        f'import nbstate as st\nst.session_state.k = "zzz"\nv = st.{kind}("K", ["a", "b"], key="k")\nst.session_state.v = v'
    ).run()
    assert not at.exception
    assert at.session_state.v == "a"
    assert at.session_state.k == "a"


def test_multiselect_drops_invalid_state_entries_and_returns_the_state_object() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.m = ["a", "zzz"]
v = st.multiselect("M", ["a", "b"], key="m")
st.session_state.same = v is st.session_state.m
st.session_state.v = v
"""
    ).run()
    assert at.session_state.v == ["a"]
    assert at.session_state.m == ["a"]
    assert at.session_state.same is True


def test_multiselect_over_max_selections_raises_on_every_run() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
if "m" not in st.session_state:
    st.session_state.m = ["a", "b"]
st.multiselect("M", ["a", "b"], key="m", max_selections=1)
"""
    ).run()
    assert at.exception[0].type == "NbStateSelectionCountExceedsMaxError"
    assert "Multiselect has 2 options selected but `max_selections` is set to 1" in (
        at.exception[0].value
    )
    at.run()
    assert at.exception[0].type == "NbStateSelectionCountExceedsMaxError"


def test_selectbox_accepts_none_from_state() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.k = None\nst.session_state.v = st.selectbox("K", ["a"], key="k")'
    ).run()
    assert at.session_state.v is None


@pytest.mark.parametrize("kind", ["selectbox", "radio"])
def test_keyed_choice_keeps_value_when_option_added_and_resets_when_removed(kind: str) -> None:
    script = """
import nbstate as st
opts = st.session_state.get("opts", ["a", "b"])
st.{kind}("K", opts, key="k")
"""
    at = AppTest.from_string(script.format(kind=kind)).run()
    widget_id = getattr(at, kind)[0].id
    getattr(at, kind)[0].set_value("b").run()
    at.session_state.opts = ["a", "b", "c"]
    at.run()
    assert at.session_state.k == "b"
    assert getattr(at, kind)[0].id == widget_id
    at.session_state.opts = ["a", "c"]
    at.run()
    assert at.session_state.k == "a"


def test_keyless_selectbox_resets_when_its_options_change() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
opts = st.session_state.get("opts", ["a", "b"])
st.session_state.v = st.selectbox("K", opts)
"""
    ).run()
    at.selectbox[0].set_value("b").run()
    assert at.session_state.v == "b"
    at.session_state.opts = ["a", "b", "c"]
    at.run()
    assert at.session_state.v == "a"


def test_keyed_multiselect_filters_a_removed_option() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
opts = st.session_state.get("opts", ["a", "b"])
st.multiselect("M", opts, key="m")
"""
    ).run()
    at.multiselect[0].set_value(["a", "b"]).run()
    at.session_state.opts = ["a"]
    at.run()
    assert at.session_state.m == ["a"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.selectbox("K", ["a"], index=3)', "index must be greater than or equal to 0"),
        ('st.radio("K", ["a"], index="0")', "index must be an int"),
        ('st.multiselect("K", ["a"], default=["z"])', "is not one of its options"),
        ('st.select_slider("K", [])', "has no options"),
        ('st.select_slider("K", ["a"], value="z")', "is not one of its options"),
        ('st.selectbox("K", 5)', "options must be a list"),
    ],
)
def test_bad_choice_parameters_raise_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string("import nbstate as st\n" + call).run()
    assert at.exception[0].type == "NbStateAPIException"
    assert message in at.exception[0].value


def test_choice_callbacks_fire_only_on_a_real_change() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
st.selectbox("K", ["a", "b"], key="k", on_change=lambda: calls.append(st.session_state.k))
"""
    ).run()
    at.selectbox[0].set_value("a").run()
    assert at.session_state.calls == []
    at.selectbox[0].set_value("b").run()
    assert at.session_state.calls == ["b"]
