"""The JupyterHub recipe (deploy/jupyterhub_config.py, `make hub`): a local JupyterHub with
configurable-http-proxy serves one nbstate app through Voilà; two users log in, each gets a
server and a kernel of their own, so their session_state is separate, and st.user is the
hub user who logged in."""

from __future__ import annotations

import re
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser_support import Server, free_port, isolated_env, rerun_cell, write_notebook
from ci_env import running_in_ci
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = ROOT / "deploy" / "jupyterhub_config.py"
#: Where `make proxy` installs configurable-http-proxy (npm, into the venv).
PROXY = Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy"

COUNTER = """
import os
st.session_state.setdefault('count', 0)

def add():
    st.session_state.count += 1

st.button('Add', key='add', on_click=add)
st.write(f"Count: {st.session_state.count}")
st.caption(f"user {os.environ.get('JUPYTERHUB_USER')} kernel pid {os.getpid()}")
st.text(f"st.user: {st.user.name} logged in {st.user.is_logged_in}")
"""


@pytest.fixture
def hub(tmp_path: Path):
    """A JupyterHub serving the counter app, on free ports, with its state in tmp_path."""
    missing = [
        what
        for what, there in (
            ("jupyterhub (pip install -e '.[hub]')", (Path(sys.prefix) / "bin" / "jupyterhub")),
            ("configurable-http-proxy (`make proxy`)", PROXY),
        )
        if not there.exists()
    ]
    if missing:
        message = f"the JupyterHub test cannot run: no {', '.join(missing)}"
        if running_in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    notebook = write_notebook(app_dir / "counter.ipynb", [rerun_cell(COUNTER)])
    port = free_port()
    env = isolated_env(tmp_path)
    env.update(
        NBSTATE_HUB_APP=str(notebook),
        NBSTATE_HUB_STATE=str(tmp_path / "hub-state"),
        NBSTATE_HUB_PROXY=str(PROXY),
        NBSTATE_HUB_PORT=str(port),
        NBSTATE_HUB_API_PORT=str(free_port()),
        NBSTATE_HUB_PROXY_API_PORT=str(free_port()),
        NBSTATE_HUB_PASSWORD="team-secret",
    )
    argv = [str(Path(sys.prefix) / "bin" / "jupyterhub"), "-f", str(CONFIG)]
    server = Server("jupyterhub", argv, port, "", tmp_path, env, tmp_path, "/hub/api")
    wait_for_hub(server)
    yield server
    server.stop()


def rss_mib(program: str) -> list[float]:
    """Resident memory (MiB) of every process whose command line mentions `program`."""
    sizes = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and program.encode() in (proc / "cmdline").read_bytes():
                status = (proc / "status").read_text().splitlines()
                rss = next(line for line in status if line.startswith("VmRSS:"))
                sizes.append(round(int(rss.split()[1]) / 1024, 1))
        except (OSError, StopIteration):
            continue
    return sizes


def wait_for_hub(server: Server, timeout: float = 90) -> None:
    """Wait until the hub itself answers through the proxy (the proxy answers 404 first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{server.base}/hub/api", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"JupyterHub did not answer in {timeout}s:\n{server.log_tail()}")


def open_app_as(browser: Browser, hub: Server, user: str) -> Page:
    """Log `user` in through the hub's login form; their server starts and shows the app."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{hub.base}/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", "team-secret")
    page.click("#login_submit")
    # the hub spawns the user's server, then sends them to its default URL: the app in Voilà
    expect(page.locator(".nbstate-app .nbstate-key-add")).to_be_visible(timeout=120_000)
    assert f"/user/{user}/voila/render/counter.ipynb" in page.url
    return page


def test_two_hub_users_get_a_session_state_each(browser: Browser, hub: Server, shot) -> None:
    intruder = browser.new_context().new_page()  # a wrong password gets no server
    intruder.goto(f"{hub.base}/hub/login")
    intruder.fill("#username_input", "mallory")
    intruder.fill("#password_input", "guess")
    intruder.click("#login_submit")
    expect(intruder.get_by_text("Invalid username or password")).to_be_visible()
    assert "/user/" not in intruder.url

    alice = open_app_as(browser, hub, "alice")
    bob = open_app_as(browser, hub, "bob")
    pages = {"alice": alice, "bob": bob}
    captions = {}
    for user, page in pages.items():
        caption = page.locator(".nbstate-app .nbstate-caption")
        expect(caption).to_have_text(re.compile(rf"user {user} kernel pid \d+"))
        captions[user] = caption.inner_text()
        # st.user is the hub user this kernel runs for: each user sees their own name
        expect(page.locator(".nbstate-app .nbstate-text")).to_have_text(
            f"st.user: {user} logged in True"
        )
    assert captions["alice"].split()[-1] != captions["bob"].split()[-1]  # two kernels

    def count(page: Page):
        return page.locator(".nbstate-app .nbstate-markdown")

    alice.locator(".nbstate-app .nbstate-key-add").click()
    expect(count(alice)).to_have_text("Count: 1")
    alice.locator(".nbstate-app .nbstate-key-add").click()
    expect(count(alice)).to_have_text("Count: 2")
    expect(count(bob)).to_have_text("Count: 0")
    # bob's click counts from his own state (a shared one would say 3)
    bob.locator(".nbstate-app .nbstate-key-add").click()
    expect(count(bob)).to_have_text("Count: 1")
    expect(count(alice)).to_have_text("Count: 2")
    shot("alice")
    # what a user costs (printed for the README's figures; `pytest -s` shows it)
    print("RSS MiB:", {name: rss_mib(name) for name in ("jupyterhub-singleuser", "ipykernel")})
