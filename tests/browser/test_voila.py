"""A ``%%rerun`` app served by Voilà: live widgets, and a fresh session on every page load."""

from __future__ import annotations

import re
import secrets
import sys

import pytest
from browser_support import rerun_cell, start_voila, write_notebook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

COUNTER = """
import os
st.session_state.setdefault('count', 0)

def add():
    st.session_state.count += 1

st.button('Add', key='add', on_click=add)
st.write(f"Count: {st.session_state.count}")
st.caption(f"kernel pid {os.getpid()}")
"""


def counter_notebook(folder, name: str):
    """A notebook [setup, counter app] in `folder`."""
    return write_notebook(folder / name, [rerun_cell(COUNTER)])


@pytest.fixture
def voila_standalone(tmp_path):
    """Standalone ``voila`` serving a counter notebook of its own."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = counter_notebook(root, "counter.ipynb")
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


def check_counter_page(page: Page, url: str, shot) -> None:
    """Load `url`, click Add twice, reload: the new page has a new kernel and count 0."""
    page.goto(url)
    app = page.locator(".nbstate-app")
    count = app.locator(".nbstate-markdown")
    pid = app.locator(".nbstate-caption")
    expect(page.get_by_text(f"KERNEL-PREFIX {sys.prefix}")).to_be_visible()
    expect(count).to_have_text("Count: 0")
    expect(pid).to_have_text(re.compile(r"kernel pid \d+"))
    first_pid = pid.inner_text()

    add = app.locator(".nbstate-key-add")
    add.click()
    expect(count).to_have_text("Count: 1")
    add.click()
    expect(count).to_have_text("Count: 2")
    shot("counted")

    page.reload()
    expect(count).to_have_text("Count: 0")
    expect(pid).to_have_text(re.compile(r"kernel pid \d+"))
    assert pid.inner_text() != first_pid  # a new kernel, so a new session
    add.click()  # and the new page is live
    expect(count).to_have_text("Count: 1")
    shot("after-reload")


def test_voila_standalone(page: Page, voila_standalone, shot) -> None:
    check_counter_page(page, voila_standalone.url("/"), shot)


def test_voila_on_the_lab_server(page: Page, lab, shot) -> None:
    counter_notebook(lab.root, "voila_counter.ipynb")
    check_counter_page(page, lab.url("/voila/render/voila_counter.ipynb"), shot)
