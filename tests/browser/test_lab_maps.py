"""st.map and st.pydeck_chart in JupyterLab 4: the map is drawn by ipyleaflet's prebuilt
frontend, as wide as the app's main area and 500 pixels high (Streamlit's default), its points
as circles; the pydeck chart's frame has the same box. Tiles and deck.gl's CDN are blocked:
this measures the boxes and the points, not what the network would draw."""

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

APP = """
import pandas as pd
points = pd.DataFrame({"lat": [48.85, 48.86, 48.87], "lon": [2.34, 2.35, 2.36]})
st.map(points, size=50)
st.map(points, width=320, height=200)
st.pydeck_chart()
st.write("drawn")
"""


def _box(locator) -> dict:
    box = locator.bounding_box()
    assert box is not None
    return box


def test_map_fills_the_app_width_at_500_pixels_with_its_points(page: Page, lab, shot) -> None:
    page.route("**/*tile*/**", lambda route: route.abort())
    page.route("**/cdn.jsdelivr.net/**", lambda route: route.abort())
    write_notebook(lab.root / "maps.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "maps.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("drawn", timeout=60_000)
    maps = app.locator(".nbstate-map")
    expect(maps).to_have_count(2, timeout=30_000)
    expect(maps.first.locator(".leaflet-container")).to_have_count(1)
    # every point is a circle in the map's overlay (one GeoJSON layer)
    circles = maps.first.locator(".leaflet-overlay-pane path.leaflet-interactive")
    expect(circles).to_have_count(3, timeout=30_000)
    shot("maps")
    body = _box(app.locator(".nbstate-body").first)
    wide, narrow = _box(maps.first), _box(maps.nth(1))
    assert abs(wide["width"] - body["width"]) <= 2, (wide, body)
    assert abs(wide["height"] - 500) <= 1, wide
    assert (round(narrow["width"]), round(narrow["height"])) == (320, 200)
    deck = _box(app.locator(".nbstate-pydeck iframe"))
    assert abs(deck["width"] - body["width"]) <= 2 and abs(deck["height"] - 500) <= 1, deck
