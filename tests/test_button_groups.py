"""st.pills, st.segmented_control and st.feedback in nbstate's AppTest (issue 19).

Expected values were measured with Streamlit 1.67's AppTest on the same scripts
(tests/differential/apps/button_groups.py compares the two directly).
"""

from __future__ import annotations

import pytest

from nbstate.errors import NbStateAPIException
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError

APP = """
import nbstate as st
a = st.pills("P", ["x", "y", 3], key="p")
b = st.pills("M", ["x", "y", 3], selection_mode="multi", default=["y"], key="m",
             format_func=lambda o: f"<{o}>")
c = st.segmented_control("S", [1, 2, 3], default=2)
d = st.segmented_control("SM", [1, 2, 3], selection_mode="multi", default=2)
f = st.feedback("stars", key="f")
g = st.feedback(default=1)
st.session_state.seen = (a, b, c, d, f, g)
"""


def test_defaults_lists_and_wrappers_as_in_streamlit() -> None:
    at = AppTest.from_string(APP).run()
    assert at.session_state.seen == (None, ["y"], 2, [2], None, 1)
    # Streamlit 1.67: at.button_group lists pills and segmented controls, at.feedback the rest
    assert (len(at.button_group), len(at.pills), len(at.segmented_control)) == (4, 2, 2)
    assert len(at.feedback) == 2
    shown = [(w.value, w.label, w.options, w.key, list(w.indices)) for w in at.button_group]
    assert shown == [
        (None, "P", ["x", "y", "3"], "p", []),
        (["y"], "M", ["<x>", "<y>", "<3>"], "m", [1]),
        (2, "S", ["1", "2", "3"], None, [1]),
        ([2], "SM", ["1", "2", "3"], None, [1]),
    ]
    assert {w.type for w in at.button_group} == {"button_group"}
    assert at.button_group[1].formatted_values == ["<y>"]
    assert [w.type for w in at.feedback] == ["feedback", "feedback"]


def test_user_choices_select_unselect_and_feedback() -> None:
    at = AppTest.from_string(APP).run()
    at.pills(key="p").set_value("y").run()
    assert at.session_state.seen[0] == "y"
    at.pills(key="m").select(3).run()
    assert at.session_state.seen[1] == ["y", 3]
    at.pills(key="m").unselect("y").run()
    assert at.session_state.seen[1] == [3]
    at.pills(key="p").unselect("y").run()
    assert at.session_state.seen[0] is None
    at.feedback(key="f").set_value(4).run()
    assert at.session_state.seen[4] == 4 and at.session_state.f == 4
    at.feedback(key="f").set_value(None).run()
    assert at.session_state.seen[4] is None


def test_callbacks_args_and_disabled() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def cb(tag):
    st.session_state.log = st.session_state.get("log", []) + [(tag, st.session_state.s)]
off = st.session_state.get("off", False)
st.segmented_control("S", ["a", "b"], key="s", on_change=cb, args=("seg",), disabled=off)
st.feedback("faces", key="f", on_change=cb, kwargs={"tag": "fb"}, disabled=off)
"""
    ).run()
    at.segmented_control[0].set_value("b").run()
    at.feedback[0].set_value(3).run()
    assert at.session_state.log == [("seg", "b"), ("fb", "b")]
    at.session_state.off = True
    at.run()
    with pytest.raises(AppTestError, match="disabled button_group"):
        at.segmented_control[0].set_value("a")
    with pytest.raises(AppTestError, match="disabled feedback"):
        at.feedback[0].set_value(1)


def test_in_a_form_the_value_arrives_on_submit_and_callbacks_are_refused() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
with st.form("f"):
    v = st.pills("P", ["a", "b"], selection_mode="multi", key="p")
    r = st.feedback("thumbs", key="t")
    st.form_submit_button("Go")
st.session_state.seen = (v, r)
"""
    ).run()
    at.pills[0].set_value(["b"])
    at.feedback[0].set_value(1)
    at.text_input  # noqa: B018 - staged values wait for the submit
    at.run()
    assert at.session_state.seen == ([], None)
    at.pills[0].set_value(["b"])
    at.feedback[0].set_value(1)
    at.button[0].click().run()
    assert at.session_state.seen == (["b"], 1)
    bad = AppTest.from_string(
        'import nbstate as st\nwith st.form("f"):\n    st.pills("a", ["a"], on_change=print)\n'
        "    st.form_submit_button()"
    ).run()
    assert "callbacks can only be defined on `st.form_submit_button`" in bad.exception[0].value


def test_session_state_values_that_are_not_options_as_in_streamlit() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.p = "zz"
st.session_state.m = ["a", "zz"]
st.session_state.f = 9
st.session_state.seen = (
    st.pills("P", ["a", "b"], key="p", default="b"),
    st.pills("M", ["a", "b"], key="m", selection_mode="multi"),
    st.feedback("faces", key="f", default=2),
)
st.session_state.after = (st.session_state.p, st.session_state.m, st.session_state.f)
"""
    ).run()
    assert at.session_state.seen == ("b", ["a"], 2)
    assert at.session_state.after == ("b", ["a"], 2)
    at = AppTest.from_string(
        "import nbstate as st\nst.session_state.m = 3\n"
        'st.pills("M", [1, 2], key="m", selection_mode="multi")'
    ).run()
    assert "needs a list of its options" in at.exception[0].value
    assert len(at.pills) == 0


def test_changing_selection_mode_resets_a_keyed_widget() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
mode = st.session_state.get("mode", "single")
st.session_state.seen = st.pills("P", ["a", "b"], key="p", selection_mode=mode)
"""
    ).run()
    at.pills[0].set_value("b").run()
    at.session_state.mode = "multi"
    at.run()
    assert at.session_state.seen == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.pills("P", ["a", "b"], default="z")', "The default value 'z'.*not part of the"),
        ('st.pills("P", ["a", "b"], default=["a", "b"])', "must be a single value"),
        (
            'st.segmented_control("P", ["a"], required=True, selection_mode="multi")',
            "`required=True` and `selection_mode='multi'` cannot be used together",
        ),
        ('st.pills("P", ["a"], selection_mode="x")', "Supported values: 'single', 'multi'"),
        ('st.feedback("hearts")', "Supported values: 'thumbs', 'faces', 'stars'"),
        ('st.feedback("thumbs", default=2)', r"set to 2, is outside the required range \[0, 1\]"),
        ('st.pills("P", ["a"], bind="query-params")', "The `key` parameter is required"),
        ('st.feedback(persist_state="session")', "The `key` parameter is required. When using"),
        ('st.feedback(persist_state="tab", key="k")', "Invalid `persist_state` value"),
        ('st.pills("P", ["a"], persist_state="x", key="k")', "Invalid `persist_state` value"),
        ('st.segmented_control("P", ["a"], bind="url", key="k")', "Invalid `bind` value"),
    ],
)
def test_bad_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)


def test_single_default_may_be_a_one_item_list_and_options_any_type() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.seen = (
    st.pills("P", ["a", "b"], default=["a"]),
    st.segmented_control("D", {"k1": "v1", "k2": "v2"}, default="k1"),
    st.pills("T", [(1, 2), None, 2.5], selection_mode="multi", default=[(1, 2), 2.5]),
    st.pills("E", []),
)
"""
    ).run()
    assert at.session_state.seen == ("a", "k1", [(1, 2), 2.5], None)
