"""Where a rerun's time goes, in this process (no kernel, no wire): script and reconcile.

A quick companion to ``rerun_latency.py`` for work on the engine: an `App` with N keyed
sliders runs here; its widgets are real ipywidgets whose comms go nowhere, so the figures
leave out JSON and ZeroMQ and show nbstate's own cost per widget.

- *one moved*: one slider's value changes, as when a user moves it;
- *all change*: an ``on_click`` callback sets all N sliders through ``st.session_state``,
  against a loop setting ``value`` on N plain ``IntSlider`` s (the same ipywidgets work,
  without nbstate).

    python benchmarks/rerun_parts.py            # N = 1000, 200 runs per case
    python benchmarks/rerun_parts.py -n 100 --runs 500
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as W

import nbstate.reconcile as render
import nbstate.script as script
from nbstate.runner import App
from nbstate.script import Script
from nbstate.session import Session

MOVED = """import nbstate as st
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"s{{i}}")
st.write("moved", st.session_state.s0)
"""

ALL_CHANGE = """import nbstate as st
def _shift():
    k = st.session_state.get("k", 0) + 1
    st.session_state["k"] = k
    for i in range({n}):
        st.session_state[f"s{{i}}"] = (k * 7 + i) % 1001
st.button("shift", key="shift", on_click=_shift)
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"s{{i}}")
"""


class PartTimer:
    """Times every call of a few methods (perf_counter pairs), by name."""

    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = {}

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        samples = self.samples.setdefault(label, [])

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                samples.append(time.perf_counter() - start)

        setattr(owner, name, timed)

    def clear(self) -> None:
        for samples in self.samples.values():
            samples.clear()


def timed_runs(action: Callable[[int], None], runs: int) -> list[float]:
    times = []
    for r in range(runs):
        start = time.perf_counter()
        action(r)
        times.append(time.perf_counter() - start)
    return times


def ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1e3:8.2f}"


def main() -> None:
    """Print the median time of each part per case."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=1000, help="sliders in the app")
    p.add_argument("--runs", type=int, default=200, help="runs per case")
    args = p.parse_args()
    n = args.n
    timer = PartTimer()
    timer.wrap(script.Script, "execute", "script")
    timer.wrap(render.Renderer, "render", "reconcile")

    app = App(Session(), "moved", Script(MOVED.format(n=n), filename="<moved>"), label="moved")
    app.live = True
    app.run()
    slider = app.session.state._key_to_id["s0"]
    timer.clear()
    moved = timed_runs(lambda r: app.run([(slider, r % 900)]), args.runs)
    moved_parts = {k: list(v) for k, v in timer.samples.items()}

    app = App(Session(), "all", Script(ALL_CHANGE.format(n=n), filename="<all>"), label="all")
    app.live = True
    app.run()
    button = app.session.state._key_to_id["shift"]
    plain = [W.IntSlider(0, min=0, max=1000) for _ in range(n)]

    def set_plain(r: int) -> None:
        for i, s in enumerate(plain):
            s.value = ((r + 1) * 7 + i) % 1001

    timer.clear()
    runs = max(args.runs // 10, 5)
    changed = timed_runs(lambda r: app.run([(button, True)]), runs)
    changed_parts = {k: list(v) for k, v in timer.samples.items()}
    baseline = timed_runs(set_plain, runs)

    print(f"N = {n} keyed sliders; medians in ms ({args.runs} and {runs} runs)")
    print("case          App.run   script  reconcile  per widget us  plain ipywidgets")
    print(
        f"one moved    {ms(moved)} {ms(moved_parts['script'])} {ms(moved_parts['reconcile'])}"
        f"   {statistics.median(moved) / n * 1e6:12.2f}                 -"
    )
    print(
        f"all change   {ms(changed)} {ms(changed_parts['script'])} "
        f"{ms(changed_parts['reconcile'])}   {statistics.median(changed) / n * 1e6:12.2f}"
        f"          {ms(baseline)}"
    )


if __name__ == "__main__":
    main()
