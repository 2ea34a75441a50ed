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
