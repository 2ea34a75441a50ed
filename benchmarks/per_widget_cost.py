"""What one unchanged widget costs a rerun, in this process: time, calls, memory.

An `App` with N keyed sliders (and the text ``moved <value>``) runs here, with real ipywidgets
whose comms go nowhere, as in ``rerun_parts.py``. Each run moves the first slider, so N - 1
sliders are unchanged. The cost per unchanged widget is the slope between N = 100 and
N = 1,000 (what the fixed cost of a run adds is the same at both); the fixed cost is what a
run of N = 10 takes beyond 10 widgets at that slope.

The yardstick is a plain ipywidgets loop that does what a rerun must do for every slider at
the least: set the traits nbstate's slider view shows (description, disabled, min, max,
step, value; unchanged, so traitlets compares and sends nothing), then move one slider and
set a label.

Figures:

- *us/widget*: CPU time (``time.process_time``, less disturbed by other processes than wall
  clock on a shared machine) per unchanged widget, the median of many runs;
- *calls/widget*: Python and C function calls per unchanged widget (``sys.setprofile``
  events, deterministic);
- *bytes/widget*: peak memory a run allocates per unchanged widget above what it starts
  with (``tracemalloc``);
- *x plain*: nbstate's figure divided by the plain loop's.

    python benchmarks/per_widget_cost.py             # 200 runs per size
    python benchmarks/per_widget_cost.py --runs 50 --profile 25
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import ipywidgets as W

from nbstate.runner import App
from nbstate.script import Script
from nbstate.session import Session

APP = """import nbstate as st
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"s{{i}}")
st.write("moved", st.session_state.s0)
"""

SIZES = (10, 100, 1000)


def nbstate_rerun(n: int) -> Callable[[int], None]:
    """A function that reruns an app of `n` sliders with its first slider moved to `r`."""
    app = App(Session(), f"a{n}", Script(APP.format(n=n), filename=f"<n{n}>"), label="bench")
    app.live = True
    app.run()
    slider = app.session.state._key_to_id["s0"]

    def rerun(r: int) -> None:
        app.run([(slider, r % 900 + 1)])

    return rerun


def plain_rerun(n: int) -> Callable[[int], None]:
    """The plain-ipywidgets loop for `n` sliders (see the module docstring)."""
    sliders = [W.IntSlider(0, min=0, max=1000, description=f"s{i}") for i in range(n)]
    label = W.Label()

    def rerun(r: int) -> None:
        value = r % 900 + 1
        sliders[0].value = value
        for i, s in enumerate(sliders):
            s.description = f"s{i}"
            s.disabled = False
            s.min = 0
            s.max = 1000
            s.step = 1
            s.value = s.value
        label.value = f"moved {value}"

    return rerun


def cpu_times(rerun: Callable[[int], None], runs: int) -> list[float]:
    """CPU seconds of each of `runs` reruns (after a few untimed ones)."""
    for r in range(3):
        rerun(r)
    times = []
    for r in range(runs):
        start = time.process_time()
        rerun(r)
        times.append(time.process_time() - start)
    return times


def count_calls(rerun: Callable[[int], None]) -> int:
    """Python and C function calls made by one rerun."""
    count = 0

    def tracer(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    rerun(1)
    sys.setprofile(tracer)
    try:
        rerun(2)
    finally:
        sys.setprofile(None)
    return count


def peak_bytes(rerun: Callable[[int], None]) -> int:
    """The most memory one rerun had allocated at once beyond what it started with."""
    rerun(3)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        rerun(4)
        return tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()


def slope(figures: dict[int, float]) -> float:
    """The figure per widget between N = 100 and N = 1,000."""
    return (figures[1000] - figures[100]) / 900


def profile(rerun: Callable[[int], None], top: int) -> None:
    """Print the `top` entries of a cProfile of 20 reruns, by internal time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for r in range(20):
        rerun(r)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> None:
    """Print the per-widget figures of nbstate and of the plain loop, and their ratios."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=200, help="timed reruns per size")
    p.add_argument("--profile", type=int, default=0, help="print this many profile entries")
    args = p.parse_args()
    results: dict[str, dict[str, dict[int, float]]] = {}
    for name, make in (("nbstate", nbstate_rerun), ("plain", plain_rerun)):
        med: dict[int, float] = {}
        calls: dict[int, float] = {}
        mem: dict[int, float] = {}
        for n in SIZES:
            rerun = make(n)
            runs = args.runs if n < 1000 else max(args.runs // 4, 20)
            med[n] = statistics.median(cpu_times(rerun, runs))
            calls[n] = count_calls(rerun)
            mem[n] = peak_bytes(rerun)
        results[name] = {"time": med, "calls": calls, "bytes": mem}
    nb, plain = results["nbstate"], results["plain"]
    us = {k: slope(v["time"]) * 1e6 for k, v in results.items()}
    calls = {k: slope(v["calls"]) for k, v in results.items()}
    mem = {k: slope(v["bytes"]) for k, v in results.items()}
    print(f"one slider moved, the others unchanged; median of {args.runs} runs per size")
    print(f"{'':14}{'nbstate':>10}{'plain':>10}{'x plain':>9}")
    print(
        f"{'us/widget':14}{us['nbstate']:10.2f}{us['plain']:10.2f}{us['nbstate'] / us['plain']:9.2f}"
    )
    print(
        f"{'calls/widget':14}{calls['nbstate']:10.1f}{calls['plain']:10.1f}"
        f"{calls['nbstate'] / calls['plain']:9.2f}"
    )
    print(
        f"{'bytes/widget':14}{mem['nbstate']:10.0f}{mem['plain']:10.0f}{mem['nbstate'] / max(mem['plain'], 1):9.2f}"
    )
    fixed = {k: (v["time"][10] - 10 * us[k] / 1e6) * 1e6 for k, v in results.items()}
    fixed_calls = {k: v["calls"][10] - 10 * calls[k] for k, v in results.items()}
    print(f"{'fixed us/run':14}{fixed['nbstate']:10.0f}{fixed['plain']:10.0f}")
    print(f"{'fixed calls':14}{fixed_calls['nbstate']:10.0f}{fixed_calls['plain']:10.0f}")
    print(
        "run ms (median):  "
        + "  ".join(
            f"N={n}: {nb['time'][n] * 1e3:.2f} / {plain['time'][n] * 1e3:.2f}" for n in SIZES
        )
    )
    if args.profile:
        print("\nprofile of 20 nbstate reruns at N = 1,000:")
        profile(nbstate_rerun(1000), args.profile)


if __name__ == "__main__":
    main()
