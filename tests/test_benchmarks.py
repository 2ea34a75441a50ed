"""The in-process benchmark runs and prints its table (figures are not checked: a benchmark)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rerun_parts_prints_both_cases() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "rerun_parts.py"), "-n", "20", "--runs", "10"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("N = 20 keyed sliders")
    for case in ("one moved", "all change"):
        row = next(line for line in lines if line.startswith(case))
        figures = [float(x) for x in row[len(case) :].split() if x != "-"]
        assert len(figures) >= 4 and all(f > 0 for f in figures), row
