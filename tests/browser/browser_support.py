"""Servers, notebooks and page helpers for the real-browser tests (JupyterLab, Notebook 7, Voilà).

Adapted from the recipe in ``shared/e2e``: servers run as subprocesses on 127.0.0.1 with a free
port, a random token and temporary directories; Chromium is Debian's ``/usr/bin/chromium``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import Locator, Page, expect

#: The venv whose python runs pytest: servers and kernels come from it.
VENV_BIN = Path(sys.executable).parent

#: The first cell of every notebook: loads nbstate and shows which Python runs the kernel.
SETUP_CELL = "import sys, nbstate\nprint('KERNEL-PREFIX', sys.prefix)"

#: A plain cell that prints what the kernel knows: the page id nbstate last accepted as the
#: current page, and session_state. `read_check` parses its output.
CHECK_CELL = (
    "import json, nbstate, nbstate.session\n"
    "print('CHECK', json.dumps({'page': getattr(nbstate.session._page_tracker, 'current', None),"
    " 'state': nbstate.session_state.to_dict()}, default=repr, sort_keys=True))"
)

# the visible notebook only (a Lab workspace can restore other notebooks as hidden tabs)
CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"

# The toolbar's idle light says idle before the kernel is connected: ask the app instead
# (needs --LabApp/--JupyterNotebookApp.expose_app_in_browser=True on the server).
KERNEL_READY_JS = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.connectionStatus === 'connected' && k.status === 'idle';
}"""


# ----------------------------------------------------------------- notebooks


def write_notebook(path: Path, cells: list[str]) -> Path:
    """Write a notebook whose cells are `SETUP_CELL` followed by `cells` (code cells)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(src) for src in [SETUP_CELL, *cells]]
    nbformat.write(nb, str(path))
    return path


def rerun_cell(body: str) -> str:
    """The source of a ``%%rerun`` app cell whose script is `body`."""
    return "%%rerun\nimport nbstate as st\n" + body.strip("\n") + "\n"


def wait_saved_with_widget_output(path: Path, cell_index: int, timeout: float = 30) -> None:
    """Poll the .ipynb on disk until cell `cell_index` holds a widget view (the save landed)."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            nb = json.loads(path.read_text())
            outputs = nb["cells"][cell_index].get("outputs", [])
            if any(
                "application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs
            ):
                return
        except (ValueError, KeyError, IndexError):
            pass  # the file is being written
        time.sleep(0.2)
    raise AssertionError(f"{path.name} was not saved with the widget output of cell {cell_index}")


# ----------------------------------------------------------------- servers


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def isolated_env(tmp: Path) -> dict[str, str]:
    """Environment for a server: Jupyter/IPython dirs under `tmp`, the venv first on PATH."""
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp / "jcfg"),
        JUPYTER_RUNTIME_DIR=str(tmp / "jrt"),
        JUPYTER_DATA_DIR=str(tmp / "jdata"),
        IPYTHONDIR=str(tmp / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
        PYTHONUNBUFFERED="1",
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


class Server:
    """A Jupyter server subprocess in its own process group, stopped by its pid only."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        port: int,
        token: str,
        root: Path,
        env: dict[str, str],
        log_dir: Path,
        ready_path: str = "/api/status",
    ) -> None:
        self.name, self.port, self.token, self.root = name, port, token, root
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = log_dir / f"{name}-{port}.log"
        self._log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        started = time.time()
        self.proc = subprocess.Popen(
            argv,
            cwd=root,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_ready(started, ready_path)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, started: float, ready_path: str, timeout: float = 90) -> None:
        # jupyter lab answers 200 on /api/status; standalone Voilà has no such route, so any
        # HTTP answer will do there (never GET "/": that would execute the notebook).
        url = f"{self.base}{ready_path}?token={self.token}"
        while time.time() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    status = r.status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError:
                time.sleep(0.2)
                continue
            if status == 200 or (ready_path != "/api/status" and status < 500):
                self.startup_s = time.time() - started
                return
            time.sleep(0.2)
        raise TimeoutError(f"{self.name} not ready after {timeout}s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 3000) -> str:
        """The end of the server's log."""
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-chars:]

    def url(self, path: str) -> str:
        """`path` on this server, with the token."""
        sep = "&" if "?" in path else "?"
        return f"{self.base}{path}{sep}token={self.token}"

    def api(self, method: str, path: str) -> Any:
        """Call the server's REST API; returns the decoded JSON answer (or None)."""
        request = urllib.request.Request(
            self.base + path, method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Shut down every kernel of this server (each test leaves its kernel behind)."""
        for kernel in self.api("GET", "/api/kernels"):
            try:
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
            except urllib.error.HTTPError:
                pass  # already gone

    def stop(self) -> None:
        """Stop the server's process group (ours only) and close its log."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._log.close()


def start_lab(root: Path, tmp: Path, token: str) -> Server:
    """Start ``jupyter lab`` (which also serves Notebook 7 and Voilà) on `root`."""
    settings = tmp / "lab-settings"
    for plugin, values in {
        # silence the "get notified about official Jupyter news?" toast that covers the page
        "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
        # no autosave: a test that reloads an unsaved notebook must find it unsaved
        "docmanager-extension/plugin": {"autosave": False},
    }.items():
        folder, name = plugin.split("/")
        (settings / "@jupyterlab" / folder).mkdir(parents=True, exist_ok=True)
        (settings / "@jupyterlab" / folder / f"{name}.jupyterlab-settings").write_text(
            json.dumps(values)
        )
    port = free_port()
    argv = [
        str(VENV_BIN / "jupyter"),
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.allow_root=True",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={settings}",
        f"--JupyterNotebookApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True",
        "--JupyterNotebookApp.expose_app_in_browser=True",
    ]
    return Server("lab", argv, port, token, root, isolated_env(tmp), log_dir=tmp)


def start_voila(notebook: Path, tmp: Path, token: str, extra: Sequence[str] = ()) -> Server:
    """Start standalone ``voila`` serving `notebook` (a fresh kernel per page load), with
    `extra` command-line arguments (e.g. preheated kernels)."""
    port = free_port()
    argv = [
        str(VENV_BIN / "voila"),
        notebook.name,
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        f"--token={token}",
        f"--Voila.root_dir={notebook.parent}",
        *extra,
    ]
    return Server(
        "voila",
        argv,
        port,
        token,
        notebook.parent,
        isolated_env(tmp),
        log_dir=tmp,
        ready_path="/voila/static/__ready_probe__",
    )


# ----------------------------------------------------------------- JupyterLab / Notebook 7 pages


def wait_kernel_ready(page: Page, timeout: float = 60_000) -> None:
    """Wait until the current notebook's kernel is connected and idle (Lab and Notebook 7)."""
    page.wait_for_function(KERNEL_READY_JS, timeout=timeout)


def open_notebook(page: Page, server: Server, name: str, ui: str = "lab", n_cells: int = 0) -> None:
    """Open notebook `name` in JupyterLab (``ui="lab"``) or Notebook 7 (``ui="nb7"``).

    In JupyterLab each notebook gets a workspace of its own, so no tab of an earlier test is
    restored next to it.
    """
    workspace = re.sub(r"[^A-Za-z0-9_-]", "-", name)
    path = {"lab": f"/lab/workspaces/{workspace}/tree/{name}", "nb7": f"/notebooks/{name}"}[ui]
    page.goto(server.url(path))
    if n_cells:
        expect(page.locator(CELLS)).to_have_count(n_cells)
    else:
        expect(page.locator(CELLS).first).to_be_visible()
    wait_kernel_ready(page)


def cell(page: Page, index: int) -> Locator:
    """The notebook cell at `index`."""
    return page.locator(CELLS).nth(index)


def run_cell(page: Page, index: int) -> Locator:
    """Run cell `index` (Ctrl+Enter: run, stay) and wait until it finished; returns the cell."""
    target = cell(page, index)
    prompt = target.locator(".jp-InputArea-prompt")
    before = prompt.inner_text()
    prompt.click()  # command mode on that cell
    page.keyboard.press("Control+Enter")
    # "[ ]:" or "[3]:" -> "[*]:" -> "[4]:"; a new number means this run has finished
    expect(prompt).not_to_have_text(before)
    expect(prompt).to_have_text(re.compile(r"\[\d+\]"))
    return target


def run_setup_cell(page: Page) -> None:
    """Run the setup cell and check that the kernel is this venv's Python with nbstate."""
    out = run_cell(page, 0).locator(".jp-OutputArea-output")
    expect(out).to_contain_text(f"KERNEL-PREFIX {sys.prefix}")


def cell_output_text(page: Page, index: int) -> str:
    """All output text of cell `index`."""
    return "\n".join(cell(page, index).locator(".jp-OutputArea-output").all_inner_texts())


def read_check(page: Page, index: int) -> dict[str, Any]:
    """Run the `CHECK_CELL` at `index` and return what it printed (``page``, ``state``)."""
    run_cell(page, index)
    line = next(
        (ln for ln in cell_output_text(page, index).splitlines() if ln.startswith("CHECK ")), None
    )
    assert line is not None, cell_output_text(page, index)
    return json.loads(line[len("CHECK ") :])


def read_check_after_page(page: Page, index: int, page_id: str, timeout: float = 30) -> dict:
    """Run the check cell until the kernel has taken `page_id` as its current page.

    nbstate decides "reload" only after the old page failed to answer a ping (1.5 s), so a
    check made too early would see the state from before that decision.
    """
    end = time.time() + timeout
    while True:
        found = read_check(page, index)
        if found["page"] == page_id or time.time() > end:
            assert found["page"] == page_id, (found, page_id)
            return found
        time.sleep(0.5)


def page_id(page: Page, other_than: str | None = None) -> str:
    """The id nbstate's page probe gave this browser page (waits until it exists)."""
    handle = page.wait_for_function(
        "(old) => { const id = globalThis.__nbstate_page_id; return id && id !== old && id; }",
        arg=other_than,
    )
    return handle.json_value()


def save_notebook(page: Page, path: Path, app_cell_index: int) -> None:
    """Save with the toolbar button (Ctrl+S is swallowed inside a widget input) and wait until
    the file on disk holds the app's widget view."""
    page.locator('[data-command="docmanager:save"]').first.click()
    wait_saved_with_widget_output(path, app_cell_index)


def app_area(page: Page, index: int) -> Locator:
    """The nbstate app area under cell `index`."""
    return cell(page, index).locator(".nbstate-app")


def mark(locator: Locator, value: str) -> None:
    """Tag the DOM node behind `locator` (to recognise the very same node later)."""
    locator.evaluate("(el, v) => { el.dataset.e2eMark = v; }", value)


def marked(locator: Locator) -> str | None:
    """The tag `mark` put on the node behind `locator`, or None for a new node."""
    return locator.evaluate("el => el.dataset.e2eMark || null")


def drag_thumb(page: Page, bar: Locator, down: bool) -> None:
    """Drag the thumb of a scroll bar (e.g. a data grid's) past the end of its track
    (`down`) or past its start."""
    track, grip = bar.bounding_box(), bar.locator(".lm-ScrollBar-thumb").bounding_box()
    assert track is not None and grip is not None, "the scroll bar is not shown"
    x = grip["x"] + grip["width"] / 2
    page.mouse.move(x, grip["y"] + grip["height"] / 2)
    page.mouse.down()
    page.mouse.move(x, track["y"] + track["height"] + 200 if down else track["y"] - 200, steps=5)
    page.mouse.up()
