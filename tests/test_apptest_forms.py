"""Forms (reference §7): batching, submit callbacks, clear_on_submit and form errors."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from nbstate.testing import AppTest

SEED_FORM = """
import nbstate as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
log = st.session_state.setdefault("log", [])

def form_callback():
    log.append(("cb", st.session_state.my_slider, st.session_state.my_checkbox))
    st.write(st.session_state.my_slider)
    st.write(st.session_state.my_checkbox)

with st.form(key='my_form'):
    slider_input = st.slider('My slider', 0, 10, 5, key='my_slider')
    checkbox_input = st.checkbox('Yes or No', key='my_checkbox')
    submit_button = st.form_submit_button(label='Submit', on_click=form_callback)
log.append(("body", slider_input, checkbox_input, submit_button))
st.text_input("Outside", key="outside")
"""


def _shown(at: AppTest, widget) -> object:
    """What the real ipywidget shows in the browser for an AppTest widget."""
    return at._app.renderer.widget_views[widget.id].widget.value


def test_seed_form_values_apply_only_on_submit_and_callback_sees_all_of_them() -> None:
    at = AppTest.from_string(SEED_FORM).run()
    at.slider(key="my_slider").set_value(8)
    at.checkbox(key="my_checkbox").check()
    at.run()
    assert at.session_state.my_slider == 5
    assert at.session_state.my_checkbox is False
    assert not [e for e in at.session_state.log if e[0] == "cb"]
    runs = at.session_state.runs
    at.button[0].click().run()
    assert at.session_state.runs == runs + 1  # exactly one run for the submit
    assert at.session_state.log[-2:] == [("cb", 8, True), ("body", 8, True, True)]
    assert at.markdown.values == ["`8`", "`True`"]  # callback output, at the top
    at.run()
    assert at.session_state.log[-1] == ("body", 8, True, False)
    assert at.markdown.values == []


def test_form_input_survives_a_rerun_caused_by_a_widget_outside_the_form() -> None:
    at = AppTest.from_string(SEED_FORM).run()
    at.slider(key="my_slider").set_value(9).run()
    at.text_input(key="outside").input("typed").run()
    assert at.session_state.outside == "typed"
    assert at.session_state.my_slider == 5
    assert _shown(at, at.slider(key="my_slider")) == 9  # still what the user entered
    at.button[0].click().run()
    assert at.session_state.my_slider == 9


def test_submit_button_default_key_is_visible_in_session_state() -> None:
    at = AppTest.from_string(SEED_FORM).run()
    assert at.session_state["FormSubmitter:my_form-Submit"] is False
    assert at.button[0].key == "FormSubmitter:my_form-Submit"


CLEAR_FORM = """
import nbstate as st
log = st.session_state.setdefault("log", [])
def on_submit(tag):
    log.append(("submit_cb", tag, st.session_state.x, st.session_state.y))
with st.form("f", clear_on_submit=True):
    st.text_input("X", key="x")
    st.slider("Y", 0, 10, key="y")
    sent = st.form_submit_button("Go", on_click=on_submit, args=("T",))
log.append(("body", st.session_state.x, st.session_state.y, sent))
"""


def test_clear_on_submit_resets_the_widgets_and_sends_defaults_with_the_next_submit() -> None:
    at = AppTest.from_string(CLEAR_FORM).run()
    at.text_input(key="x").input("hello")
    at.slider(key="y").set_value(5)
    at.button[0].click().run()
    assert at.session_state.log[-2:] == [("submit_cb", "T", "hello", 5), ("body", "hello", 5, True)]
    # The browser shows the defaults again; session state keeps the submitted values.
    assert _shown(at, at.text_input(key="x")) == ""
    assert _shown(at, at.slider(key="y")) == 0
    assert (at.session_state.x, at.session_state.y) == ("hello", 5)
    at.button[0].click().run()
    assert at.session_state.log[-2:] == [("submit_cb", "T", "", 0), ("body", "", 0, True)]


def test_submit_callback_can_reset_a_form_widget() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
def reset():
    st.session_state.x = ""
with st.form("f"):
    st.text_input("X", key="x")
    st.form_submit_button("Go", on_click=reset)
"""
    ).run()
    at.text_input(key="x").input("hello")
    at.button[0].click().run()
    assert at.session_state.x == ""
    assert _shown(at, at.text_input(key="x")) == ""


def test_enter_in_a_text_box_submits_the_form_unless_disabled() -> None:
    script = """
import nbstate as st
with st.form("f", enter_to_submit={enter}):
    st.text_input("X", key="x")
    sent = st.form_submit_button("Go")
st.session_state.sent = sent
"""
    for enter, expected in ((True, "typed"), (False, "")):
        at = AppTest.from_string(script.format(enter=enter)).run()
        view = at._app.renderer.widget_views[at.text_input[0].id]
        view.simulate_user_value("typed")
        view.simulate_enter()
        at.run()
        assert at.session_state.x == expected


def test_enter_submits_the_form_in_the_next_run_even_inside_a_running_event_loop() -> None:
    # An AppTest in a notebook cell or an async test runs while an asyncio loop is running;
    # the Enter must still submit in the run that follows, not in some later one.
    script = """
import nbstate as st
with st.form("f"):
    st.text_input("X", key="x")
    sent = st.form_submit_button("Go")
st.session_state.sent = sent
"""

    async def enter_inside_a_loop() -> tuple[str, bool]:
        at = AppTest.from_string(script).run()
        view = at._app.renderer.widget_views[at.text_input[0].id]
        view.simulate_user_value("typed")
        view.simulate_enter()
        at.run()
        return at.session_state.x, at.session_state.sent

    # a thread of its own: asyncio.run refuses to start where a loop is already running
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, enter_inside_a_loop()).result() == ("typed", True)


@pytest.mark.parametrize(
    ("script", "error_type", "message"),
    [
        (
            'with st.form("f"):\n    st.text_input("a", on_change=lambda: None)',
            "NbStateInvalidFormCallbackError",
            "Within a form, callbacks can only be defined on `st.form_submit_button`.",
        ),
        (
            'with st.form("f"):\n    with st.form("g"):\n        pass',
            "NbStateInvalidLayoutContextError",
            "Forms cannot be nested in other forms.",
        ),
        (
            'with st.form("f"):\n    st.button("b")',
            "NbStateInvalidLayoutContextError",
            "`st.button()` can't be used in an `st.form()`.",
        ),
        (
            "st.form_submit_button()",
            "NbStateInvalidLayoutContextError",
            "`st.form_submit_button()` must be used inside an `st.form()`.",
        ),
        (
            'with st.form("f"):\n    pass\nwith st.form("f"):\n    pass',
            "NbStateDuplicateElementKey",
            "`key='f'`",
        ),
        (
            'with st.form("f"):\n    st.form_submit_button()\n    st.form_submit_button()',
            "NbStateDuplicateElementKey",
            "`key='FormSubmitter:f-Submit'`",
        ),
        ("st.form(5)", "TypeError", "st.form needs a str key"),
        (
            'st.session_state.f = 1\nwith st.form("f"):\n    pass',
            "NbStateValueAssignmentNotAllowedError",
            "`st.session_state['f']` is read-only",
        ),
        (
            'with st.form("f"):\n    pass\nst.session_state.f = 1',
            "NbStateWidgetAlreadyInstantiatedError",
            "`st.session_state['f']` cannot be modified",
        ),
    ],
)
def test_form_errors_name_what_was_wrong(script: str, error_type: str, message: str) -> None:
    at = AppTest.from_string("import nbstate as st\n" + script + "\nst.write('after')").run()
    assert at.exception[0].type == error_type
    assert message in at.exception[0].value
    assert "after" not in at.markdown.values


def test_button_in_form_error_points_to_the_forms_docs() -> None:
    at = AppTest.from_string('import nbstate as st\nwith st.form("f"):\n    st.button("b")').run()
    assert at.exception[0].value.endswith(
        "[documentation for forms](https://docs.streamlit.io/develop/api-reference/"
        "execution-flow/st.form)."
    )


def test_allowed_form_cases_raise_nothing() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
with st.form("nosubmit"):
    st.text_input("a", on_change="ignore")
with st.form("k"):
    st.form_submit_button()
st.text_input("same key as a form", key="k")
f = st.form("m")
st.text_input("between", key="between", on_change=lambda: None)
f.text_input("in m", key="in_m")
f.form_submit_button()
st.write("end")
"""
    ).run()
    assert not at.exception
    assert at.markdown.values == ["end"]
    assert "k" in at.session_state and "nosubmit" not in at.session_state
    forms = {form.key: [e.key for e in form] for form in at.form}
    assert forms["m"] == ["in_m", "FormSubmitter:m-Submit"]
    assert "between" not in forms["m"]
