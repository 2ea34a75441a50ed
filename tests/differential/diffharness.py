"""The differential harness: run an app under real Streamlit 1.67's AppTest and under
nbstate's, with the same interactions, and list the differences step by step.

Streamlit runs in a scratch venv (never a dependency of nbstate): ``$NBSTATE_STREAMLIT_VENV``,
default ``.venv-streamlit`` at the repository root, created by `ensure_venv` (``make
streamlit-venv``) with ``pip install streamlit==1.67.0 pandas numpy``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APPS = HERE / "apps"
STREAMLIT_VERSION = "1.67.0"
# plotly: apps/chart_selections.py draws a Plotly chart (Streamlit brings Altair itself)
REQUIREMENTS = [f"streamlit=={STREAMLIT_VERSION}", "pandas", "numpy", "plotly>=6"]


def venv_dir() -> Path:
    """The scratch venv with Streamlit: $NBSTATE_STREAMLIT_VENV or .venv-streamlit."""
    return Path(os.environ.get("NBSTATE_STREAMLIT_VENV") or ROOT / ".venv-streamlit")


def streamlit_python() -> Path:
    """The scratch venv's python."""
    return venv_dir() / "bin" / "python"


def venv_problem() -> str | None:
    """Why the scratch venv cannot run Streamlit 1.67, or None when it can."""
    python = streamlit_python()
    if not python.exists():
        return f"no Streamlit venv at {venv_dir()} (make streamlit-venv creates it)"
    check = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, plotly; print(m.version('streamlit'))",
        ],
        capture_output=True,
        text=True,
    )
    version = check.stdout.strip()
    if check.returncode != 0 or version != STREAMLIT_VERSION:
        return f"{python} has no streamlit=={STREAMLIT_VERSION} ({version or check.stderr[-200:]})"
    return None


def ensure_venv() -> None:
    """Create the scratch venv and install Streamlit into it, unless it is already there."""
    if venv_problem() is None:
        return
    folder = venv_dir()
    if not streamlit_python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    subprocess.run(
        [str(streamlit_python()), "-m", "pip", "install", "-q", *REQUIREMENTS], check=True
    )


def run_streamlit(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Every step record of every app under Streamlit (one subprocess for all of them)."""
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(streamlit_python()), str(HERE / "st_worker.py"), *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(HERE),
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the Streamlit worker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def run_nbstate(path: Path) -> list[dict[str, Any]]:
    """Every step record of one app under nbstate (in this process)."""
    from nb_side import run_app

    return run_app(path)


def _diff(a: Any, b: Any, where: str, out: list[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a:
                out.append(f"{where}.{key}: only nbstate has {b[key]!r}")
            elif key not in b:
                out.append(f"{where}.{key}: only Streamlit has {a[key]!r}")
            else:
                _diff(a[key], b[key], f"{where}.{key}", out)
    elif isinstance(a, list) and isinstance(b, list) and a and isinstance(a[0], list):
        for index in range(max(len(a), len(b))):
            if index >= len(a):
                out.append(f"{where}[{index}]: only nbstate has {b[index]!r}")
            elif index >= len(b):
                out.append(f"{where}[{index}]: only Streamlit has {a[index]!r}")
            else:
                _diff(a[index], b[index], f"{where}[{index}]", out)
    elif a != b:
        out.append(f"{where}: Streamlit {a!r} != nbstate {b!r}")


def differences(streamlit: list[dict[str, Any]], nb: list[dict[str, Any]]) -> list[str]:
    """Every difference between the two step lists, as readable lines."""
    out: list[str] = []
    for index in range(max(len(streamlit), len(nb))):
        if index >= len(streamlit) or index >= len(nb):
            out.append(f"step {index}: the number of steps differs")
            break
        a, b = streamlit[index], nb[index]
        _diff(a, b, f"step {index} ({a.get('action')})", out)
    return out


def app_paths(names: list[str] | None = None) -> list[Path]:
    """The apps under tests/differential/apps (or the given files)."""
    if names:
        return [Path(n).resolve() for n in names]
    return sorted(p for p in APPS.glob("*.py") if not p.name.startswith("_"))
