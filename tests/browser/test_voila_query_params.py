"""A widget bound to the URL (``bind="query-params"``): in an app served by Voilà the page's
query string seeds it, moving it rewrites the URL in place, and a reload restores it; in
JupyterLab the notebook page's query string does the same, and JupyterLab keeps working."""

from __future__ import annotations

import re
import secrets

import pytest
from browser_support import (
    CHECK_CELL,
    app_area,
    cell,
    read_check,
    rerun_cell,
    run_cell,
    run_setup_cell,
    start_voila,
    wait_kernel_ready,
    write_notebook,
)
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
    assert "free=yes" in page.url  # other parameters stay; the login token is not one
    assert "token=" not in page.url

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


def test_a_bound_slider_follows_the_notebook_page_url_in_jupyterlab(page: Page, lab, shot) -> None:
    write_notebook(lab.root / "bound_lab.ipynb", [rerun_cell(BOUND), CHECK_CELL])
    path = "/lab/workspaces/bound-lab/tree/bound_lab.ipynb"
    page.goto(lab.url(path + "?x=3&free=yes"))
    expect(cell(page, 2)).to_be_visible()
    wait_kernel_ready(page)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    slider = app.locator(".nbstate-key-x")
    expect(slider.locator(".widget-readout")).to_have_text("3")
    expect(app.locator(".nbstate-markdown")).to_have_text("x is 3; free is yes")

    slider.locator(".noUi-handle").focus()
    page.keyboard.press("End")
    expect(slider.locator(".widget-readout")).to_have_text("10")
    expect(page).to_have_url(re.compile(r"[?&]x=10(&|$)"))
    assert "/tree/bound_lab.ipynb" in page.url  # JupyterLab's path is untouched
    shot("lab-url")
    # JupyterLab still works on the rewritten URL: cells run, the kernel answers.
    assert read_check(page, 2)["state"]["x"] == 10
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")).to_have_count(1)
