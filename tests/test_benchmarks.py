"""The in-process benchmark runs and prints its table, and the kernel benchmark times every
case to the same endpoint (figures are never checked: a benchmark)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

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


def _endpoints(events: list[set[str]]) -> tuple[Any, list[str]]:
    """Endpoints over a scripted message sequence: ``events[i]`` is what has arrived after
    message i; the fake clock reads i + 100, so recorded times are message indices."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_report import Endpoints

    step = {"i": 0}
    asked: list[str] = []

    def seen(what: str) -> Callable[[], bool]:
        def predicate() -> bool:
            asked.append(what)
            return what in events[step["i"]]

        return predicate

    ends = Endpoints(seen("text"), seen("idle"), start=100.0, clock=lambda: 100.0 + step["i"])
    while not ends.check():
        step["i"] += 1
    return ends, asked


def test_every_case_is_timed_to_the_later_of_its_text_and_its_idle() -> None:
    # the floor: its label arrives before the kernel's idle
    ends, asked = _endpoints([set(), {"text"}, {"text"}, {"text", "idle"}])
    assert (ends.text_at, ends.idle_at, ends.done_at) == (1.0, 3.0, 3.0)
    # the text predicate is not asked again once it held (it may consume what it saw)
    assert asked.count("text") == 2
    # a run that starts after idle: its text arrives last
    ends, asked = _endpoints([set(), {"idle"}, {"idle"}, {"idle", "text"}])
    assert (ends.text_at, ends.idle_at, ends.done_at) == (3.0, 1.0, 3.0)
    assert asked.count("idle") == 2


def test_done_is_refused_before_both_endpoints_arrived() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_report import Endpoints

    ends = Endpoints(lambda: True, lambda: False, start=0.0)
    assert not ends.check()
    with pytest.raises(ValueError, match="both endpoints"):
        _ = ends.done_at


@pytest.mark.kernel
def test_load_test_prints_every_round_with_ratios_to_its_baseline() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load_test.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "error:" not in result.stdout, result.stdout
    rows = {line.split()[0]: line.split() for line in lines if line[:3].strip() in ("1", "2")}
    assert set(rows) == {"1", "2"}, result.stdout
    for row in rows.values():
        figures = [float(x) for x in row[1:]]
        assert len(figures) == 11 and all(f > 0 for f in figures), row
    # every toggle of every user was timed: 3 toggles each
    assert rows["1"][9] == "3" and rows["2"][9] == "6", result.stdout
    assert rows["1"][7:9] == ["1.00", "1.00"], result.stdout  # the baseline against itself
    assert any(line.startswith("p95 rerun latency") for line in lines), result.stdout
    memory = next(line for line in lines if line.startswith("idle kernel RSS"))
    assert "with nbstate imported" in memory


@pytest.mark.kernel
def test_shared_cache_benchmark_times_each_session_against_the_first() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "shared_cache.py"), "--sessions", "2"]
        + ["--model-mb", "8", "--compute", "0.3"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if line[:7].strip() in "12"]
    rows = [row for row in rows if row and row[0] in ("1", "2")]
    assert [row[0] for row in rows] == ["1", "2"], result.stdout
    assert rows[0][4] == "1.00", result.stdout  # the first session is the baseline
    # the first session computed (>= 0.3 s); the second read the disk cache
    assert float(rows[0][3]) >= 300 and float(rows[1][3]) < 300, result.stdout
    assert all(float(row[2]) > 0 for row in rows), result.stdout  # each kernel holds a model


def test_dataframe_browser_benchmark_imports_and_reports_against_its_baseline() -> None:
    # the browser run itself is not part of CI (a benchmark): its module, app and table are
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import dataframe_browser as bench

    assert callable(bench.main)
    for grid in (True, False):  # the app's source is valid Python once %%rerun is stripped
        compile(bench.cell_for(1000, grid), "<app>", "exec")
    base = bench.Result("to_html 1,000", load_s=2.0, heap_mb=10.0, load_bytes=4000, rerun_bytes=0)
    grid = bench.Result("grid 100,000", load_s=3.0, heap_mb=20.0, load_bytes=1000, rerun_bytes=0)
    grid.notes.append("a note")
    text = bench.report([grid], base, 278_209)
    row = next(line for line in text.splitlines() if line.startswith("grid 100,000"))
    assert row.split()[2:8] == ["3.00", "1.50x", "20.0", "2.00x", "1.0", "0.25x"], text
    assert "grid 100,000: a note" in text and "278,209 B" in text
