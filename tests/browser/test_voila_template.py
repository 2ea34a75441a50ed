"""nbstate's Voilà template (`make app` serves with `--template=nbstate`): the app alone, as
`streamlit run` shows it — the notebook's markdown and other outputs are not on the page
unless a cell carries the tag `nbstate-show`; the tab's title is the app's title; the
sidebar is a full-height 300 px panel at the page's left edge that « collapses and »
expands, the main column 736 px centred beside it (a wide app's takes the whole width)."""

from __future__ import annotations

import secrets

import nbformat
import pytest
from browser_support import SETUP_CELL, rerun_cell, start_voila
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
st.set_page_config(page_title="Template demo")
wide = st.sidebar.checkbox("Wide", key="wide")
st.set_page_config(layout="wide" if wide else "centered")  # calls add up: the title stays
st.sidebar.write("Filters live here")
st.write("Main text")
"""


@pytest.fixture
def voila_template(tmp_path):
    """Standalone ``voila --template=nbstate`` serving [markdown, tagged markdown, setup, app]."""
    root = tmp_path / "root"
    root.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    shown = nbformat.v4.new_markdown_cell("Shown because it is tagged")
    shown.metadata["tags"] = ["nbstate-show"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Notes for the notebook's reader"),
        shown,
        nbformat.v4.new_code_cell(SETUP_CELL),
        nbformat.v4.new_code_cell(rerun_cell(APP)),
    ]
    notebook = root / "template.ipynb"
    nbformat.write(nb, str(notebook))
    server = start_voila(notebook, tmp_path, secrets.token_hex(16), ["--template=nbstate"])
    yield server
    server.stop()


def test_the_template_shows_the_app_alone_with_a_collapsible_sidebar(
    page: Page, voila_template, shot
) -> None:
    page.goto(voila_template.url("/"))
    app = page.locator(".nbstate-app")
    expect(app.locator(".nbstate-markdown").last).to_have_text("Main text")
    expect(page.get_by_text("Shown because it is tagged")).to_be_visible()
    expect(page.get_by_text("Notes for the notebook's reader")).to_be_hidden()
    expect(page.get_by_text("KERNEL-PREFIX")).to_be_hidden()  # the setup cell's output
    expect(page).to_have_title("Template demo")
    shot("app-alone")

    sidebar = app.locator(".nbstate-sidebar")
    body = app.locator(".nbstate-body")
    toolbar = app.locator(".nbstate-toolbar")
    side, main, bar, top = _box(sidebar), _box(body), _box(toolbar), _box(app)["y"]
    # Streamlit 1.67 at 1280 x 900 (shared/reference/streamlit-1.67-look.md): a 300 px
    # sidebar from the page's left edge and the app's top (the tagged markdown is above it),
    # full height; a 736 px main column at x=422
    assert (side["x"], side["y"], side["width"]) == (0, top, 300), (side, top)
    assert side["height"] >= 900, side
    assert (main["x"], main["width"]) == (422, 736), main
    assert bar["x"] == 300 and bar["y"] == top, bar  # the app's bar beside the sidebar

    app.locator(".nbstate-sidebar-collapse").click()
    expect(sidebar).to_be_hidden()
    expand = app.locator(".nbstate-sidebar-expand")
    expect(expand).to_be_visible()
    collapsed = _box(body)
    assert (collapsed["x"], collapsed["width"]) == ((1280 - 736) / 2, 736), collapsed
    shot("collapsed")

    expand.click()
    expect(sidebar).to_be_visible()
    expect(expand).to_be_hidden()
    assert _box(sidebar)["width"] == 300

    sidebar.get_by_text("Wide").click()  # layout="wide": all the width beside the sidebar
    expect(page).to_have_title("Template demo")
    page.wait_for_function(
        "() => document.querySelector('.nbstate-app').classList.contains('nbstate-layout-wide')"
    )
    wide = _box(body)
    assert (wide["x"], wide["width"]) == (300, 980), wide
    padding = page.evaluate(
        "() => getComputedStyle(document.querySelector('.nbstate-app .nbstate-body')).paddingLeft"
    )
    assert padding == "80px"  # Streamlit's wide layout pads 5rem
    shot("wide")


def _box(locator) -> dict:
    box = locator.bounding_box()
    assert box is not None
    return box
