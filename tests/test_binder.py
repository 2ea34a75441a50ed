"""Binder's set-up works: binder/requirements.txt and binder/postBuild in a fresh venv, then
the notebooks execute there (what repo2docker does, without Docker)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.notebooks, pytest.mark.binder]


def test_binder_requirements_and_post_build_install_and_run_the_notebooks(
    tmp_path: Path,
) -> None:
    if os.environ.get("NBSTATE_SKIP_BINDER") == "1":
        pytest.skip("NBSTATE_SKIP_BINDER=1")
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {**os.environ, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)

    def run(*argv: str) -> None:
        subprocess.run(argv, cwd=repo, env=env, check=True, timeout=900)

    run(str(python), "-m", "pip", "install", "-q", "-r", "binder/requirements.txt")
    run("bash", "binder/postBuild")  # repo2docker runs it from the repository root
    notebook = "notebooks/08-button-patterns.ipynb"  # pandas, columns, spinner, magic
    script = (
        "import nbformat, sys\n"
        "from nbclient import NotebookClient\n"
        f"nb = nbformat.read({notebook!r}, as_version=4)\n"
        "NotebookClient(nb, timeout=120, kernel_name='python3').execute()\n"
        "errors = [o for c in nb.cells if c.cell_type == 'code' for o in c.outputs "
        "if o.output_type == 'error']\n"
        "sys.exit(f'errors: {errors}' if errors else 0)\n"
    )
    run(str(python), "-c", script)
