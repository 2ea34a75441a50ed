"""The benchmark's cases that drive one real ipykernel through ``tests/frontend.py``.

The frontend sends the comm messages JupyterLab sends and mirrors the widget models; every
figure here is measured from the frontend's side of the wire, on a kernel shared by all
cases. Kernel-side run times come from a thin wrapper around ``App.run`` installed by
`install_run_timer` (a ``perf_counter`` pair per run).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_apptest import next_value, slider_script
from bench_report import Endpoints, Series

REPO_ROOT = Path(__file__).resolve().parent.parent
# The frontend is a plain module in tests/ (no package), imported the same way as by pytest.
sys.path.insert(0, str(REPO_ROOT / "tests"))

from frontend import ExecResult, KernelFrontend  # noqa: E402

EVENT_TIMEOUT = 120.0


class NbstateUnavailable(RuntimeError):
    """``import nbstate`` failed in the kernel."""


# --------------------------------------------------------------------------------------
# Kernel helpers
# --------------------------------------------------------------------------------------


def kernel_eval(fe: KernelFrontend, expression: str, setup: str = "") -> Any:
    """Evaluate ``expression`` in the kernel (after ``setup`` lines); return it from JSON.

    Runs as a plain cell without history, so the kernel's namespace does not
    grow with ``_i<n>`` entries (an app's script namespace is a copy of it).
    """
    code = f"{setup}\nimport json as _bench_json\nprint(_bench_json.dumps({expression}))"
    res = fe.execute(code, store_history=False, timeout=EVENT_TIMEOUT, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def kernel_pid(fe: KernelFrontend) -> int:
    """The pid of the kernel process (from the KernelManager's provisioner)."""
    assert fe.km is not None
    return int(fe.km.provisioner.pid)  # type: ignore[union-attr]


def kernel_rss_mb(fe: KernelFrontend) -> float:
    """The kernel's resident memory (VmRSS of /proc/<pid>/status), in MiB."""
    for line in Path(f"/proc/{kernel_pid(fe)}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/<pid>/status")


def import_nbstate(fe: KernelFrontend, timeout: float = 30.0) -> None:
    """Import nbstate in the kernel (registers ``%%rerun``) or raise NbstateUnavailable."""
    res = fe.execute("import nbstate", cell_id="import-nbstate", timeout=timeout)
    if res.error is not None:
        raise NbstateUnavailable(
            f"`import nbstate` failed in the kernel: {res.error['ename']}: {res.error['evalue']}"
        )


RUN_TIMER = """
import time as _bench_time
import nbstate.runner as _bench_runner
_bench_run_seconds = {}
if not hasattr(_bench_runner.App, "_bench_untimed_run"):
    _bench_runner.App._bench_untimed_run = _bench_runner.App.run
    def _bench_timed_run(self, *args, **kwargs):
        t0 = _bench_time.perf_counter()
        try:
            return self._bench_untimed_run(*args, **kwargs)
        finally:
            _bench_run_seconds.setdefault(self.app_id, []).append(_bench_time.perf_counter() - t0)
    _bench_runner.App.run = _bench_timed_run
"""


def install_run_timer(fe: KernelFrontend) -> None:
    """Record the duration of every ``App.run`` in the kernel, by app id."""
    fe.execute(RUN_TIMER, store_history=False, check=True)


def run_seconds(fe: KernelFrontend, app_id: str, clear: bool = True) -> list[float]:
    """Durations of the runs of ``app_id`` recorded since the last call (seconds)."""
    expr = f"_bench_run_seconds.get({app_id!r}, [])"
    values = kernel_eval(fe, expr)
    if clear:
        fe.execute(f"_bench_run_seconds.pop({app_id!r}, None)", store_history=False, check=True)
    return values


def _model_ids_by_class(fe: KernelFrontend, within: ExecResult, prefix: str) -> dict[str, str]:
    """Model id of every model under a cell carrying a class that starts with ``prefix``."""
    found = {}
    for mid in fe.descendants(within):
        for cls in fe.model(mid).get("_dom_classes") or ():
            if cls.startswith(prefix):
                found[cls] = mid
    return found


class UpdateCounter:
    """Counts the kernel's updates of one model (an app's "Running…" status) while active."""

    def __init__(self, fe: KernelFrontend, mid: str | None) -> None:
        self.fe, self.mid, self.count = fe, mid, 0

    def _listener(self, mid: str) -> None:
        if mid == self.mid:
            self.count += 1

    def __enter__(self) -> UpdateCounter:
        if self.mid is not None:
            self.fe.widgets.listeners.append(self._listener)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.mid is not None:
            self.fe.widgets.listeners.remove(self._listener)


def _send_update(fe: KernelFrontend, mid: str, state: dict[str, Any]) -> str:
    """A raw ``update`` comm_msg, as the browser sends it, bypassing ipywidgets' throttle."""
    data = {"method": "update", "state": state, "buffer_paths": []}
    return fe._send_comm_msg(mid, data)


# --------------------------------------------------------------------------------------
# 1. Slider move latency: the floor and nbstate with N keyed sliders, interleaved
# --------------------------------------------------------------------------------------

FLOOR_CELL = """
import ipywidgets as w
floor_slider = w.IntSlider(0, min=0, max=1000, _dom_classes=["floor-slider"])
floor_label = w.Label("", _dom_classes=["floor-label"])
floor_slider.observe(lambda c: setattr(floor_label, "value", f"moved {c['new']}"), "value")
w.VBox([floor_slider, floor_label])
"""


@dataclass
class LatencyCase:
    """A slider whose moves are timed, and everything recorded about them.

    From sending the move: ``text`` until the page shows ``moved <value>``; ``idle`` until
    the kernel's idle for the move's message; ``done`` until both, the later of the two (the
    one endpoint at which every case, the floor included, is compared); ``settled`` until
    the frontend's settle request came back (an upper bound for the end of all work the
    move caused).
    """

    name: str
    n: int
    slider: str
    arrived: Callable[[int], Callable[[], bool]]
    app_id: str | None = None
    status: str | None = None  # the app's status line ("Running…")
    current: int = 0
    moves: int = 0
    text: Series = field(default_factory=lambda: Series("text"))
    idle: Series = field(default_factory=lambda: Series("idle"))
    done: Series = field(default_factory=lambda: Series("done"))
    settled: Series = field(default_factory=lambda: Series("settled"))
    kernel_run: Series = field(default_factory=lambda: Series("kernel run"))
    comm_open: list[int] = field(default_factory=list)
    comm_msg: list[int] = field(default_factory=list)
    status_msg: list[int] = field(default_factory=list)
    iopub: list[int] = field(default_factory=list)

    def move(self, fe: KernelFrontend, record: bool = True) -> None:
        """Move the slider once and wait until the page shows it and the kernel settled."""
        value = next_value(self.moves, self.current)
        self.moves += 1
        fe.widgets.dirty.clear()
        before = fe.counts.copy()
        with UpdateCounter(fe, self.status) as status:
            t0 = time.perf_counter()
            msg_id = fe.set_value(self.slider, value, wait=False, settle=False)
            # Taken now: a comm_msg's future leaves fe._futures once it is done.
            future = fe._futures.get(msg_id) if msg_id is not None else None
            ends = Endpoints(self.arrived(value), lambda: future is None or future.done, start=t0)
            what = f"the page to show {value} and the kernel's idle"
            fe.wait_for(ends.check, EVENT_TIMEOUT, what)
            fe.wait_settled(EVENT_TIMEOUT)
            t3 = time.perf_counter()
        self.current = value
        if not record:
            return
        delta = fe.counts - before
        assert ends.text_at is not None and ends.idle_at is not None  # check() returned True
        self.text.samples.append(ends.text_at)
        self.idle.samples.append(ends.idle_at)
        self.done.samples.append(ends.done_at)
        self.settled.samples.append(t3 - t0)
        self.comm_open.append(delta["comm_open"])
        self.comm_msg.append(delta["comm_msg"])
        self.status_msg.append(status.count)
        self.iopub.append(delta["iopub"] - 2 * delta["settle_requests"])


def setup_floor(fe: KernelFrontend) -> LatencyCase:
    """A plain IntSlider whose observer sets a Label: the floor of any widget round trip."""
    fe.execute(FLOOR_CELL, cell_id="floor", check=True)
    slider, label = fe.find_one("floor-slider"), fe.find_one("floor-label")

    def arrived(value: int) -> Callable[[], bool]:
        return lambda: fe.model(label).get("value") == f"moved {value}"

    return LatencyCase("floor (plain ipywidgets)", 1, slider, arrived)


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


def setup_nbstate(fe: KernelFrontend, n: int) -> tuple[LatencyCase, ExecResult]:
    """A ``%%rerun`` cell with ``n`` keyed sliders (keys ``n<n>_s<i>``) and the moved text."""
    prefix = f"n{n}_"
    cell_id = f"rerun-n{n}"
    code = "%%rerun\n" + slider_script(n, "nbstate", prefix)
    res = fe.execute(code, cell_id=cell_id, timeout=600, check=True)
    slider = fe.find_one(f"nbstate-key-{prefix}s0", within=res)
    assert fe.model(slider).get("_model_name") == "IntSliderModel"
    value, text = fe.model(slider)["value"], fe.text(res)
    assert re.search(rf"\bmoved\s+{value}\b", text), f"no 'moved {value}': {text!r:.300}"
    status = fe.find_one("nbstate-status", within=res)
    case = LatencyCase(
        "nbstate %%rerun", n, slider, _arrival_check(fe, res), app_id=cell_id, status=status
    )
    case.current = value
    return case, res


def run_latency_rounds(
    fe: KernelFrontend, cases: list[LatencyCase], rounds: int, block: int, warmup: int
) -> None:
    """``rounds`` rounds; in each, ``block`` moves of every case, in a rotating order, so
    that a change of load on the machine hits every case alike."""
    for case in cases:
        for _ in range(warmup):
            case.move(fe, record=False)
        if case.app_id:
            run_seconds(fe, case.app_id)
    for r in range(rounds):
        shift = r % len(cases)
        for case in cases[shift:] + cases[:shift]:
            for _ in range(block):
                case.move(fe)
    for case in cases:
        if case.app_id:
            case.kernel_run.samples = run_seconds(fe, case.app_id)


# --------------------------------------------------------------------------------------
# 2. A rerun that changes nothing visible (the app's Rerun button)
# --------------------------------------------------------------------------------------


@dataclass
class NothingVisible:
    n: int
    clicks: int = 0
    comm_open: int = 0
    comm_msg: int = 0
    comm_close: int = 0
    kernel_run: Series = field(default_factory=lambda: Series("kernel run"))


def measure_nothing_visible(
    fe: KernelFrontend, res: ExecResult, app_id: str, n: int, clicks: int
) -> NothingVisible:
    """Click the app's toolbar Rerun button; count what the kernel sent until it settled."""
    button = fe.find_one("nbstate-rerun", within=res)
    result = NothingVisible(n)
    run_seconds(fe, app_id)
    for _ in range(clicks):
        before = fe.counts.copy()
        fe.click(button, wait=True, settle=True, timeout=EVENT_TIMEOUT)
        delta = fe.counts - before
        result.clicks += 1
        result.comm_open += delta["comm_open"]
        result.comm_msg += delta["comm_msg"]
        result.comm_close += delta["comm_close"]
    result.kernel_run.samples = run_seconds(fe, app_id)
    return result


# --------------------------------------------------------------------------------------
# 3. All N values change: nbstate (a callback sets every slider) vs plain ipywidgets
# --------------------------------------------------------------------------------------

CHANGE_APP = """%%rerun
import nbstate as st
def _shift():
    k = st.session_state.get("chg{n}_k", 0) + 1
    st.session_state["chg{n}_k"] = k
    for i in range({n}):
        st.session_state[f"chg{n}_s{{i}}"] = (k * 7 + i) % 1001
st.button("shift", key="chg{n}_shift", on_click=_shift)
for i in range({n}):
    st.slider(f"s{{i}}", 0, 1000, key=f"chg{n}_s{{i}}")
"""

CHANGE_BASELINE = """
import ipywidgets as w
base{n} = [w.IntSlider(0, min=0, max=1000) for _ in range({n})]
base{n}_k = [0]
def _base{n}_shift(_button):
    base{n}_k[0] += 1
    k = base{n}_k[0]
    for i, s in enumerate(base{n}):
        s.value = (k * 7 + i) % 1001
base{n}_button = w.Button(description="shift", _dom_classes=["base{n}-shift"])
base{n}_button.on_click(_base{n}_shift)
w.VBox([base{n}_button, *base{n}])
"""


@dataclass
class ChangeCase:
    """A button whose click sets all N slider values; timed until the last update arrived."""

    name: str
    n: int
    button: str
    sliders: list[str]
    status: str | None = None
    clicks: int = 0
    last_update: Series = field(default_factory=lambda: Series("last update"))
    settled: Series = field(default_factory=lambda: Series("settled"))
    comm_open: list[int] = field(default_factory=list)
    comm_msg: list[int] = field(default_factory=list)
    status_msg: list[int] = field(default_factory=list)

    def click(self, fe: KernelFrontend, record: bool = True) -> None:
        self.clicks += 1
        k = self.clicks
        expected = {mid: (k * 7 + i) % 1001 for i, mid in enumerate(self.sliders)}
        models = fe.widgets.models
        # A slider already at its new value gets no update (the first click leaves one).
        remaining = {mid for mid, value in expected.items() if models[mid].get("value") != value}

        def done() -> bool:
            dirty = fe.widgets.dirty
            while dirty:
                mid = dirty.pop()
                if mid in remaining and models[mid].get("value") == expected[mid]:
                    remaining.discard(mid)
            return not remaining

        fe.widgets.dirty.clear()
        before = fe.counts.copy()
        with UpdateCounter(fe, self.status) as status:
            t0 = time.perf_counter()
            fe.click(self.button, wait=False, settle=False)
            fe.wait_for(done, EVENT_TIMEOUT, f"{self.name}: all {self.n} sliders to change")
            t1 = time.perf_counter()
            fe.wait_settled(EVENT_TIMEOUT)
            t2 = time.perf_counter()
        if record:
            self.status_msg.append(status.count)
            delta = fe.counts - before
            self.last_update.samples.append(t1 - t0)
            self.settled.samples.append(t2 - t0)
            self.comm_open.append(delta["comm_open"])
            self.comm_msg.append(delta["comm_msg"])


def setup_change_cases(fe: KernelFrontend, n: int) -> tuple[ChangeCase, ChangeCase]:
    """The plain-ipywidgets baseline and the nbstate app for one N."""
    res = fe.execute(CHANGE_BASELINE.format(n=n), cell_id=f"base-{n}", timeout=600, check=True)
    box = res.model_ids[0]
    kids = fe.descendants(box)
    baseline = ChangeCase("plain ipywidgets", n, kids[0], kids[1:])
    res = fe.execute(CHANGE_APP.format(n=n), cell_id=f"change-{n}", timeout=600, check=True)
    by_class = _model_ids_by_class(fe, res, f"nbstate-key-chg{n}_")
    button = by_class[f"nbstate-key-chg{n}_shift"]
    sliders = [by_class[f"nbstate-key-chg{n}_s{i}"] for i in range(n)]
    status = fe.find_one("nbstate-status", within=res)
    return baseline, ChangeCase("nbstate %%rerun", n, button, sliders, status)


def run_change_rounds(fe: KernelFrontend, cases: list[ChangeCase], rounds: int, block: int) -> None:
    for case in cases:
        case.click(fe, record=False)  # warm-up
    for r in range(rounds):
        shift = r % len(cases)
        for case in cases[shift:] + cases[:shift]:
            for _ in range(block):
                case.click(fe)


# --------------------------------------------------------------------------------------
# 4. A burst of slider updates (and clicks) during a 200 ms run
# --------------------------------------------------------------------------------------

BURST_APP = """%%rerun
import time
import nbstate as st
st.slider("burst", 0, 1000, key="burst_v")
if st.button("count", key="burst_click"):
    _burst_log.append(["click", st.session_state.burst_v])
_burst_log.append(["run", st.session_state.burst_v])
time.sleep(0.2)
"""


@dataclass
class BurstTrial:
    updates: int
    clicks_sent: int
    runs: int  # runs that started after the burst was sent
    clicks_counted: int
    last_sent: int
    last_run_value: int
    page_value: int
    seconds: float

    @property
    def last_value_wins(self) -> bool:
        return self.last_sent == self.last_run_value == self.page_value


def setup_burst(fe: KernelFrontend) -> tuple[str, str, str]:
    fe.execute("_burst_log = []", store_history=False, check=True)
    res = fe.execute(BURST_APP, cell_id="burst", timeout=60, check=True)
    slider = fe.find_one("nbstate-key-burst_v", within=res)
    button = fe.find_one("nbstate-key-burst_click", within=res)
    status = fe.find_one("nbstate-status", within=res)
    return slider, button, status


def burst_trial(
    fe: KernelFrontend, ids: tuple[str, str, str], trial: int, updates: int, clicks: int
) -> BurstTrial:
    """Start a 200 ms run, then send ``updates`` raw slider updates without waiting, with
    ``clicks`` clicks spread among them; settle and read what the runs saw."""
    slider, button, status = ids
    fe.wait_settled(EVENT_TIMEOUT)
    fe.execute("_burst_log.clear()", store_history=False, check=True)
    base = 1 + (trial * 100) % 800
    t0 = time.perf_counter()
    _send_update(fe, slider, {"value": base})
    # Every run takes 200 ms, so the next one shows "Running…" as it starts.
    fe.wait_for(lambda: "Running" in str(fe.model(status).get("value")), 10, "a run to start")
    click_at = {round((j + 1) * updates / (clicks + 1)) for j in range(clicks)}
    value = base
    for i in range(updates):
        value = base + 1 + i
        _send_update(fe, slider, {"value": value})
        if i + 1 in click_at:
            fe.click(button, wait=False, settle=False)
    fe.wait_settled(EVENT_TIMEOUT)
    seconds = time.perf_counter() - t0
    log = kernel_eval(fe, "_burst_log")
    runs = [v for kind, v in log if kind == "run"]
    assert runs and runs[0] == base, f"the run in progress did not see {base}: {log}"
    return BurstTrial(
        updates=updates,
        clicks_sent=clicks,
        runs=len(runs) - 1,
        clicks_counted=sum(1 for kind, _ in log if kind == "click"),
        last_sent=value,
        last_run_value=runs[-1],
        page_value=fe.model(slider)["value"],
        seconds=seconds,
    )


# --------------------------------------------------------------------------------------
# 4b. A newer value during a slow run: the stale run stops at its next st.* call
# --------------------------------------------------------------------------------------

STALE_APP = """%%rerun
import time
import nbstate as st
v = st.slider("stale", 0, 1000, key="stale_v")
_stale_log.append(["start", v])
for i in range(20):
    time.sleep(0.025)
    st.write("step", i)
_stale_log.append(["end", v])
st.write("stale shows", v)
"""
#: The app's run: 20 steps of 25 ms.
STALE_RUN_SECONDS = 0.5


@dataclass
class StaleTrial:
    started: int  # runs that started after the first change
    completed: int  # runs that reached the end of the script
    newer_shown_ms: float  # from sending the newer value until the page showed it


def setup_stale(fe: KernelFrontend) -> tuple[str, ExecResult]:
    fe.execute("_stale_log = []", store_history=False, check=True)
    res = fe.execute(STALE_APP, cell_id="stale", timeout=60, check=True)
    return fe.find_one("nbstate-key-stale_v", within=res), res


def stale_trial(fe: KernelFrontend, slider: str, res: ExecResult, trial: int) -> StaleTrial:
    """Move the slider (a 0.5 s run starts), 100 ms later move it again; time until the page
    shows the newer value, and count the runs."""
    fe.wait_settled(EVENT_TIMEOUT)
    fe.execute("_stale_log.clear()", store_history=False, check=True)
    first, newer = 2 * trial + 1, 2 * trial + 2
    fe.set_value(slider, first, wait=True, settle=False)  # idle: the slow run starts after it
    time.sleep(0.1)
    t0 = time.perf_counter()
    fe.set_value(slider, newer, wait=False, settle=False)
    pattern = re.compile(rf"\bstale shows\s+{newer}\b")
    fe.wait_for(lambda: bool(pattern.search(fe.text(res))), EVENT_TIMEOUT, "the newer value")
    shown = time.perf_counter() - t0
    fe.wait_settled(EVENT_TIMEOUT)
    log = kernel_eval(fe, "_stale_log")
    return StaleTrial(
        started=sum(1 for kind, _ in log if kind == "start"),
        completed=sum(1 for kind, _ in log if kind == "end"),
        newer_shown_ms=shown * 1e3,
    )


# --------------------------------------------------------------------------------------
# 5. Widgets appearing and disappearing over many reruns: comms and memory stay flat
# --------------------------------------------------------------------------------------

CHURN_APP = """%%rerun
import nbstate as st
def _flip():
    st.session_state.churn_show = not st.session_state.get("churn_show", False)
st.button("flip", key="churn_flip", on_click=_flip)
if st.session_state.get("churn_show", False):
    st.slider("churn slider", 0, 100, key="churn_s")
    st.text_input("churn text", key="churn_t")
    st.checkbox("churn check", key="churn_c")
    st.selectbox("churn select", ["a", "b", "c"], key="churn_sel")
    st.radio("churn radio", ["x", "y"], key="churn_r", horizontal=True)
"""

CHURN_PROBE = (
    "import gc as _bench_gc, ipywidgets as _bench_w, nbstate.session as _bench_session\n"
    "_bench_run_seconds.pop('churn', None)\n"  # the run timer's own list
    "_bench_gc.collect()"
)
CHURN_EXPR = (
    "[len(_bench_w.widgets.widget._instances), "
    "_bench_session.kernel_session().apps['churn'].run_count, "
    "__import__('sys').getallocatedblocks(), "
    "len(get_ipython().kernel.session.digest_history)]"
)


@dataclass
class ChurnPoint:
    label: str
    reruns: int
    mirror_models: int
    kernel_widgets: int
    rss_mb: float
    py_blocks: int  # sys.getallocatedblocks() after gc.collect()
    digests: int  # jupyter_client's replay-protection history (bounded at 65536 entries)


@dataclass
class Churn:
    requested: int
    batch: int
    warmup: int
    points: list[ChurnPoint] = field(default_factory=list)
    seconds: float = 0.0
    shown_models: int = 0  # models of the block of 5 widgets when shown

    def point(self, label: str) -> ChurnPoint:
        return next(p for p in self.points if p.label == label)


def _churn_point(fe: KernelFrontend, label: str, run_count_base: int) -> ChurnPoint:
    kernel_widgets, runs, blocks, digests = kernel_eval(fe, CHURN_EXPR, setup=CHURN_PROBE)
    fe.widgets.closed.clear()  # the mirror's diagnostics of closed models: frontend memory
    return ChurnPoint(
        label,
        runs - run_count_base,
        len(fe.widgets.models),
        kernel_widgets,
        kernel_rss_mb(fe),
        blocks,
        digests,
    )


def measure_churn(fe: KernelFrontend, reruns: int, batch: int, warmup: int) -> Churn:
    """Click "flip" ``reruns`` times (``batch`` clicks sent at once, then settle): every
    rerun shows or removes 5 keyed widgets. Every click gets its own run, so the runs are
    counted exactly. Points are taken after an even number of flips (the block hidden)."""
    res = fe.execute(CHURN_APP, cell_id="churn", timeout=60, check=True)
    button = fe.find_one("nbstate-key-churn_flip", within=res)
    churn = Churn(reruns, batch, warmup)
    base_runs = kernel_eval(fe, CHURN_EXPR, setup=CHURN_PROBE)[1]
    before = len(fe.widgets.models)
    fe.click(button)
    churn.shown_models = len(fe.widgets.models) - before
    fe.click(button)
    churn.points.append(_churn_point(fe, "before warm-up", base_runs))
    done = 0

    def flip(count: int) -> None:
        nonlocal done
        while count > 0:
            k = min(batch, count)
            for _ in range(k):
                fe.click(button, wait=False, settle=False)
            fe.wait_settled(EVENT_TIMEOUT)
            count -= k
            done += k

    t0 = time.perf_counter()
    flip(warmup)
    churn.points.append(_churn_point(fe, "start", base_runs))
    half = (reruns // 2) // 2 * 2
    flip(half)
    churn.points.append(_churn_point(fe, "middle", base_runs))
    flip(reruns - half)
    churn.points.append(_churn_point(fe, "end", base_runs))
    churn.seconds = time.perf_counter() - t0
    return churn


# --------------------------------------------------------------------------------------
# 6. Profile of the kernel side of N=1000 reruns (pyinstrument, when installed)
# --------------------------------------------------------------------------------------

PROFILE_SETUP = """
import pyinstrument as _bench_pyinstrument
import nbstate.session as _bench_session
_bench_profiler = _bench_pyinstrument.Profiler(interval=0.0002)
_bench_app = _bench_session.kernel_session().apps[{app_id!r}]
def _bench_profiled_run(*args, **kwargs):
    _bench_profiler.start()
    try:
        return type(_bench_app).run(_bench_app, *args, **kwargs)
    finally:
        _bench_profiler.stop()
_bench_app.run = _bench_profiled_run
"""

PROFILE_REPORT = """
del _bench_app.run
_bench_root = _bench_profiler.last_session.root_frame()
_bench_self = {}
def _bench_walk(frame):
    real = [kid for kid in frame.children if not kid.is_synthetic]
    key = (frame.function, frame.file_path_short or frame.file_path or "", frame.line_no or 0)
    _bench_self[key] = _bench_self.get(key, 0.0) + frame.time - sum(k.time for k in real)
    for kid in real:
        _bench_walk(kid)
_bench_walk(_bench_root)
print(_bench_json.dumps({
    "total": _bench_root.time,
    "self": sorted(([*k, v] for k, v in _bench_self.items()), key=lambda e: -e[3])[:60],
    "tree": _bench_profiler.output_text(unicode=False, color=False, time="percent_of_total"),
}))
"""


@dataclass
class Profile:
    """Where ``App.run`` spends its time: self time per function, and the call tree."""

    reruns: int
    n: int
    total: float
    self_time: list[tuple[str, str, int, float]]
    tree: str


def profile_reruns(fe: KernelFrontend, case: LatencyCase, reruns: int) -> Profile | None:
    """Profile ``App.run`` of ``case``'s app over ``reruns`` slider moves with pyinstrument;
    None when pyinstrument is not installed in the kernel's Python."""
    probe = fe.execute("import pyinstrument", store_history=False)
    if probe.error is not None:
        return None
    fe.execute(PROFILE_SETUP.format(app_id=case.app_id), store_history=False, check=True)
    for _ in range(reruns):
        case.move(fe, record=False)
    code = "import json as _bench_json\n" + PROFILE_REPORT
    res = fe.execute(code, store_history=False, timeout=EVENT_TIMEOUT, check=True)
    data = json.loads(res.stdout.strip().splitlines()[-1])
    entries = [(f, path, line, t) for f, path, line, t in data["self"]]
    return Profile(reruns, case.n, data["total"], entries, data["tree"])
