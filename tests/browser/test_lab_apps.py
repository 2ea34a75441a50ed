"""nbstate apps in JupyterLab 4, driven in a real browser: seeds, no rebuild, focus, forms."""

from __future__ import annotations

import time

import pytest
from browser_support import (
    CHECK_CELL,
    app_area,
    mark,
    marked,
    open_notebook,
    read_check,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# The seed examples of shared/seeds/buttons-and-state.md, as written there.
GET_METHOD = """
# Use the get method since the keys won't be in session_state
# on the first script run
if st.session_state.get('clear'):
    st.session_state['name'] = ''
if st.session_state.get('streamlit'):
    st.session_state['name'] = 'Streamlit'

st.text_input('Name', key='name')

st.button('Clear name', key='clear')
st.button('Streamlit!', key='streamlit')
"""

CALLBACK = """
st.text_input('Name', key='name')

def set_name(name):
    st.session_state.name = name

st.button('Clear name', on_click=set_name, args=[''])
st.button('Streamlit!', on_click=set_name, args=['Streamlit'])
"""


def start_app(page: Page, lab, name: str, body: str) -> None:
    """Write a notebook [setup, app, check], open it in JupyterLab and run setup and app."""
    write_notebook(lab.root / name, [rerun_cell(body), CHECK_CELL])
    open_notebook(page, lab, name, "lab", n_cells=3)
    run_setup_cell(page)
    run_cell(page, 1)
    expect(app_area(page, 1)).to_be_visible()


def type_and_enter(page: Page, box, text: str) -> None:
    """Replace the text of input `box` by typing `text`, then press Enter (the commit)."""
    box.click()
    box.press("Control+a")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


@pytest.mark.parametrize("seed", ["get_method", "callback"])
def test_seed_buttons_set_and_clear_the_name(page: Page, lab, shot, seed: str) -> None:
    start_app(page, lab, f"seed_{seed}.ipynb", GET_METHOD if seed == "get_method" else CALLBACK)
    app = app_area(page, 1)
    box = app.locator(".nbstate-key-name input")
    expect(box).to_have_value("")

    type_and_enter(page, box, "Bob")
    # the kernel got "Bob" (Enter committed it)
    assert read_check(page, 2)["state"]["name"] == "Bob"

    app.get_by_role("button", name="Streamlit!").click()
    expect(box).to_have_value("Streamlit")
    assert read_check(page, 2)["state"]["name"] == "Streamlit"
    shot("streamlit")

    app.get_by_role("button", name="Clear name").click()
    expect(box).to_have_value("")
    assert read_check(page, 2)["state"]["name"] == ""


NO_REBUILD = """
st.text_input('Name', key='name')

def set_name(name):
    st.session_state.name = name

st.button('Streamlit!', key='streamlit', on_click=set_name, args=['Streamlit'])
clicks = st.session_state.setdefault('clicks', 0)
if st.button('Count', key='count'):
    st.session_state.clicks = clicks = clicks + 1
st.write('clicks:', str(clicks))
# the control: a widget whose key changes on each count is a new widget, so a new DOM node
st.text_input('Tag', key=f'tag_{clicks}')
"""


def test_a_rerun_keeps_the_same_dom_nodes(page: Page, lab, shot) -> None:
    start_app(page, lab, "no_rebuild.ipynb", NO_REBUILD)
    app = app_area(page, 1)
    nodes = {
        "app": app,
        "name": app.locator(".nbstate-key-name input"),
        "button": app.locator(".nbstate-key-streamlit"),
        "markdown": app.locator(".nbstate-markdown"),
        "tag": app.locator(".nbstate-key-tag_0 input"),
    }
    expect(nodes["markdown"]).to_have_text("clicks: 0")
    for label, node in nodes.items():
        mark(node, label)

    nodes["button"].click()  # callback writes the name, the app reruns
    expect(nodes["name"]).to_have_value("Streamlit")
    for label, node in nodes.items():
        assert marked(node) == label, f"the {label} node was rebuilt by a rerun"

    app.locator(".nbstate-key-count").click()  # a rerun that swaps the tag widget for a new one
    expect(nodes["markdown"]).to_have_text("clicks: 1")
    new_tag = app.locator(".nbstate-key-tag_1 input")
    expect(new_tag).to_be_visible()
    expect(nodes["tag"]).to_have_count(0)
    assert marked(new_tag) is None  # the control: a new widget is a new, unmarked node
    for label in ("app", "name", "button", "markdown"):
        assert marked(nodes[label]) == label, f"the {label} node was rebuilt by a rerun"
    shot("after-reruns")


FOCUS = """
name = st.text_input('Name', key='focus_name')
st.write('You typed:', name)
"""

CARET_JS = """el => ({
  focused: document.activeElement === el,
  start: el.selectionStart,
  end: el.selectionEnd,
})"""


def test_enter_reruns_and_the_text_box_keeps_focus_and_caret(page: Page, lab, shot) -> None:
    start_app(page, lab, "focus.ipynb", FOCUS)
    app = app_area(page, 1)
    box = app.locator(".nbstate-key-focus_name input")
    said = app.locator(".nbstate-markdown")
    expect(said).to_have_text("You typed:")

    box.click()
    page.keyboard.type("abcdef")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert box.evaluate(CARET_JS) == {"focused": True, "start": 4, "end": 4}
    page.keyboard.press("Enter")
    expect(said).to_have_text("You typed: abcdef")  # the app ran again with the new value
    assert box.evaluate(CARET_JS) == {"focused": True, "start": 4, "end": 4}

    # typing goes on where the caret was, and a second Enter reruns again
    page.keyboard.type("X")
    expect(box).to_have_value("abcdXef")
    page.keyboard.press("Enter")
    expect(said).to_have_text("You typed: abcdXef")
    assert box.evaluate(CARET_JS) == {"focused": True, "start": 5, "end": 5}
    shot("after-enter")


# "Forms and Callbacks" of shared/seeds/session-state-api.md, plus a run counter under it
FORM = """
st.session_state.runs = st.session_state.get('runs', 0) + 1

def form_callback():
    st.write(st.session_state.my_slider)
    st.write(st.session_state.my_checkbox)

with st.form(key='my_form'):
    slider_input = st.slider('My slider', 0, 10, 5, key='my_slider')
    checkbox_input = st.checkbox('Yes or No', key='my_checkbox')
    submit_button = st.form_submit_button(label='Submit', on_click=form_callback)

st.caption(f"runs: {st.session_state.runs}")
"""


def test_form_holds_changes_until_submit_then_runs_the_callback(page: Page, lab, shot) -> None:
    start_app(page, lab, "form.ipynb", FORM)
    app = app_area(page, 1)
    runs = app.locator(".nbstate-caption")
    written = app.locator(".nbstate-markdown")
    slider = app.locator(".nbstate-key-my_slider")
    expect(runs).to_have_text("runs: 1")

    slider.locator(".noUi-handle").focus()
    page.keyboard.press("End")  # Home/End work in Notebook 7 too (it swallows arrow keys)
    expect(slider.locator(".widget-readout")).to_have_text("10")
    app.locator(".nbstate-key-my_checkbox input").check()
    expect(app.locator(".nbstate-key-my_checkbox input")).to_be_checked()

    # nothing ran: the kernel still has the old values and the app did not rerun
    time.sleep(1.0)
    state = read_check(page, 2)["state"]
    assert (state["my_slider"], state["my_checkbox"], state["runs"]) == (5, False, 1)
    expect(runs).to_have_text("runs: 1")
    expect(written).to_have_count(0)
    shot("before-submit")

    app.get_by_role("button", name="Submit").click()
    expect(runs).to_have_text("runs: 2")
    expect(written).to_have_text(["10", "True"])  # what the callback wrote, above the form
    state = read_check(page, 2)["state"]
    assert (state["my_slider"], state["my_checkbox"], state["runs"]) == (10, True, 2)
    expect(slider.locator(".widget-readout")).to_have_text("10")
    shot("after-submit")


TOOLBAR = """
st.session_state.setdefault('count', 0)

def add():
    st.session_state.count += 1

def boom():
    raise ValueError('boom in callback')

st.button('Add', key='add', on_click=add)
st.button('Explode', key='explode', on_click=boom)
st.write(f"count: {st.session_state.count}")
"""


def test_callback_error_then_toolbar_rerun_and_clear(page: Page, lab, shot) -> None:
    start_app(page, lab, "toolbar.ipynb", TOOLBAR)
    app = app_area(page, 1)
    count = app.locator(".nbstate-markdown")
    error = app.locator(".nbstate-element.nbstate-exception")
    app.locator(".nbstate-key-add").click()
    expect(count).to_have_text("count: 1")
    app.locator(".nbstate-key-add").click()
    expect(count).to_have_text("count: 2")

    app.locator(".nbstate-key-explode").click()
    expect(error).to_contain_text("ValueError: boom in callback")
    expect(count).to_have_count(0)  # the body did not run after the failed callback
    shot("error")

    app.locator(".nbstate-rerun").click()
    expect(count).to_have_text("count: 2")
    expect(error).to_have_count(0)

    app.locator(".nbstate-clear").click()
    expect(count).to_have_text("count: 0")
    assert read_check(page, 2)["state"]["count"] == 0
    app.locator(".nbstate-key-add").click()  # still live after the reset
    expect(count).to_have_text("count: 1")
