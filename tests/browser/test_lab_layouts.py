"""Layouts of issue 19 in JupyterLab 4, measured in a real browser: a horizontal
st.container (its children side by side, Streamlit's gaps and alignment), st.popover (its
content hidden until its button is clicked) and st.grid (cells in equal-width columns).

Boxes are read with getBoundingClientRect; gaps are Streamlit 1.67's (1rem = 16 px in
JupyterLab: "small" 16, "medium" 32, "large" 64).
"""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import (
    app_area,
    open_notebook,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

BOX_JS = """el => {
  const r = el.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
          width: r.width, height: r.height};
}"""

#: The boxes of an element's direct children that are shown.
CHILD_BOXES_JS = """el => Array.from(el.children)
  .filter(c => getComputedStyle(c).display !== 'none')
  .map(c => { const r = c.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            width: r.width, height: r.height}; })"""

APP = """
with st.container(horizontal=True, gap="medium", horizontal_alignment="right", key="row"):
    st.button("One", key="one")
    st.button("Two", key="two")
    st.button("Three", key="three")
with st.container(horizontal=True, key="small_row"):
    st.button("Left", key="left")
    st.button("Next", key="next")
with st.popover("Options", key="pop"):
    st.write("Inside the popover")
st.write("After the popover")
cells = st.grid(3, key="cells")
for i in range(5):
    cells.write(f"Cell {i}")
"""


def start_app(page: Page, lab, name: str) -> Locator:
    """Open [setup, app] in JupyterLab and run the app; returns its area."""
    write_notebook(lab.root / name, [rerun_cell(APP)])
    open_notebook(page, lab, name, "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("After the popover", timeout=60_000)
    return app


def boxes(locator: Locator) -> list[dict[str, Any]]:
    """The boxes of the shown children of the element behind `locator`."""
    return locator.evaluate(CHILD_BOXES_JS)


def gaps(row: list[dict[str, Any]]) -> list[float]:
    """The horizontal gaps between consecutive boxes of a row."""
    return [b["left"] - a["right"] for a, b in zip(row, row[1:], strict=False)]


def test_a_horizontal_container_puts_its_children_side_by_side(page: Page, lab, shot) -> None:
    app = start_app(page, lab, "layout_row.ipynb")
    row = app.locator(".nbstate-key-row")
    frame, children = row.evaluate(BOX_JS), boxes(row)
    shot("rows")
    assert len(children) == 3
    assert {c["top"] for c in children} == {frame["top"]}  # one line
    assert gaps(children) == [pytest.approx(32, abs=0.5)] * 2  # gap="medium": 2rem
    # horizontal_alignment="right": the last button ends at the container's right edge
    assert children[-1]["right"] == pytest.approx(frame["right"], abs=0.5)
    assert children[0]["left"] > frame["left"] + frame["width"] / 2

    # the defaults: gap "small" (1rem), packed to the left
    small = app.locator(".nbstate-key-small_row")
    frame, children = small.evaluate(BOX_JS), boxes(small)
    assert len(children) == 2
    assert children[0]["top"] == children[1]["top"] == frame["top"]
    assert gaps(children) == [pytest.approx(16, abs=0.5)]
    assert children[0]["left"] == pytest.approx(frame["left"], abs=0.5)


def test_a_popover_shows_its_content_only_after_its_button_is_clicked(
    page: Page, lab, shot
) -> None:
    app = start_app(page, lab, "layout_popover.ipynb")
    popover = app.locator(".nbstate-key-pop")
    button = popover.locator(".nbstate-popover-button")
    content = popover.get_by_text("Inside the popover")
    after = app.get_by_text("After the popover")
    expect(content).to_be_hidden()
    closed = button.evaluate(BOX_JS)
    # Streamlit's secondary button: 40 tall, sized to its label (not ipywidgets' 148 x 28)
    assert closed["height"] == pytest.approx(40, abs=0.5), closed
    assert closed["width"] < 140, closed
    assert closed["left"] == pytest.approx(popover.evaluate(BOX_JS)["left"], abs=0.5)
    after_closed = after.evaluate(BOX_JS)

    button.click()
    expect(content).to_be_visible()
    shot("open")
    body = popover.locator(".nbstate-popover-body").evaluate(BOX_JS)
    text = content.evaluate(BOX_JS)
    assert body["top"] >= closed["bottom"]  # the framed box opens under the button
    assert body["top"] < text["top"] and text["bottom"] < body["bottom"]
    # ipywidgets cannot float it: what follows moves down by the box's height
    assert after.evaluate(BOX_JS)["top"] > after_closed["top"] + text["height"]

    button.click()
    expect(content).to_be_hidden()


def test_grid_cells_sit_in_equal_width_columns(page: Page, lab, shot) -> None:
    app = start_app(page, lab, "layout_grid.ipynb")
    grid = app.locator(".nbstate-key-cells")
    frame, cells = grid.evaluate(BOX_JS), boxes(grid)
    shot("grid")
    assert len(cells) == 5
    first_row, second_row = cells[:3], cells[3:]
    width = frame["width"]
    # three equal columns filling the grid, 1rem ("small") apart
    assert [c["width"] for c in cells] == [pytest.approx((width - 2 * 16) / 3, abs=0.5)] * 5
    assert gaps(first_row) == [pytest.approx(16, abs=0.5)] * 2
    assert first_row[0]["left"] == pytest.approx(frame["left"], abs=0.5)
    assert first_row[-1]["right"] == pytest.approx(frame["right"], abs=0.5)
    assert {c["top"] for c in first_row} == {frame["top"]}
    # the fourth and fifth cells start the next row, in the first two columns
    assert [c["left"] for c in second_row] == [c["left"] for c in first_row[:2]]
    assert second_row[0]["top"] - first_row[0]["bottom"] == pytest.approx(16, abs=0.5)
