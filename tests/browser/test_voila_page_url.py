"""The page of a multipage app in the URL under Voilà (``#/<url_path>``): a URL naming a page
opens it, a page switch rewrites the URL in place, a reload opens the same page; a widget
with ``persist_state="session"`` keeps its value across a switch and back."""

from __future__ import annotations

import re
import secrets

import pytest
from browser_support import rerun_cell, start_voila, write_notebook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
def home():
    st.header("Home page")
    st.slider("Kept", 0, 9, 1, key="kept", persist_state="session")
def report():
    st.header("Report page")
    st.write("kept is", str(st.session_state.kept))
home_page = st.Page(home, title="Home", default=True)
report_page = st.Page(report, title="Report", url_path="report")
st.navigation([home_page, report_page]).run()
"""


@pytest.fixture
def voila_pages(tmp_path):
    """Standalone ``voila`` serving a two-page app."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "pages.ipynb", [rerun_cell(APP)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


def test_the_url_names_the_page_in_voila(page: Page, voila_pages, shot) -> None:
    page.goto(voila_pages.url("/") + "#/report")
    app = page.locator(".nbstate-app")
    header = app.locator(".nbstate-header")
    menu = app.locator(".nbstate-nav-sidebar")
    expect(header).to_contain_text("Report page")
    expect(menu.locator(".nbstate-nav-current")).to_have_text("Report")
    shot("opened-on-report")

    menu.get_by_role("button", name="Home").click()
    expect(header).to_contain_text("Home page")
    expect(page).not_to_have_url(re.compile("#/"))  # the default page: no fragment
    slider = app.locator(".nbstate-key-kept")
    slider.locator(".noUi-handle").focus()
    page.keyboard.press("End")
    expect(slider.locator(".widget-readout")).to_have_text("9")

    menu.get_by_role("button", name="Report").click()
    expect(header).to_contain_text("Report page")
    expect(app.locator(".nbstate-markdown")).to_contain_text("kept is 9")
    expect(page).to_have_url(re.compile("#/report$"))
    menu.get_by_role("button", name="Home").click()  # and back: persist_state="session"
    expect(header).to_contain_text("Home page")
    expect(slider.locator(".widget-readout")).to_have_text("9")

    menu.get_by_role("button", name="Report").click()
    expect(page).to_have_url(re.compile("#/report$"))
    page.reload()  # a new session on the same page
    expect(header).to_contain_text("Report page")
    expect(app.locator(".nbstate-markdown")).to_contain_text("kept is 1")
    shot("reloaded-on-report")
