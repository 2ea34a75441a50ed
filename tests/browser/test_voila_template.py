"""nbstate's Voilà template (`make app` serves with `--template=nbstate`): the app alone, as
`streamlit run` shows it — the notebook's markdown and other outputs are not on the page
unless a cell carries the tag `nbstate-show`; the tab's title is the app's title; the
sidebar is a 300 px panel at the left edge that « collapses and » expands, the main column of
a wide app then taking the freed width."""

from __future__ import annotations

import secrets

import nbformat
import pytest
from browser_support import SETUP_CELL, rerun_cell, start_voila
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
st.set_page_config(page_title="Template demo", layout="wide")
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
    side_box = sidebar.bounding_box()
    body_box = body.bounding_box()
    assert side_box is not None and body_box is not None
    assert abs(side_box["width"] - 300) <= 1, side_box
    assert side_box["x"] <= 20, side_box  # at the page's left edge (Voilà's margin at most)
    assert abs(body_box["x"] - (side_box["x"] + side_box["width"])) <= 2, (side_box, body_box)
    padding = page.evaluate(
        "() => getComputedStyle(document.querySelector('.nbstate-app .nbstate-body')).paddingLeft"
    )
    assert padding == "80px"  # Streamlit's wide layout pads 5rem

    app.locator(".nbstate-sidebar-collapse").click()
    expect(sidebar).to_be_hidden()
    expand = app.locator(".nbstate-sidebar-expand")
    expect(expand).to_be_visible()
    collapsed_body = body.bounding_box()
    assert collapsed_body is not None
    # layout="wide": the main column fills what the sidebar leaves, and all of it once collapsed
    assert collapsed_body["x"] <= 20, collapsed_body
    assert collapsed_body["width"] >= body_box["width"] + 290, (body_box, collapsed_body)
    shot("collapsed")

    expand.click()
    expect(sidebar).to_be_visible()
    expect(expand).to_be_hidden()
    again = sidebar.bounding_box()
    assert again is not None and abs(again["width"] - 300) <= 1, again
