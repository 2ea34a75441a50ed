"""The same slider script under Streamlit's ``AppTest`` and under nbstate's ``AppTest``.

Imported by the benchmark (nbstate, in-process) and run as a worker under another Python
that has Streamlit (``python bench_apptest.py streamlit``): the worker reads one JSON
command per line on stdin and answers one JSON line on stdout, so the benchmark can
interleave Streamlit's blocks with nbstate's. This file imports nothing of the project.

Commands: ``{"setup": N}`` builds and runs the app with N sliders (answers the first run's
seconds); ``{"events": N, "count": k}`` moves slider ``s0`` k times, timing each
``AppTest.run()`` and the script body inside it (answers ``times`` and ``body``, seconds);
``{"quit": true}``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

#: The app, as text. ``module`` is ``nbstate`` or ``streamlit``; ``%%rerun`` cells use the
#: same body with a key prefix per app (apps of one kernel share a session).
SLIDER_SCRIPT = """import {module} as st
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"{prefix}s{{i}}")
st.write("moved", st.session_state["{prefix}s0"])
"""


#: Lines around the script that record how long its body took (AppTest runs only).
BODY_TIMER = (
    "import time as _bench_time\n_bench_t0 = _bench_time.perf_counter()\n",
    '__import__("builtins").__dict__.setdefault("_bench_body_seconds", []).append(\n'
    "    _bench_time.perf_counter() - _bench_t0\n)\n",
)


def slider_script(n: int, module: str = "nbstate", prefix: str = "", timed: bool = False) -> str:
    """The benchmark's app script with ``n`` keyed sliders (``timed``: with `BODY_TIMER`)."""
    script = SLIDER_SCRIPT.format(module=module, n=n, prefix=prefix)
    return BODY_TIMER[0] + script + BODY_TIMER[1] if timed else script


def _body_times() -> list[float]:
    import builtins

    return builtins.__dict__.setdefault("_bench_body_seconds", [])


def next_value(i: int, current: int, top: int = 1000) -> int:
    """The i-th slider value of a run of moves, never equal to ``current``."""
    value = 1 + (i * 37) % top
    return value if value != current else 1 + value % top


class Driver:
    """AppTests of the slider script for several N, for one library."""

    def __init__(self, module: str) -> None:
        if module == "streamlit":
            from streamlit.testing.v1 import AppTest
        elif module == "nbstate":
            from nbstate.testing import AppTest
        else:
            raise ValueError(f"unknown module {module!r}")
        self.module = module
        self.app_test: Any = AppTest
        self.apps: dict[int, Any] = {}
        self.moves: dict[int, int] = {}

    def version(self) -> str:
        from importlib.metadata import version

        return version(self.module)

    def setup(self, n: int) -> float:
        script = slider_script(n, self.module, timed=True)
        at = self.app_test.from_string(script, default_timeout=300)
        t0 = time.perf_counter()
        at.run()
        elapsed = time.perf_counter() - t0
        if at.exception:
            raise RuntimeError(f"{self.module} AppTest of N={n} failed: {at.exception[0]}")
        self.apps[n] = at
        self.moves[n] = 0
        return elapsed

    def events(self, n: int, count: int) -> tuple[list[float], list[float]]:
        """Seconds of each ``AppTest.run()`` and of each script body in it."""
        at = self.apps[n]
        times = []
        body = _body_times()
        body.clear()
        for _ in range(count):
            current = at.session_state["s0"]
            value = next_value(self.moves[n], current)
            self.moves[n] += 1
            at.slider(key="s0").set_value(value)
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
            if at.session_state["s0"] != value:
                raise RuntimeError(f"{self.module} AppTest: s0 is not {value} after the run")
        return times, list(body)


def serve(module: str) -> None:
    """The worker loop: one JSON command per stdin line, one JSON answer per stdout line."""
    driver = Driver(module)
    print(json.dumps({"ready": True, "version": driver.version()}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        try:
            if "quit" in command:
                break
            if "setup" in command:
                answer: dict[str, Any] = {"seconds": driver.setup(int(command["setup"]))}
            else:
                times, body = driver.events(int(command["events"]), int(command["count"]))
                answer = {"times": times, "body": body}
        except Exception as exc:  # reported to the benchmark, which carries on
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve(sys.argv[1] if len(sys.argv) > 1 else "streamlit")
