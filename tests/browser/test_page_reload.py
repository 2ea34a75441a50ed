"""A browser page reload starts a new session (as in Streamlit) unless resetOnReload is off.

JupyterLab 4 and Notebook 7 (``/notebooks/...`` on the same server), with the notebook saved
before the reload (the app's widget views come back) and unsaved (the app area is gone until
the cell runs again; the beforeunload dialog is accepted).
"""

from __future__ import annotations

import pytest
from browser_support import (
    CHECK_CELL,
    app_area,
    cell,
    open_notebook,
    page_id,
    read_check,
    read_check_after_page,
    rerun_cell,
    run_cell,
    run_setup_cell,
    save_notebook,
    wait_kernel_ready,
    write_notebook,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

OPTIONS = {
    "reset": "import nbstate\nprint('resetOnReload', nbstate.get_option('session.resetOnReload'))",
    "keep": "import nbstate\nnbstate.set_option('session.resetOnReload', False)\n"
    "print('resetOnReload', nbstate.get_option('session.resetOnReload'))",
}
APP = """
name = st.text_input('Name', key='name')
st.write('Hello', name)
"""
# a key that no widget holds: only a reset can take it away
WRITE_EXTRA = "import nbstate as st\nst.session_state.extra = 'kept'"

# cell indices: 0 setup, 1 options, 2 app, 3 write extra, 4 check
APP_CELL, EXTRA_CELL, CHECK = 2, 3, 4


@pytest.mark.parametrize("saved", ["saved", "unsaved"])
@pytest.mark.parametrize("mode", ["reset", "keep"])
@pytest.mark.parametrize("ui", ["lab", "nb7"])
def test_page_reload(page: Page, lab, shot, ui: str, mode: str, saved: str) -> None:
    name = f"reload_{ui}_{mode}_{saved}.ipynb"
    path = write_notebook(
        lab.root / name, [OPTIONS[mode], rerun_cell(APP), WRITE_EXTRA, CHECK_CELL]
    )
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.type), d.accept()))  # "leave the page"

    open_notebook(page, lab, name, ui, n_cells=5)
    run_setup_cell(page)
    run_cell(page, 1)
    expect(cell(page, 1).locator(".jp-OutputArea-output")).to_have_text(
        f"resetOnReload {mode == 'reset'}"
    )
    run_cell(page, APP_CELL)
    app = app_area(page, APP_CELL)
    box = app.locator(".nbstate-key-name input")
    hello = app.locator(".nbstate-markdown")
    expect(hello).to_have_text("Hello")
    box.click()
    page.keyboard.type("Bob")
    page.keyboard.press("Enter")
    expect(hello).to_have_text("Hello Bob")
    run_cell(page, EXTRA_CELL)
    first_page = page_id(page)
    before = read_check(page, CHECK)
    assert before == {"page": first_page, "state": {"name": "Bob", "extra": "kept"}}
    shot("before-reload")

    if saved == "saved":
        save_notebook(page, path, APP_CELL)
    page.reload()
    wait_kernel_ready(page)
    second_page = page_id(page, other_than=first_page)
    # the kernel has taken the new page as its page: after a reset, if there was one
    after = read_check_after_page(page, CHECK, second_page)

    if mode == "reset":
        assert after["state"] == {"name": ""}, after  # emptied; the app ran again on it
    else:
        assert after["state"] == {"name": "Bob", "extra": "kept"}, after
    expected = {"reset": ("", "Hello"), "keep": ("Bob", "Hello Bob")}[mode]

    if saved == "saved":
        assert "beforeunload" not in dialogs
        # the saved widget views came back, showing the kernel's values
        expect(box).to_have_value(expected[0])
        expect(hello).to_have_text(expected[1])
    else:
        assert "beforeunload" in dialogs  # it really was unsaved
        expect(app).to_have_count(0)  # nothing shows the app until its cell runs again
        run_cell(page, APP_CELL)
        expect(box).to_have_value(expected[0])
        expect(hello).to_have_text(expected[1])
    shot("after-reload")
