"""Run one app script and one probe under nbstate's AppTest and, when available, Streamlit's.

A case is an app script written for Streamlit (``import streamlit as st``) and a probe: code
that drives ``at`` (an AppTest that has not run yet) and assigns ``result``. The same case
runs under ``nbstate.testing.AppTest`` (the script imports nbstate instead) and, in a
subprocess, under Streamlit's own ``streamlit.testing.v1.AppTest`` when a Python with
Streamlit is found ($NBSTATE_STREAMLIT_PYTHON, or /work/st-venv/bin/python). Results are
compared as ``repr`` strings.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path
from typing import Any

_DRIVER = """
import json, sys, textwrap
from streamlit.testing.v1 import AppTest
cases = json.load(sys.stdin)
TIMEOUT = float(sys.argv[1])
out = {}
for name, (app, probe) in cases.items():
    try:
        ns = {"at": AppTest.from_string(app, default_timeout=TIMEOUT)}
        exec(probe, ns)
        out[name] = repr(ns["result"])
    except BaseException as exc:
        out[name] = f"raised {type(exc).__name__}: {exc}"
print(json.dumps(out))
"""


#: AppTest's run timeout for every case on both sides, instead of Streamlit's 3 s default: no
#: case is about speed (the one about timeouts passes its own), and with the test lanes
#: running side by side a first import of a chart library can take longer than 3 s.
RUN_TIMEOUT = 60.0


def streamlit_python() -> str | None:
    """The Python interpreter that has Streamlit 1.67 installed, or None."""
    candidate = os.environ.get("NBSTATE_STREAMLIT_PYTHON") or "/work/st-venv/bin/python"
    return candidate if Path(candidate).exists() else None


def _prepare(app: str, probe: str) -> tuple[str, str]:
    return textwrap.dedent(app), textwrap.dedent(probe)


def run_nbstate(app: str, probe: str) -> str:
    """The repr of `result` after running `probe` against nbstate's AppTest of `app`."""
    from nbstate.testing import AppTest

    app, probe = _prepare(app, probe)
    source = app.replace("import streamlit as st", "import nbstate as st")
    namespace: dict[str, Any] = {"at": AppTest.from_string(source, default_timeout=RUN_TIMEOUT)}
    try:
        exec(probe, namespace)
    except Exception as exc:
        return f"raised {type(exc).__name__}: {exc}"
    return repr(namespace["result"])


def run_streamlit(cases: dict[str, tuple[str, str]], python: str) -> dict[str, str]:
    """The repr of `result` for each case, run under Streamlit's AppTest in one subprocess."""
    payload = json.dumps({name: _prepare(*case) for name, case in cases.items()})
    done = subprocess.run(
        [python, "-c", _DRIVER, str(RUN_TIMEOUT)],
        input=payload,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
