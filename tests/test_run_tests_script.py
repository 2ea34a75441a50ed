"""`scripts/run_tests.sh`, which `make test` runs: the browser tests in a background process of
their own while the rest runs over pytest-xdist workers, both lanes' results reported, and the
exit status failing when either lane fails.

Each test runs the script on a small suite in a temporary directory (its own pytest.ini with
the `browser` marker), so it takes seconds, not the real suite's minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "run_tests.sh"

FAST = """
import os

def test_fast_lane_runs_in_an_xdist_worker():
    assert os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw")
"""

SLOW = """
import os
import pytest

pytestmark = pytest.mark.browser

def test_browser_lane_runs_in_its_own_process():
    assert "PYTEST_XDIST_WORKER" not in os.environ
    assert os.environ.get("FAIL_BROWSER_LANE") != "1", "the browser lane failed on purpose"
"""

MAKEFILE = ROOT / "Makefile"


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    browser: a browser test\n")
    (tmp_path / "test_fast.py").write_text(FAST)
    (tmp_path / "test_slow.py").write_text(SLOW)
    return subprocess.run(
        ["bash", str(SCRIPT), "-p", "no:cacheprovider", "-p", "no:playwright"]
        + ["-c", str(tmp_path / "pytest.ini")]
        + ["--rootdir", str(tmp_path), str(tmp_path)],
        env={**os.environ, "PYTHON": sys.executable, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_both_lanes_run_and_pass(tmp_path: Path) -> None:
    result = _run(tmp_path, NBSTATE_TEST_WORKERS="2")
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "2 workers" in out  # pytest-xdist's own line for the non-browser lane
    non_browser, browser = out.split("== the browser lane")
    assert "1 passed" in non_browser
    assert "1 passed, 1 deselected" in browser


def test_a_failing_browser_lane_fails_the_run_and_shows_why(tmp_path: Path) -> None:
    result = _run(tmp_path, FAIL_BROWSER_LANE="1")
    assert result.returncode == 1
    assert "the browser lane failed on purpose" in result.stdout.split("== the browser lane")[1]


def test_make_test_runs_the_script_after_lint_and_types() -> None:
    out = subprocess.run(
        ["make", "-s", "-n", "test", f"VENV={Path(sys.prefix)}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    commands = [line for line in out if "ruff" in line or "mypy" in line or "run_tests" in line]
    assert commands[-1].endswith("bash scripts/run_tests.sh"), commands
    assert any("mypy" in line for line in commands[:-1])
