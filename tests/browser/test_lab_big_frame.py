"""st.dataframe of 10 x 100,000 in JupyterLab 4, driven in a real browser (issue 18): the
StreamingDataGrid's scroll bar is in sight, dragged to the end the last row shown is 99999,
a sort from the header menu (done in the kernel) puts 99999 first, and the clicked rows are the
app's selection and in session_state. The Voilà counterpart is test_voila_data.py; the helpers
are test_lab_data.py's (a file of its own keeps each file short).
"""

from __future__ import annotations

import pytest
from browser_support import drag_thumb, read_check
from playwright.sync_api import Page, expect
from test_lab_data import ROW, VERTICAL_BAR, click_row, expect_rows, grid_box, start_app

pytestmark = pytest.mark.browser

#: 10 x 100,000: shown by a StreamingDataGrid (rows sent as the page shows them, sorted in the
#: kernel)
BIG_APP = """
import numpy as np
import pandas as pd
df = pd.DataFrame({"n": np.arange(100_000)})
for i in range(1, 10):
    df[f"x{i}"] = np.random.default_rng(i).random(100_000)
event = st.dataframe(df, hide_index=True, on_select="rerun", selection_mode="multi-row",
                     key="table")
st.write("rows:", json.dumps(event.selection.rows))
"""


def test_a_100000_row_frame_scrolls_to_its_last_row_and_sorts_in_the_kernel(
    page: Page, lab, shot
) -> None:
    grid = start_app(page, lab, "data_big.ipynb", BIG_APP)
    grid.scroll_into_view_if_needed()
    bar = grid.locator(VERTICAL_BAR)
    # the scroll bar is inside the grid's box (laid out again when the app narrowed it)
    expect(bar).to_be_visible()
    page.wait_for_function(
        "([g, b]) => b.getBoundingClientRect().right <= g.getBoundingClientRect().right",
        arg=[grid.element_handle(), bar.element_handle()],
    )
    drag_thumb(page, bar, down=True)
    click_row(page, grid, 9)  # the last row shown is the frame's last
    expect_rows(page, [99_999])
    shot("scrolled")

    drag_thumb(page, bar, down=False)
    box = grid_box(grid)
    page.mouse.click(box["left"] + 100 - 8, box["top"] + ROW - 8)
    page.locator(".lm-Menu-itemLabel", has_text="Sort Descending").click()
    click_row(page, grid, 0)  # sorted in the kernel: the first row shown is the largest n
    expect_rows(page, [99_999])
    click_row(page, grid, 1, holding="Control")
    expect_rows(page, [99_998, 99_999])
    assert read_check(page, 2)["state"]["table"]["selection"]["rows"] == [99_998, 99_999]
