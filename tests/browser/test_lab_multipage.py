"""A multipage app (st.navigation) in JupyterLab 4, in a real browser: the menu, a click on an
entry, session_state across pages, the top menu."""

from __future__ import annotations

import shutil
from pathlib import Path

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
st.sidebar.checkbox("Dark", key="dark")
def home():
    st.header("Home page")
    st.slider("Kept", 0, 9, 1, key="kept", persist_state="session")
def report():
    st.header("Report page")
    st.write("kept is", str(st.session_state.kept))
pages = {"Main": [st.Page(home, title="Home", icon="🏠")], "More": [st.Page(report, title="Report")]}
st.navigation(pages, position=st.session_state.get("where", "sidebar")).run()
"""


def test_the_menu_switches_pages_and_session_state_is_shared(page: Page, lab, shot) -> None:
    to_top = "import nbstate\nnbstate.session_state['where'] = 'top'"
    write_notebook(lab.root / "multipage.ipynb", [rerun_cell(APP), CHECK_CELL, to_top])
    open_notebook(page, lab, "multipage.ipynb", "lab", n_cells=4)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-header")).to_contain_text("Home page")
    menu = app.locator(".nbstate-sidebar .nbstate-nav-sidebar")
    expect(menu.locator(".nbstate-nav-section")).to_have_text(["Main", "More"])
    expect(menu.locator(".nbstate-nav-current")).to_have_text("🏠 Home")
    app.locator(".nbstate-key-dark input").check()
    assert read_check(page, 2)["state"]["dark"] is True
    shot("sidebar-menu")

    menu.get_by_role("button", name="Report").click()
    expect(app.locator(".nbstate-header")).to_contain_text("Report page")
    expect(app.locator(".nbstate-markdown")).to_contain_text("kept is 1")
    expect(menu.locator(".nbstate-nav-current")).to_have_text("Report")
    state = read_check(page, 2)["state"]
    assert state["dark"] is True and state["kept"] == 1
    expect(app.locator(".nbstate-key-dark input")).to_be_checked()
    shot("report-page")

    menu.get_by_role("button", name="🏠 Home").click()
    expect(app.locator(".nbstate-header")).to_contain_text("Home page")

    run_cell(page, 3)  # a plain cell sets position="top": the app reruns, the menu moves
    top = app.locator(".nbstate-toolbar .nbstate-nav-top")
    expect(top.get_by_role("button", name="Report")).to_be_visible()
    expect(app.locator(".nbstate-sidebar")).to_contain_text("Dark")
    top.get_by_role("button", name="Report").click()
    expect(app.locator(".nbstate-header")).to_contain_text("Report page")
    shot("top-menu")


def test_the_demo_notebook_under_voila(page: Page, lab, shot) -> None:
    """notebooks/11-multipage-app.ipynb as `make app` serves it (Voilà), on the Lab server."""
    demo = Path(__file__).resolve().parents[2] / "notebooks" / "11-multipage-app.ipynb"
    shutil.copy(demo, lab.root / "multipage_demo.ipynb")
    page.goto(lab.url("/voila/render/multipage_demo.ipynb"))
    app = page.locator(".nbstate-app")
    menu = app.locator(".nbstate-nav-sidebar")
    expect(menu.locator(".nbstate-nav-section")).to_have_text(["Store", "Info"])
    expect(app.locator(".nbstate-header")).to_contain_text("Shop")
    menu.get_by_role("button", name="Orders").click()
    expect(app.locator(".nbstate-header")).to_contain_text("Your orders")
    expect(app.get_by_text("No orders yet.")).to_be_visible()
    menu.get_by_role("button", name="Shop").click()
    app.locator(".nbstate-key-order").click()  # st.switch_page(orders_page) after the order
    expect(app.locator(".nbstate-header")).to_contain_text("Your orders")
    expect(app.get_by_text("1 × Tea")).to_be_visible()
    shot("voila-orders")
