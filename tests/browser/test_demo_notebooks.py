"""Every demo notebook, run top to bottom in JupyterLab in a real browser and screenshotted."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from browser_support import open_notebook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))
#: Exception elements a notebook shows on purpose (st.exception in the widget gallery).
INTENDED_ERRORS = {"10-widget-gallery.ipynb": "an exception element"}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_demo_notebook_runs_in_jupyterlab(
    page: Page, lab, notebook: Path, shot, artifacts: Path
) -> None:
    page.set_default_timeout(60_000)
    shutil.copy(notebook, lab.root / notebook.name)
    open_notebook(page, lab, notebook.name)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    prompts = page.locator(
        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt"
    )
    for index in range(prompts.count()):
        expect(prompts.nth(index)).to_have_text(re.compile(r"\[\d+\]"))
    apps = nbformat.read(notebook, as_version=4).cells
    expected = sum(cell.source.startswith("%%rerun") for cell in apps)
    expect(page.locator(".nbstate-app")).to_have_count(expected)
    expect(page.locator(".nbstate-app .nbstate-toolbar").first).to_be_visible()
    for text in page.locator(".nbstate-exception").all_inner_texts():
        assert INTENDED_ERRORS.get(notebook.name, "\0") in text, text
    shot("notebook")
    for index in range(expected):  # each app area, as a reader sees it
        app = page.locator(".nbstate-app").nth(index)
        app.scroll_into_view_if_needed()
        app.screenshot(path=str(artifacts / f"app-{notebook.stem}-{index + 1}.png"))
