"""`make demo` and `make app` start their servers whoever runs them, root included (issue 16
item 1): JupyterLab refuses root without --allow-root, so the Makefile passes it then.

The commands are taken from ``make -n`` (nothing is installed) and started for a few seconds
with this venv's JupyterLab / Voila, until the server answers over HTTP.
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(sys.prefix)


def _make_command(target: str, program: str) -> list[str]:
    """The line of `make -n target` that starts `program`, as an argument list."""
    out = subprocess.run(
        ["make", "-s", "-n", target, f"VENV={VENV}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in out.splitlines() if f"/bin/{program}" in line]
    assert lines, f"`make -n {target}` runs no {program}:\n{out}"
    return shlex.split(lines[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serves(command: list[str], port: int, path: str, timeout: float = 90) -> None:
    """Start `command`; pass when http://127.0.0.1:port/path answers, fail if it exits."""
    log = ROOT / "test-results" / f"make-{Path(command[0]).name}-{port}.log"
    log.parent.mkdir(exist_ok=True)
    with open(log, "w") as out:
        proc = subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(
                    f"{shlex.join(command)} exited with {proc.returncode}:\n"
                    f"{log.read_text()[-2000:]}"
                )
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
                    assert r.status == 200
                    return
            except urllib.error.HTTPError as exc:
                # the server answers: an error page for a path that runs no notebook is enough
                assert exc.code < 500, exc
                return
            except OSError:
                time.sleep(0.3)
        pytest.fail(
            f"{shlex.join(command)} did not answer in {timeout}s:\n{log.read_text()[-2000:]}"
        )
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def test_make_demo_passes_allow_root_exactly_when_run_as_root():
    command = _make_command("demo", "jupyter")
    assert ("--allow-root" in command) == (os.geteuid() == 0), command


def test_make_demo_starts_jupyterlab_whoever_runs_it():
    if not (VENV / "bin" / "jupyter-lab").exists():
        pytest.skip("JupyterLab is not installed in this venv (pip install -e '.[demo]')")
    port = _free_port()
    command = _make_command("demo", "jupyter")
    _serves([*command, "--no-browser", f"--port={port}", "--ServerApp.token="], port, "/lab")


def test_make_app_starts_voila_whoever_runs_it():
    if not (VENV / "bin" / "voila").exists():
        pytest.skip("Voila is not installed in this venv (pip install -e '.[demo]')")
    port = _free_port()
    command = _make_command("app", "voila")
    _serves([*command, "--no-browser", f"--port={port}"], port, "/no-such-page")


def test_the_demo_extra_installs_notebook_7():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    demo = [req.replace(" ", "") for req in extras["optional-dependencies"]["demo"]]
    assert "notebook>=7" in demo


def test_make_hub_runs_jupyterhub_with_the_recipe_on_the_chosen_notebook():
    """`make hub NB=...` (README "Serving an app to many users") starts JupyterHub with
    deploy/jupyterhub_config.py, which serves the notebook named by NBSTATE_HUB_APP
    (tests/browser/test_jupyterhub.py runs the recipe itself)."""
    out = subprocess.run(
        ["make", "-s", "-n", "hub", f"VENV={VENV}", "NB=notebooks/06-forms.ipynb"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if "/bin/jupyterhub" in line)
    assert f'NBSTATE_HUB_APP="{ROOT / "notebooks" / "06-forms.ipynb"}"' in line, line
    assert line.endswith("-f deploy/jupyterhub_config.py"), line
    assert "configurable-http-proxy" in out  # `make proxy` comes first when it is missing


def test_make_app_keeps_preheated_kernels_unless_pool_is_zero():
    command = _make_command("app", "voila")
    assert "--preheat_kernel=True" in command and "--pool_size=2" in command, command
    out = subprocess.run(
        ["make", "-s", "-n", "app", f"VENV={VENV}", "POOL=0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--preheat_kernel" not in out, out


def test_make_app_serves_with_nbstates_voila_template():
    """`make app` passes --template=nbstate, which the package installs into the venv's
    share/jupyter/voila/templates (pyproject's shared-data; tests/browser/test_voila_template.py
    checks what it shows)."""
    assert "--template=nbstate" in _make_command("app", "voila")
    template = VENV / "share" / "jupyter" / "voila" / "templates" / "nbstate"
    assert (template / "index.html.j2").is_file() and (template / "conf.json").is_file()
    shipped = ROOT / "share" / "jupyter" / "voila" / "templates" / "nbstate"
    assert (template / "index.html.j2").read_text() == (shipped / "index.html.j2").read_text(), (
        "the venv's copy of the template is stale: pip install -e . again"
    )


def test_make_load_test_runs_both_serving_benchmarks():
    out = subprocess.run(
        ["make", "-s", "-n", "load-test", f"VENV={VENV}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "benchmarks/load_test.py" in out and "benchmarks/voila_first_paint.py" in out, out
