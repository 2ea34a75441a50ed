"""st.dataframe in JupyterLab 4, driven in a real browser (issue 18): a 1,000-row frame
scrolls to its last rows, sorts from the column header's menu, and rows clicked in the grid
(``on_select="rerun"``, ``selection_mode="multi-row"``) reach the app and session_state.

The grid draws on a canvas, so what it shows is read back through the app: a click on a row
selects it, and the app writes the data position of the selected rows.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from browser_support import (
    CHECK_CELL,
    app_area,
    open_notebook,
    read_check,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

ROW = 35  # nbstate's row and header height (Streamlit's, look reference §8)

APP = """
import pandas as pd
df = pd.DataFrame({"n": range(1000), "square": [i * i for i in range(1000)]})
event = st.dataframe(df, hide_index=True, on_select="rerun", selection_mode="multi-row",
                     key="table")
st.write("rows:", json.dumps(event.selection.rows))
"""

BOX_JS = """el => {
  const r = el.getBoundingClientRect();
  return {left: r.left, top: r.top, width: r.width, height: r.height, bottom: r.bottom};
}"""


def start_app(page: Page, lab, name: str, app: str = APP) -> Locator:
    """Open [setup, app, check] in JupyterLab, run the app; returns its grid."""
    body = "import json\n" + app
    write_notebook(lab.root / name, [rerun_cell(body), CHECK_CELL])
    open_notebook(page, lab, name, "lab", n_cells=3)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("rows: []", timeout=90_000)
    grid = app.locator(".nbstate-key-table")
    expect(grid).to_be_visible()
    return grid


def expect_rows(page: Page, rows: list[int]) -> None:
    """Wait until the app wrote `rows` as its selection."""
    expect(app_area(page, 1).locator(".nbstate-markdown")).to_have_text(
        f"rows: {json.dumps(rows)}", timeout=30_000
    )


def grid_box(grid: Locator) -> dict[str, Any]:
    """The grid's bounding box in the page."""
    return grid.evaluate(BOX_JS)


def click_row(page: Page, grid: Locator, view_row: int, holding: str = "") -> None:
    """Click the first column of the `view_row`-th row the grid shows (0 = under the header),
    holding down key `holding` (e.g. "Control") if given."""
    box = grid_box(grid)
    y = box["top"] + ROW * (view_row + 1) + ROW / 2
    if holding:
        page.keyboard.down(holding)
    page.mouse.click(box["left"] + 50, y)
    if holding:
        page.keyboard.up(holding)


VERTICAL_BAR = ".lm-ScrollBar[data-orientation='vertical']"


def test_scrolling_a_1000_row_frame_reaches_its_last_rows(page: Page, lab, shot) -> None:
    grid = start_app(page, lab, "data_scroll.ipynb")
    box = grid_box(grid)
    # room for 10 rows and the header (Streamlit's default height): a scroll bar for the rest
    assert box["height"] == pytest.approx(11 * ROW + 3, abs=1), box
    bar = grid.locator(VERTICAL_BAR)
    thumb = bar.locator(".lm-ScrollBar-thumb")
    track, top = bar.evaluate(BOX_JS), thumb.evaluate(BOX_JS)
    assert top["top"] - track["top"] < 20, (track, top)  # at the top (under the up arrow)

    page.mouse.move(box["left"] + 50, box["top"] + box["height"] / 2)
    for _ in range(20):  # 2,000 rows' worth of wheel: past the end
        page.mouse.wheel(0, 100 * ROW)
    grid.scroll_into_view_if_needed()  # the wheel scrolled the notebook too, once at the end
    track, bottom = bar.evaluate(BOX_JS), thumb.evaluate(BOX_JS)
    assert track["bottom"] - bottom["bottom"] < 20, (track, bottom)  # at the bottom
    shot("scrolled")

    # the rows under the pointer are now the frame's last ten: the first and last shown
    click_row(page, grid, 0)
    expect_rows(page, [990])
    click_row(page, grid, 9)
    expect_rows(page, [999])
    assert read_check(page, 2)["state"]["table"]["selection"]["rows"] == [999]


def test_sorting_from_the_column_header_menu_reverses_the_rows(page: Page, lab, shot) -> None:
    grid = start_app(page, lab, "data_sort.ipynb")
    click_row(page, grid, 0)
    expect_rows(page, [0])  # unsorted: the first row shown is data row 0

    # ipydatagrid's way to sort: the menu icon at the bottom right of a column header
    # (columns are 100 px wide, the icon sits in its last 13.5 px)
    box = grid_box(grid)
    page.mouse.click(box["left"] + 100 - 8, box["top"] + ROW - 8)
    page.locator(".lm-Menu-itemLabel", has_text="Sort Descending").click()
    shot("sorted")

    click_row(page, grid, 0)  # the first row shown is now the largest n
    expect_rows(page, [999])
    click_row(page, grid, 2, holding="Control")
    expect_rows(page, [997, 999])
    assert read_check(page, 2)["state"]["table"]["selection"]["rows"] == [997, 999]


def test_clicked_rows_are_the_apps_selection_and_in_session_state(page: Page, lab, shot) -> None:
    grid = start_app(page, lab, "data_select.ipynb")
    click_row(page, grid, 2)
    expect_rows(page, [2])
    click_row(page, grid, 5, holding="Control")  # Ctrl adds a row
    expect_rows(page, [2, 5])
    click_row(page, grid, 7, holding="Shift")  # Shift extends the last selection
    expect_rows(page, [2, 5, 6, 7])
    shot("selected")
    assert read_check(page, 2)["state"]["table"] == {
        "selection": {"rows": [2, 5, 6, 7], "columns": [], "cells": []}
    }
    click_row(page, grid, 3)  # a plain click starts over
    expect_rows(page, [3])
