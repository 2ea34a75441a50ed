"""A chart selection in JupyterLab 4 (issue 16 item 4): a brush dragged on an Altair chart
with ``on_select="rerun"`` reaches the kernel through Altair's JupyterChart (its offline
bundle: nothing loaded from a CDN), reruns the app and lands in session_state."""

from __future__ import annotations

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
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
import altair as alt, pandas as pd
df = pd.DataFrame({"a": list(range(10)), "b": list(range(10))})
chart = (
    alt.Chart(df).mark_point().encode(x="a:Q", y="b:Q")
    .add_params(alt.selection_interval(name="brush"))
    .properties(width=300, height=300)
)
event = st.altair_chart(chart, on_select="rerun", key="brush", width="content")
st.write("selected:", ", ".join(sorted(event.selection.brush)) or "nothing")
"""


def test_dragging_a_brush_on_an_altair_chart_reruns_with_the_selection(
    page: Page, lab, shot
) -> None:
    cdn = []
    page.on("request", lambda request: cdn.append(request.url) if "esm.sh" in request.url else 0)
    write_notebook(lab.root / "chart_selection.ipynb", [rerun_cell(APP), CHECK_CELL])
    open_notebook(page, lab, "chart_selection.ipynb", "lab", n_cells=3)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("selected: nothing", timeout=60_000)
    chart = app.locator(".nbstate-key-brush canvas, .nbstate-key-brush svg.marks").first
    expect(chart).to_be_visible(timeout=30_000)
    box = chart.bounding_box()
    assert box is not None
    # from a quarter to three quarters of the plot, as a user drags a brush
    x0, y0 = box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.3
    x1, y1 = box["x"] + box["width"] * 0.7, box["y"] + box["height"] * 0.7
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=12)
    page.mouse.up()
    expect(app).to_contain_text("selected: a, b", timeout=30_000)
    shot("brushed")
    brush = read_check(page, 2)["state"]["brush"]["selection"]["brush"]
    assert set(brush) == {"a", "b"}
    low, high = brush["a"]
    assert 0 <= low < high <= 9
    assert not cdn, cdn
