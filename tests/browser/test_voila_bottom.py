"""st.bottom in nbstate's Voilà template: pinned to the window's bottom over the page's
background while the main area scrolls under it, as Streamlit 1.67 shows it."""

from __future__ import annotations

import secrets

import pytest
from browser_support import rerun_cell, start_voila, write_notebook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
for line in range(60):
    st.write(f"Line {line}")
st.bottom.write("Pinned note")
st.chat_input("Say something")
"""


@pytest.fixture
def voila_bottom(tmp_path):
    """``voila --template=nbstate`` serving an app longer than the window, with a bottom."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "bottom.ipynb", [rerun_cell(APP)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16), ["--template=nbstate"])
    yield server
    server.stop()


def test_the_bottom_area_sticks_to_the_window_bottom_in_voila(page: Page, voila_bottom, shot):
    page.goto(voila_bottom.url("/"))
    app = page.locator(".nbstate-app")
    bottom = app.locator(".nbstate-bottom")
    expect(bottom.get_by_text("Pinned note")).to_be_visible()
    expect(bottom.locator(".nbstate-chat_input")).to_be_visible()
    height = page.viewport_size["height"]
    # At the top of a long page: the area is at the window's bottom, over the main area.
    box = bottom.bounding_box()
    assert box is not None and abs(box["y"] + box["height"] - height) <= 1, box
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector('.nbstate-app .nbstate-bottom'));"
        " return [s.position, s.backgroundColor]; }"
    )
    assert style[0] == "sticky"
    assert style[1] not in ("rgba(0, 0, 0, 0)", "transparent"), style
    shot("top")
    # At the end of the page: still at the window's bottom, the last line above it.
    page.mouse.wheel(0, 100_000)
    page.wait_for_timeout(300)
    box = bottom.bounding_box()
    assert box is not None and abs(box["y"] + box["height"] - height) <= 1, box
    last = app.get_by_text("Line 59", exact=True).bounding_box()
    assert last is not None and last["y"] + last["height"] <= box["y"] + 1, (last, box)
    shot("end")
