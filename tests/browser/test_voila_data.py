"""st.dataframe of 10 x 100,000 in an app served by Voilà, driven in a real browser (issue 18):
the grid scrolls to the frame's very last row, sorts from its column header's menu (in the
kernel: a StreamingDataGrid), and the rows clicked are ``event.selection.rows`` in the app and
in session_state.

The grid draws on a canvas, so what it shows is read back through the app: a click on a row
selects it, and the app prints the data positions of the selected rows and its session_state.
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import pytest
from browser_support import drag_thumb, rerun_cell, start_voila, write_notebook
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

ROW = 35  # nbstate's row and header height (Streamlit's)
ROWS = 100_000

APP = f"""
import json
import numpy as np
import pandas as pd
df = pd.DataFrame({{"n": np.arange({ROWS})}})
for i in range(1, 10):
    df[f"x{{i}}"] = np.random.default_rng(i).random({ROWS})
event = st.dataframe(df, hide_index=True, on_select="rerun", selection_mode="multi-row",
                     key="grid")
st.write("rows", event.selection.rows)
st.text("CHECK " + json.dumps({{"rows": event.selection.rows, "state": st.session_state.grid}}))
"""

BOX_JS = """el => {
  const r = el.getBoundingClientRect();
  return {left: r.left, top: r.top, width: r.width, height: r.height, bottom: r.bottom};
}"""
VERTICAL_BAR = ".lm-ScrollBar[data-orientation='vertical']"


@pytest.fixture
def voila_grid(tmp_path):
    """Standalone ``voila`` serving the 100,000-row app."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "grid.ipynb", [rerun_cell(APP)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


def expect_rows(page: Page, rows: list[int]) -> None:
    """Wait until the app says `rows` are selected, in its text and in session_state."""
    state = {"selection": {"rows": rows, "columns": [], "cells": []}}
    check = page.locator(".nbstate-app .nbstate-text", has_text="CHECK")
    expect(check).to_have_text(
        "CHECK " + json.dumps({"rows": rows, "state": state}), timeout=60_000
    )
    written = page.locator(".nbstate-app .nbstate-json").first
    expect(written).to_contain_text(json.dumps(rows)[1:-1] or "[]")


def box(locator: Locator) -> dict[str, Any]:
    """The bounding box of `locator` in the page."""
    return locator.evaluate(BOX_JS)


def click_row(page: Page, grid: Locator, view_row: int, holding: str = "") -> None:
    """Click the first column of the `view_row`-th row shown (0 = under the header)."""
    frame = box(grid)
    if holding:
        page.keyboard.down(holding)
    page.mouse.click(frame["left"] + 50, frame["top"] + ROW * (view_row + 1) + ROW / 2)
    if holding:
        page.keyboard.up(holding)


def test_a_100000_row_grid_scrolls_to_its_end_sorts_and_selects_in_voila(
    page: Page, voila_grid, shot
) -> None:
    started = time.perf_counter()
    page.goto(voila_grid.url("/"), timeout=120_000)
    grid = page.locator(".nbstate-app .nbstate-key-grid")
    bar = grid.locator(VERTICAL_BAR)
    expect(bar).to_be_visible(timeout=120_000)
    print(f"\n100,000-row grid: page load to scrollable {time.perf_counter() - started:.2f} s")
    expect_rows(page, [])
    # the scroll bar is inside the grid (ipydatagrid laid out again once the app narrowed it)
    page.wait_for_function(
        """([grid, bar]) => bar.getBoundingClientRect().right <= grid.getBoundingClientRect().right
        && bar.getBoundingClientRect().width > 0""",
        arg=[grid.element_handle(), bar.element_handle()],
    )

    drag_thumb(page, bar, down=True)
    track, grip = box(bar), box(bar.locator(".lm-ScrollBar-thumb"))
    assert track["bottom"] - grip["bottom"] < 20, (track, grip)  # at the very bottom
    shot("scrolled")
    click_row(page, grid, 9)  # the last row shown is the frame's last
    expect_rows(page, [ROWS - 1])
    click_row(page, grid, 0, holding="Control")  # and the first shown is ten rows up
    expect_rows(page, [ROWS - 10, ROWS - 1])

    # sort by "n", descending, from the menu icon at the right of its header (100 px wide)
    drag_thumb(page, bar, down=False)
    frame = box(grid)
    page.mouse.click(frame["left"] + 100 - 8, frame["top"] + ROW - 8)
    page.locator(".lm-Menu-itemLabel", has_text="Sort Descending").click()
    click_row(page, grid, 0)  # a plain click: the first row shown
    expect_rows(page, [ROWS - 1])
    click_row(page, grid, 3, holding="Shift")
    expect_rows(page, [ROWS - 4, ROWS - 3, ROWS - 2, ROWS - 1])
    shot("sorted-selected")
