"""A widget bound to the URL (``bind="query-params"``) in an app served by Voilà: the page's
query string seeds it, moving it rewrites the URL in place, and a reload restores it."""

from __future__ import annotations

import re
import secrets

import pytest
from browser_support import rerun_cell, start_voila, write_notebook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

BOUND = """
x = st.slider('x', 0, 10, 2, key='x', bind='query-params')
st.write(f"x is {x}; free is {st.query_params.get('free')}")
"""


@pytest.fixture
def voila_bound(tmp_path):
    """Standalone ``voila`` serving a notebook with a slider bound to ``?x=``."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "bound.ipynb", [rerun_cell(BOUND)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


def test_a_bound_slider_follows_the_url_in_voila(page: Page, voila_bound, shot) -> None:
    page.goto(voila_bound.url("/?x=3&free=yes"))
    app = page.locator(".nbstate-app")
    slider = app.locator(".nbstate-key-x")
    text = app.locator(".nbstate-markdown")
    expect(slider.locator(".widget-readout")).to_have_text("3")
    expect(text).to_have_text("x is 3; free is yes")
    shot("seeded")

    slider.locator(".noUi-handle").focus()
    page.keyboard.press("End")
    expect(slider.locator(".widget-readout")).to_have_text("10")
    expect(text).to_have_text("x is 10; free is yes")
    expect(page).to_have_url(re.compile(r"[?&]x=10(&|$)"))
    assert "free=yes" in page.url and "token=" in page.url  # other parameters stay

    page.reload()
    expect(slider.locator(".widget-readout")).to_have_text("10")
    expect(text).to_have_text("x is 10; free is yes")
    shot("after-reload")

    slider.locator(".noUi-handle").focus()
    page.keyboard.press("Home")
    expect(slider.locator(".widget-readout")).to_have_text("0")
    expect(page).to_have_url(re.compile(r"[?&]x=0(&|$)"))
    slider.locator(".noUi-handle").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(slider.locator(".widget-readout")).to_have_text("2")
    expect(text).to_have_text("x is 2; free is yes")
    expect(page).not_to_have_url(re.compile(r"[?&]x="))  # the default removes the parameter
