"""st.data_editor(num_rows="dynamic") driven in a real browser, in Voilà and in JupyterLab
(issue 18): a cell edited (double-click, type, Enter), a row added with "+ Add row" and its
cell filled, a row selected and deleted with "Delete selected rows"; after each step the app
prints ``st.session_state.ed`` and the returned frame, which must be what Streamlit 1.67
reports for the same edits (checked with its AppTest: the browser's JSON keys become ints).
"""

from __future__ import annotations

import secrets

import pytest
from browser_support import (
    app_area,
    open_notebook,
    rerun_cell,
    run_cell,
    run_setup_cell,
    start_voila,
    write_notebook,
)
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

ROW = 35  # row and header height; columns are 100 px wide (the index is hidden)
VERTICAL_BAR = ".lm-ScrollBar[data-orientation='vertical']"

APP = """
import pandas as pd
df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
out = st.data_editor(df, num_rows="dynamic", key="ed")
st.text("STATE " + repr(st.session_state.ed))
st.text(f"FRAME {out.shape} " + repr(out.to_dict("split")))
"""

INITIAL = (
    "{'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}",
    "(3, 2) {'index': [0, 1, 2], 'columns': ['name', 'n'], 'data': [['a', 1], ['b', 2], ['c', 3]]}",
)
#: (state, frame) after each step, as Streamlit 1.67 reports them (its AppTest, the same app)
EDITED = (
    "{'edited_rows': {0: {'n': 42}}, 'added_rows': [], 'deleted_rows': []}",
    "(3, 2) {'index': [0, 1, 2], 'columns': ['name', 'n'], "
    "'data': [['a', 42], ['b', 2], ['c', 3]]}",
)
ADDED = (
    "{'edited_rows': {0: {'n': 42}}, 'added_rows': [{}], 'deleted_rows': []}",
    "(4, 2) {'index': [0, 1, 2, 3], 'columns': ['name', 'n'], "
    "'data': [['a', 42.0], ['b', 2.0], ['c', 3.0], [nan, nan]]}",
)
FILLED = (
    "{'edited_rows': {0: {'n': 42}}, 'added_rows': [{'name': 'z'}], 'deleted_rows': []}",
    "(4, 2) {'index': [0, 1, 2, 3], 'columns': ['name', 'n'], "
    "'data': [['a', 42.0], ['b', 2.0], ['c', 3.0], ['z', nan]]}",
)
DELETED = (
    "{'edited_rows': {0: {'n': 42}}, 'added_rows': [{'name': 'z'}], 'deleted_rows': [1]}",
    "(3, 2) {'index': [0, 2, 3], 'columns': ['name', 'n'], "
    "'data': [['a', 42.0], ['c', 3.0], ['z', nan]]}",
)


def expect_state(app: Locator, expected: tuple[str, str]) -> None:
    """Wait until the app prints `expected` (its session_state entry and returned frame)."""
    texts = app.locator(".nbstate-text")
    expect(texts.nth(0)).to_have_text("STATE " + expected[0], timeout=60_000)
    expect(texts.nth(1)).to_have_text("FRAME " + expected[1])


def edit_cell(page: Page, grid: Locator, row: int, column: int, text: str) -> None:
    """Double-click the cell (`row`, `column`) of the grid, type `text` and press Enter."""
    box = grid.bounding_box()
    assert box is not None
    page.mouse.dblclick(box["x"] + 100 * column + 50, box["y"] + ROW * (row + 1) + ROW / 2)
    editor = page.locator(".lm-DataGrid-cellEditorWidget input, .lm-DataGrid-cellEditorInput")
    expect(editor.first).to_be_visible()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def edit_add_delete(page: Page, app: Locator, shot) -> None:
    """Edit, add and delete rows in the app's editor, checking the state after each step."""
    grid = app.locator(".nbstate-key-ed .datagrid-container")
    expect(grid).to_be_visible()
    # the box is sized for the rows and header: they fit, no scroll bar (ipydatagrid's 3px
    # padding once took 6px of it: the last row cut, a scroll bar for 3 rows)
    expect(grid.locator(VERTICAL_BAR)).to_be_hidden()
    edit_cell(page, grid, 0, 1, "42")
    expect_state(app, EDITED)

    app.get_by_role("button", name="+ Add row").click()
    expect_state(app, ADDED)
    expect(grid.locator(VERTICAL_BAR)).to_be_hidden()  # the box grew with the row
    edit_cell(page, grid, 3, 0, "z")
    expect_state(app, FILLED)
    shot("added")

    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 50, box["y"] + ROW * 2 + ROW / 2)  # a cell of row 1 ("b")
    app.get_by_role("button", name="Delete selected rows").click()
    expect_state(app, DELETED)
    shot("deleted")


@pytest.fixture
def voila_editor(tmp_path):
    """Standalone ``voila`` serving the editor app."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "editor.ipynb", [rerun_cell(APP)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


def test_data_editor_edits_adds_and_deletes_rows_in_voila(page: Page, voila_editor, shot) -> None:
    page.goto(voila_editor.url("/"), timeout=120_000)
    app = page.locator(".nbstate-app")
    expect_state(app, INITIAL)
    edit_add_delete(page, app, shot)


def test_data_editor_edits_adds_and_deletes_rows_in_jupyterlab(page: Page, lab, shot) -> None:
    write_notebook(lab.root / "editor.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "editor.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect_state(app, INITIAL)
    edit_add_delete(page, app, shot)
