"""st.echarts_chart in JupyterLab 4 and in Voilà (on the same server): ipecharts' prebuilt
extension draws the chart (a canvas with a real size, no request leaves the machine) and a
click on a bar of a series with ``selectedMode`` reruns the app with Streamlit's selection."""

from __future__ import annotations

import time
from urllib.parse import urlparse

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

APP = """
option = {
    "xAxis": {"type": "category", "data": ["only"]},
    "yAxis": {"type": "value", "max": 10},
    "series": [{"type": "bar", "data": [10], "selectedMode": "single", "name": "S"}],
    "animation": False,
}
event = st.echarts_chart(option, on_select="rerun", key="bars", width=400)
picked = event.selection.selected
st.write("picked: " + (str(picked[0]["data_indices"]) if picked else "nothing"))
"""


def watch_requests(page: Page) -> list[str]:
    """The URLs the page asks of any host but this machine."""
    outside: list[str] = []
    local = ("127.0.0.1", "localhost", None)
    page.on(
        "request", lambda r: outside.append(r.url) if urlparse(r.url).hostname not in local else 0
    )
    return outside


def check_drawn_and_selectable(page: Page, app: Locator, shot) -> None:
    """The chart is a canvas of the asked width (400) and Streamlit's content height (350);
    clicking its one bar reruns the app with that bar selected."""
    expect(app).to_contain_text("picked: nothing", timeout=60_000)
    canvas = app.locator(".nbstate-key-bars canvas").first
    expect(canvas).to_be_visible(timeout=30_000)
    box = canvas.bounding_box()
    assert box is not None and round(box["width"]) == 400 and round(box["height"]) == 350, box
    shot("drawn")
    # the single bar spans the plot's middle, from the x axis to the top (max 10)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.6)
    expect(app).to_contain_text("picked: [0]", timeout=30_000)
    shot("selected")


def test_jupyterlab_draws_an_echarts_chart_and_a_click_selects(page: Page, lab, shot) -> None:
    started = time.monotonic()
    outside = watch_requests(page)
    write_notebook(lab.root / "echarts.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "echarts.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    check_drawn_and_selectable(page, app_area(page, 1), shot)
    assert not outside, outside  # ECharts came from the extension, not a CDN
    print(f"echarts in JupyterLab: {time.monotonic() - started:.1f} s")


def test_voila_draws_an_echarts_chart_and_a_click_selects(page: Page, lab, shot) -> None:
    started = time.monotonic()
    outside = watch_requests(page)
    write_notebook(lab.root / "echarts_voila.ipynb", [rerun_cell(APP)])
    page.goto(lab.url("/voila/render/echarts_voila.ipynb"))
    check_drawn_and_selectable(page, page.locator(".nbstate-app"), shot)
    # Voila's own page template loads Font Awesome and MathJax from CDNs; ECharts it does not
    assert not [url for url in outside if "echarts" in url.lower()], outside
    print(f"echarts in Voila: {time.monotonic() - started:.1f} s")
