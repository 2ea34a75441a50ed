"""A ``%%rerun`` app served by Voilà: live widgets, and a fresh session on every page load."""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

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


PREHEATED = (
    COUNTER
    + """
import time
st.session_state.setdefault('first_run_at', time.time())
st.caption(f"first run at {st.session_state.first_run_at:.3f}")
"""
)


def test_voila_preheated_kernels_ran_the_app_before_the_visitor_came(
    page: Page, tmp_path, shot
) -> None:
    """`make app` keeps preheated kernels (``--preheat_kernel=True --pool_size=N``): the app
    ran in the kernel before the page was opened, is live, and a reload gets another
    preheated kernel with a fresh session."""
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(root / "preheated.ipynb", [rerun_cell(PREHEATED)])
    server = start_voila(
        notebook, tmp_path, secrets.token_hex(16), ["--preheat_kernel=True", "--pool_size=1"]
    )
    try:
        app = page.locator(".nbstate-app")
        first_run = app.locator(".nbstate-caption").filter(has_text="first run at")
        # the pool fills in the background once the server is up; give it time to run the app
        time.sleep(12)
        opened_at = time.time()
        page.goto(server.url("/"))
        expect(first_run).to_have_text(re.compile(r"first run at [\d.]+"))
        ran_at = float(first_run.inner_text().split()[-1])
        assert ran_at < opened_at, (ran_at, opened_at)  # run before the visit: preheated
        count = app.locator(".nbstate-markdown")
        expect(count).to_have_text("Count: 0")
        app.locator(".nbstate-key-add").click()
        expect(count).to_have_text("Count: 1")
        shot("preheated")
        time.sleep(3)  # Voilà refills its pool a second after a kernel is taken
        page.reload()
        expect(count).to_have_text("Count: 0")
        expect(first_run).to_have_text(re.compile(r"first run at [\d.]+"))
        assert float(first_run.inner_text().split()[-1]) != ran_at  # another kernel
    finally:
        server.stop()


def test_voila_first_paint_benchmark_times_every_case() -> None:
    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "voila_first_paint.py")]
        + ["--visits", "1", "--gap", "3", "--pool", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    cases = ("floor", "cold", "preheated")
    rows = {
        line.split()[0]: line.split() for line in lines if line.split()[:1] in [[c] for c in cases]
    }
    assert set(rows) == set(cases), result.stdout
    assert rows["cold"][-2] == "1.00", result.stdout  # the baseline against itself
    assert rows["floor"][-1] == "1.00", result.stdout  # the floor against itself
    for case in cases:  # first paint and interactive medians (ms), both measured
        assert float(rows[case][1]) > 0 and float(rows[case][3]) >= float(rows[case][1]), rows
    assert any(line.startswith("idle preheated pool: 1 kernels") for line in lines), result.stdout
