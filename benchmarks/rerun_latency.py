"""Rerun latency: how long a slider move takes to reach the page, nbstate vs plain ipywidgets.

Everything runs in ONE real ipykernel driven by the test frontend (``tests/frontend.py``),
which sends the same comm messages as JupyterLab and mirrors the widget models:

1. **floor** - a plain ``IntSlider`` whose observer sets a ``Label``: time from sending the
   ``update`` comm_msg until the Label's update is in the mirror, and until the kernel's
   ``idle`` for the message. No widget framework can beat this round trip.
2. **nbstate** - a ``%%rerun`` cell with N keyed sliders plus ``st.write("moved", s0)``:
   time from moving ``s0`` until the text ``moved <value>`` is on the page (the rerun's
   last update reached the frontend).

Per event it also counts what the kernel sent: comm_open, comm_msg and all iopub messages
(the frontend's own settle requests are not counted).

    python benchmarks/rerun_latency.py                  # floor + N = 10, 100, 1000
    python benchmarks/rerun_latency.py --sizes 10 100 --events 50
    python benchmarks/rerun_latency.py --skip-nbstate   # only the floor
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# The frontend is a plain module in tests/ (no package), imported the same way as by pytest.
sys.path.insert(0, str(REPO_ROOT / "tests"))

from frontend import ExecResult, KernelFrontend  # noqa: E402

EVENT_TIMEOUT = 60.0


@dataclass
class Case:
    """Latencies (seconds) and per-event message counts of one measured case."""

    name: str
    n: int
    latencies: list[float] = field(default_factory=list)
    settled: list[float] = field(default_factory=list)
    comm_open: list[int] = field(default_factory=list)
    comm_msg: list[int] = field(default_factory=list)
    iopub: list[int] = field(default_factory=list)

    def median_ms(self) -> float:
        """Median latency in milliseconds."""
        return statistics.median(self.latencies) * 1000

    def p90_ms(self) -> float:
        """90th percentile latency in milliseconds."""
        if len(self.latencies) < 2:
            return self.median_ms()
        return statistics.quantiles(self.latencies, n=10, method="inclusive")[8] * 1000


def _next_value(i: int, current: int, top: int = 1000) -> int:
    value = 1 + (i * 37) % top
    return value if value != current else 1 + value % top


def _measure(
    fe: KernelFrontend,
    case: Case,
    slider: str,
    arrived: Callable[[int], Callable[[], bool]],
    events: int,
    warmup: int,
    idle_case: Case | None = None,
) -> None:
    """Move ``slider`` ``warmup + events`` times; record until ``arrived(value)()`` holds."""
    current = fe.model(slider).get("value")
    for i in range(warmup + events):
        value = _next_value(i, current)
        fe.widgets.dirty.clear()
        before = fe.counts.copy()
        t0 = time.perf_counter()
        msg_id = fe.set_value(slider, value, wait=False, settle=False)
        fe.wait_for(arrived(value), EVENT_TIMEOUT, f"the page to show the move to {value}")
        t1 = time.perf_counter()
        if msg_id is not None:
            fe.wait_idle(msg_id, EVENT_TIMEOUT)
        t2 = time.perf_counter()
        fe.wait_settled(EVENT_TIMEOUT)
        t3 = time.perf_counter()
        current = value
        if i < warmup:
            continue
        delta = fe.counts - before
        case.latencies.append(t1 - t0)
        case.settled.append(t3 - t0)
        case.comm_open.append(delta["comm_open"])
        case.comm_msg.append(delta["comm_msg"])
        case.iopub.append(delta["iopub"] - 2 * delta["settle_requests"])
        if idle_case is not None:
            idle_case.latencies.append(t2 - t0)
            idle_case.settled.append(t3 - t0)
            idle_case.comm_open.append(delta["comm_open"])
            idle_case.comm_msg.append(delta["comm_msg"])
            idle_case.iopub.append(case.iopub[-1])


# --------------------------------------------------------------------------------------
# 1. The floor: plain ipywidgets
# --------------------------------------------------------------------------------------

FLOOR_CELL = """
import ipywidgets as w
floor_slider = w.IntSlider(0, min=0, max=1000, _dom_classes=["floor-slider"])
floor_label = w.Label("", _dom_classes=["floor-label"])
floor_slider.observe(lambda c: setattr(floor_label, "value", f"moved {c['new']}"), "value")
w.VBox([floor_slider, floor_label])
"""


def measure_floor(fe: KernelFrontend, events: int, warmup: int) -> tuple[Case, Case]:
    """Slider -> observer -> Label round trip: (until the label update, until idle)."""
    fe.execute(FLOOR_CELL, cell_id="floor", check=True)
    slider, label = fe.find_one("floor-slider"), fe.find_one("floor-label")

    def arrived(value: int) -> Callable[[], bool]:
        return lambda: fe.model(label).get("value") == f"moved {value}"

    update, idle = Case("floor: label update", 1), Case("floor: idle", 1)
    _measure(fe, update, slider, arrived, events, warmup, idle_case=idle)
    return update, idle


# --------------------------------------------------------------------------------------
# 2. nbstate: a %%rerun cell with N keyed sliders
# --------------------------------------------------------------------------------------

NBSTATE_CELL = """%%rerun
import nbstate as st
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"s{{i}}")
st.write("moved", st.session_state.s0)
"""


class NbstateUnavailable(RuntimeError):
    """``import nbstate`` failed in the kernel."""


def import_nbstate(fe: KernelFrontend) -> None:
    """Import nbstate in the kernel (registers ``%%rerun``) or raise NbstateUnavailable."""
    res = fe.execute("import nbstate", cell_id="import-nbstate")
    if res.error is not None:
        raise NbstateUnavailable(
            f"`import nbstate` failed in the kernel: {res.error['ename']}: {res.error['evalue']}"
        )


def _value_model(fe: KernelFrontend, keyed: str) -> str:
    # The key class may sit on a wrapper; the slider is the first model with a value.
    for mid in fe.descendants(keyed, include_self=True):
        if "value" in fe.model(mid) and fe.model(mid).get("_model_name", "").endswith(
            "SliderModel"
        ):
            return mid
    raise AssertionError(f"no slider model under the widget keyed s0 ({keyed})")


def _arrival_check(fe: KernelFrontend, res: ExecResult) -> Callable[[int], Callable[[], bool]]:
    """Predicate factory: has ``moved <value>`` appeared in a changed leaf or in the cell?

    Only models changed since the event started are looked at (leaves only), and the
    cell's own outputs only when new output arrived, so checking stays cheap at N=1000.
    """

    def arrived(value: int) -> Callable[[], bool]:
        pattern = re.compile(rf"\bmoved\s+{value}\b")
        seen_messages = len(res.messages)

        def check() -> bool:
            nonlocal seen_messages
            while fe.widgets.dirty:
                mid = fe.widgets.dirty.pop()
                state = fe.widgets.models.get(mid)
                if state is not None and "children" not in state:
                    if pattern.search(fe.text(mid)):
                        return True
            if len(res.messages) != seen_messages:
                new = res.messages[seen_messages:]
                seen_messages = len(res.messages)
                kinds = {m["header"]["msg_type"] for m in new}
                if kinds & {"stream", "display_data", "update_display_data", "execute_result"}:
                    return bool(pattern.search(fe.text(res)))
            return False

        return check

    return arrived


def measure_nbstate(fe: KernelFrontend, n: int, events: int, warmup: int) -> Case:
    """Move s0 in a ``%%rerun`` cell with ``n`` keyed sliders; time until the text shows."""
    # Re-running one cell id is "edit the cell and run it again": sizes do not share keys.
    res = fe.execute(NBSTATE_CELL.format(n=n), cell_id="rerun-bench", timeout=600, check=True)
    slider = _value_model(fe, fe.find_one("nbstate-key-s0", within=res))
    # session_state outlives the cell's re-execution, so s0 keeps its last value.
    value, text = fe.model(slider)["value"], fe.text(res)
    assert re.search(rf"\bmoved\s+{value}\b", text), (
        f"no 'moved {value}' on the page: {text!r:.300}"
    )
    case = Case("nbstate %%rerun", n)
    _measure(fe, case, slider, _arrival_check(fe, res), events, warmup)
    return case


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def print_table(cases: Sequence[Case], floor: Case | None) -> None:
    """Print one row per case; ``settled ms`` is the median time until the frontend's
    settle request came back, an upper bound for the end of all work the move caused."""
    header = (
        f"{'case':<22}{'N':>6}{'events':>8}{'median ms':>11}{'p90 ms':>9}{'x floor':>9}"
        f"{'settled ms':>12}{'comm_open/ev':>14}{'comm_msg/ev':>13}{'iopub/ev':>10}"
    )
    print(header)
    print("-" * len(header))
    for case in cases:
        ratio = f"{case.median_ms() / floor.median_ms():.1f}" if floor else "-"
        print(
            f"{case.name:<22}{case.n:>6}{len(case.latencies):>8}{case.median_ms():>11.2f}"
            f"{case.p90_ms():>9.2f}{ratio:>9}{statistics.median(case.settled) * 1000:>12.2f}"
            f"{statistics.mean(case.comm_open):>14.1f}{statistics.mean(case.comm_msg):>13.1f}"
            f"{statistics.mean(case.iopub):>10.1f}"
        )


def _sizes(values: Sequence[str]) -> list[int]:
    return [int(v) for value in values for v in value.split(",") if v.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", nargs="+", default=["10,100,1000"], help="N values (10 100 or 10,100)"
    )
    parser.add_argument("--events", type=int, default=100, help="slider moves per nbstate size")
    parser.add_argument("--large-events", type=int, default=20, help="moves for N >= 1000")
    parser.add_argument("--floor-events", type=int, default=200, help="slider moves for the floor")
    parser.add_argument("--warmup", type=int, default=5, help="unrecorded moves before each case")
    parser.add_argument("--skip-floor", action="store_true")
    parser.add_argument("--skip-nbstate", action="store_true")
    args = parser.parse_args(argv)

    print(
        f"python {platform.python_version()}, ipykernel {version('ipykernel')}, "
        f"ipywidgets {version('ipywidgets')}, jupyter_client {version('jupyter_client')}, "
        f"{platform.machine()}"
    )
    cases: list[Case] = []
    floor: Case | None = None
    code = 0
    with KernelFrontend(cwd=REPO_ROOT) as fe:
        try:
            if not args.skip_floor:
                floor, idle = measure_floor(fe, args.floor_events, args.warmup)
                cases += [floor, idle]
            if not args.skip_nbstate:
                import_nbstate(fe)
                for n in _sizes(args.sizes):
                    events = min(args.events, args.large_events) if n >= 1000 else args.events
                    cases.append(measure_nbstate(fe, n, events, args.warmup))
        except NbstateUnavailable as exc:
            print(f"nbstate part not run: {exc}", file=sys.stderr)
            code = 2
        except Exception:
            traceback.print_exc()
            code = 1
    if cases:
        print_table(cases, floor)
    return code


if __name__ == "__main__":
    sys.exit(main())
