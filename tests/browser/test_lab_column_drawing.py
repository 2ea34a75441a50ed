"""What ipydatagrid's canvas draws for a ProgressColumn and a pandas Styler's colours, read
back as canvas pixels in JupyterLab 4 (issue 18).

Columns are 100 px wide (at device scale 1) and rows 35 px high (the header first); the index is hidden, so the
progress column spans x 0..100 and the styled column x 100..200.
"""

from __future__ import annotations

import pytest
from browser_support import (
    app_area,
    open_notebook,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

ROW = 35

APP = """
import pandas as pd
df = pd.DataFrame({"p": [1.0, 0.0, 0.5], "s": [3, 1, 2]})
styled = df.style.map(lambda v: "background-color: #00ff00" if v == 1 else "", subset=["s"])
st.dataframe(styled, hide_index=True, key="bars", column_config={
    "p": st.column_config.ProgressColumn(color="#0000ff", help="share done"),
})
st.write("shown")
"""

PIXEL_JS = """(el, [x, y]) => {
  const d = el.getContext('2d').getImageData(x, y, 1, 1).data;
  return [d[0], d[1], d[2]];
}"""


def test_a_progress_cell_draws_its_bar_and_styler_backgrounds_follow_their_rows(
    page: Page, lab, shot
) -> None:
    write_notebook(lab.root / "column_drawing.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "column_drawing.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("shown", timeout=60_000)
    canvas = app.locator(".nbstate-dataframe .lm-DataGrid-viewport canvas").first
    expect(canvas).to_be_visible()
    page.wait_for_timeout(1000)  # the grid paints its cells
    # A column's help changes nothing drawn: ipydatagrid has no header tooltips, and a
    # tooltip on the grid widget (the DOMWidget trait) made its view fail ("Click to show
    # javascript error."), so nbstate sets none.
    assert app.locator(".nbstate-dataframe").get_attribute("title") is None
    shot("drawn")

    def pixel(x: int, row: int) -> list[int]:
        return canvas.evaluate(PIXEL_JS, [x, ROW * (row + 1) + 4])  # near a row's top

    empty = pixel(10, 1)  # 0 %: no bar, the cell's background
    full_left, full_right = pixel(10, 0), pixel(95, 0)  # 100 %: the whole width
    half_left, half_right = pixel(10, 2), pixel(90, 2)  # 50 %: the left half only
    bar = [round((c + b) / 2) for c, b in zip(empty, [0, 0, 255], strict=True)]  # half opacity
    near = lambda a, b: all(abs(x - y) <= 3 for x, y in zip(a, b, strict=True))  # noqa: E731
    figures = {"empty": empty, "full": (full_left, full_right), "half": (half_left, half_right)}
    assert near(full_left, bar) and near(full_right, bar), figures
    assert near(half_left, bar) and near(half_right, empty), figures
    assert not near(empty, bar), figures
    # The Styler coloured the cell holding 1 (data row 1, shown as the second row) green.
    assert pixel(150, 1) == [0, 255, 0], pixel(150, 1)
    assert pixel(150, 0) == empty, pixel(150, 0)

    # Sorted by "s" from its header menu (the icon at the header's bottom right), the green
    # cell is first and the progress bars move with their rows.
    box = app.locator(".nbstate-dataframe").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 200 - 8, box["y"] + ROW - 8)
    page.locator(".lm-Menu-itemLabel", has_text="Sort Ascending").click()
    page.wait_for_timeout(1000)
    shot("sorted")
    assert pixel(150, 0) == [0, 255, 0] and pixel(150, 1) == empty, (pixel(150, 0), pixel(150, 1))
    assert near(pixel(10, 0), empty) and near(pixel(95, 2), bar), (pixel(10, 0), pixel(95, 2))
