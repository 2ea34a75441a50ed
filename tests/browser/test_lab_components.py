"""st.components.v1 in JupyterLab 4 and real Chromium: `html` runs its script in a sandboxed
iframe, and a hand-written component (tests/data/component_demo: raw postMessage, no
streamlit-component-lib) loaded from its build directory gets its args and the theme, sizes
its iframe, and sets a value that the app shows after the rerun it starts."""

from __future__ import annotations

import re
from pathlib import Path

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

DEMO = Path(__file__).resolve().parent.parent / "data" / "component_demo"

APP = f"""
import nbstate.components.v1 as components
components.html(
    "<p id='out'>...</p><script>document.getElementById('out').textContent = 'ran ' + (1 + 1)"
    "</script>", height=60)
demo = components.declare_component("demo", path={str(DEMO)!r})
value = demo(greeting="Hello from args", payload="pong", key="demo")
st.write(f"value: {{value}}")
"""


def test_html_and_a_component_from_its_build_directory(page: Page, lab) -> None:
    write_notebook(lab.root / "components.ipynb", [rerun_cell(APP)])
    open_notebook(page, lab, "components.ipynb", "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("value: None", timeout=60_000)
    html_frame = app.locator(".nbstate-iframe iframe")
    expect(html_frame).to_have_attribute("sandbox", "allow-forms allow-modals allow-popups "
                                        "allow-popups-to-escape-sandbox allow-same-origin "
                                        "allow-scripts allow-downloads")  # fmt: skip
    expect(html_frame.content_frame.locator("#out")).to_have_text("ran 2")
    frame = app.locator(".nbstate-component iframe")
    expect(frame).to_have_attribute("allow", re.compile(r"clipboard-write; .*microphone"))
    component = frame.content_frame
    # the render message brought the args and the theme; the inlined CSS styled the button
    expect(component.locator("#greeting")).to_have_text("Hello from args (theme light)")
    expect(component.locator("#send")).to_have_css("color", "rgb(0, 128, 0)")
    assert frame.evaluate("f => f.getBoundingClientRect().height") > 20  # setFrameHeight
    component.locator("#send").click()
    expect(app).to_contain_text("value: {'payload': 'pong', 'clicks': 1}")
    component.locator("#send").click()  # the rerun kept the iframe: its click count goes on
    expect(app).to_contain_text("value: {'payload': 'pong', 'clicks': 2}")
