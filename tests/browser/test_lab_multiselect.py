"""st.multiselect's tag field in JupyterLab, used as on Streamlit: a click opens the list of the
options not chosen, typing narrows it, Enter or a click adds the option as a tag, a tag's ✕
and Backspace remove, ✕ at the end clears all; each change reruns the app with the new list
(its callback first); with max_selections reached the list says so."""

from __future__ import annotations

import pytest
from browser_support import app_area, open_notebook, rerun_cell, run_cell, run_setup_cell
from browser_support import write_notebook as write_nb
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
st.session_state.setdefault("changes", 0)
def changed():
    st.session_state.changes += 1
many = st.multiselect("Many", ["alpha", "beta", "gamma", "delta"], ["alpha"], key="many",
                      on_change=changed, max_selections=3)
st.write("chosen:", ", ".join(many), "| changes:", str(st.session_state.changes))
fruit = st.multiselect("Fruit", ["apple", "apricot", "banana", "grape"], key="fruit",
                       filter_mode="prefix")
st.write("fruit:", ", ".join(fruit))
"""


def test_the_tag_field_adds_filters_and_removes_like_streamlits(page: Page, lab, shot) -> None:
    write_nb(lab.root / "multiselect.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "multiselect.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    said = app.locator(".nbstate-markdown").nth(0)
    expect(said).to_have_text("chosen: alpha | changes: 0")
    widget = app.locator(".nbstate-key-many")
    tags = widget.locator(".nbstate-tag")
    options = widget.locator(".nbstate-tags-option")

    widget.locator(".nbstate-tags-field").click()
    # the chosen one is not listed; "Select all" comes first (2 to 1,000 options, 1.67's default)
    expect(options).to_have_text(["Select all", "beta", "gamma", "delta"])
    page.keyboard.type("gm")  # fuzzy: g, then m
    expect(options).to_have_text(["gamma"])
    page.keyboard.press("Backspace")
    page.keyboard.type("a")
    expect(options).to_have_text(["gamma"])
    page.keyboard.press("Enter")
    expect(said).to_have_text("chosen: alpha, gamma | changes: 1")
    expect(tags).to_have_text(["alpha✕", "gamma✕"])
    shot("typed-gamma")

    page.keyboard.press("ArrowDown")  # reopen: beta, delta
    options.filter(has_text="delta").click()
    expect(said).to_have_text("chosen: alpha, gamma, delta | changes: 2")
    # the list stays open after a choice: now it says no more can be chosen
    expect(widget.locator(".nbstate-tags-empty")).to_have_text(
        "You can only select up to 3 options. Remove an option first."
    )

    tags.filter(has_text="alpha").locator(".nbstate-tag-remove").click()
    expect(said).to_have_text("chosen: gamma, delta | changes: 3")
    widget.locator(".nbstate-tags-input").focus()
    page.keyboard.press("Backspace")  # the last tag
    expect(said).to_have_text("chosen: gamma | changes: 4")
    widget.locator(".nbstate-tags-clear").click()
    expect(said).to_have_text("chosen:  | changes: 5")
    expect(tags).to_have_count(0)
    expect(widget.locator(".nbstate-tags-input")).to_have_attribute("placeholder", "Choose options")
    shot("cleared")
    page.keyboard.press("Escape")  # the list closes
    expect(options).to_have_count(0)

    # filter_mode="prefix": "ap" keeps apple and apricot, offered together as "Select 2 matches"
    fruit = app.locator(".nbstate-key-fruit")
    fruit.locator(".nbstate-tags-field").click()
    page.keyboard.type("ap")
    expect(fruit.locator(".nbstate-tags-option")).to_have_text(
        ["Select 2 matches", "apple", "apricot"]
    )
    fruit.get_by_text("Select 2 matches").click()
    expect(app.locator(".nbstate-markdown").nth(1)).to_have_text("fruit: apple, apricot")
