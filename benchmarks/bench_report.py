"""Statistics and tables for the benchmark (no kernel, no nbstate: plain Python)."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass
class Series:
    """Samples of one measured quantity (seconds unless said otherwise)."""

    name: str
    n: int = 0
    samples: list[float] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.samples)

    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    def min(self) -> float:
        return min(self.samples) if self.samples else math.nan

    def max(self) -> float:
        return max(self.samples) if self.samples else math.nan

    def p90(self) -> float:
        if len(self.samples) < 2:
            return self.median()
        return statistics.quantiles(self.samples, n=10, method="inclusive")[8]


class Endpoints:
    """When an event's two endpoints were first seen: its text (or label) on the page and
    the kernel's idle for its message; the event is *done* at the later of the two.

    ``check`` is the predicate to wait on: it asks each endpoint's predicate only until
    that one first holds (an arrival predicate may consume what it has seen) and records
    the time, so either endpoint may come first. Times are seconds since ``start``.
    """

    def __init__(
        self,
        text: Callable[[], bool],
        idle: Callable[[], bool],
        start: float,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._text, self._idle, self._clock = text, idle, clock
        self.start = start
        self.text_at: float | None = None
        self.idle_at: float | None = None

    def check(self) -> bool:
        """Record any endpoint reached since the last check; True once both are reached."""
        if self.text_at is None and self._text():
            self.text_at = self._clock() - self.start
        if self.idle_at is None and self._idle():
            self.idle_at = self._clock() - self.start
        return self.text_at is not None and self.idle_at is not None

    @property
    def done_at(self) -> float:
        """The later of the two endpoints (the one endpoint every case is compared at)."""
        if self.text_at is None or self.idle_at is None:
            raise ValueError("the event has not reached both endpoints yet: wait on check()")
        return max(self.text_at, self.idle_at)


def mean(values: Sequence[float]) -> float:
    return statistics.mean(values) if values else math.nan


def ms(seconds: float) -> str:
    """Seconds as milliseconds with two decimals ('-' for a missing figure)."""
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.2f}"


def ratio(a: float, b: float) -> float:
    return a / b if b and not (math.isnan(a) or math.isnan(b)) else math.nan


def fmt(value: float, spec: str = ".2f", suffix: str = "") -> str:
    return "-" if value is None or math.isnan(value) else f"{value:{spec}}{suffix}"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> str:
    """A plain text table; ``align`` has one letter per column (l or r, default r but l for
    the first column)."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    align = align or "l" + "r" * (len(headers) - 1)

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.ljust(w) if a == "l" else c.rjust(w)
            for c, w, a in zip(cells, widths, align, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in rows]
    return "\n".join(out)


@dataclass
class Target:
    """One line of the final table: a target, what was measured, and the verdict."""

    name: str
    target: str
    measured: str
    passed: bool | None  # None: not measured

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "n/a"}[self.passed]


def targets_table(targets: Sequence[Target]) -> str:
    rows = [[t.name, t.target, t.measured, t.verdict] for t in targets]
    return table(["target", "goal", "measured", "result"], rows, align="llll")
