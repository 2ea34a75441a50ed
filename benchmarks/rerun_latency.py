"""nbstate's performance benchmark: reruns against the plain-ipywidgets floor and Streamlit.

One real ipykernel is driven by the project's test frontend (``tests/frontend.py``), which
sends the comm messages JupyterLab sends and mirrors the widget models. In that kernel:

1. **Slider move latency**, interleaved in rounds (every round moves each case's slider
   ``--block`` times, in a rotating order), so changes of load hit every case alike:
   - *floor*: a plain ``IntSlider`` whose observer sets a ``Label`` to ``moved <value>``;
   - *nbstate*: a ``%%rerun`` cell with N keyed sliders and ``st.write("moved", s0)``.
   Every case is timed from the frontend's ``update`` to one endpoint: ``moved <value>``
   on the page (the floor's label, nbstate's text) *and* the kernel's idle for that message,
   whichever comes later (a fast rerun runs inside the message's handler, before idle; a
   run that starts later shows its text after idle). "x floor" divides by the floor at
   that same endpoint; each endpoint's own median is reported too.
2. **Nothing visible**: the app toolbar's Rerun button; comm_open / comm_msg counted.
3. **All N values change**: a button whose ``on_click`` callback sets all N slider values
   through ``st.session_state``, vs. a plain ``Button`` whose handler sets ``value`` on N
   plain ``IntSlider`` s one after another (no ``hold_sync``: one message per slider, as
   nbstate sends); both timed from the click until the last slider's update arrived.
4. **Burst**: while a 200 ms run is in progress, 50 raw slider ``update`` messages (and, in
   every other trial, 3 clicks among them) are sent without waiting.
   *Stale run*: 100 ms into a 500 ms run, the slider moves again; the runs started and
   completed, and the time until the page shows the newer value.
5. **Churn**: ``--reruns`` clicks on a button that shows or hides a block of 5 keyed
   widgets; live comms (the frontend's models, the kernel's ``ipywidgets`` instances) and
   the kernel's RSS at start, middle and end.
6. **AppTest**: the same slider script under Streamlit's ``AppTest`` (a worker process on
   ``--streamlit-python``) and nbstate's ``AppTest`` (in this process), interleaved.

Prints a table per part, then every target with its figure and PASS/FAIL. Always exits 0:
it is a benchmark, not a test (figures depend on the machine and its load).

    python benchmarks/rerun_latency.py                    # everything (a few minutes)
    python benchmarks/rerun_latency.py --quick            # a smoke run of every part
    python benchmarks/rerun_latency.py --reruns 2000 --skip apptest
    python benchmarks/rerun_latency.py --profile 200      # + pyinstrument, N=1000 reruns
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_kernel as K  # noqa: E402
from bench_apptest import Driver  # noqa: E402
from bench_report import Series, Target, fmt, mean, ms, ratio, table, targets_table  # noqa: E402

DEFAULT_STREAMLIT_PYTHON = Path("/work/stvenv/bin/python")
LIBS = ("streamlit", "nbstate")
PHASES = ("latency", "nothing", "change", "burst", "stale", "churn", "apptest")
#: Kernel RSS growth from the churn's start to its end that still counts as flat (MiB).
RSS_TOLERANCE_MB = 5.0


def _ints(values: Sequence[str]) -> list[int]:
    return [int(v) for value in values for v in value.split(",") if v.strip()]


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


class Results:
    """Everything measured, filled in by the parts that ran."""

    def __init__(self) -> None:
        self.floor: K.LatencyCase | None = None
        self.latency: list[K.LatencyCase] = []
        self.nothing: list[K.NothingVisible] = []
        self.change: list[tuple[K.ChangeCase, K.ChangeCase]] = []
        self.burst: list[K.BurstTrial] = []
        self.stale: list[K.StaleTrial] = []
        self.churn: K.Churn | None = None
        self.profile: K.Profile | None = None
        self.apptest: dict[tuple[str, int], tuple[Series, Series]] = {}
        self.streamlit_version = ""
        self.notes: list[str] = []


def _guard(results: Results, what: str, function: Callable[[], None]) -> None:
    """Run one part; a failure is reported and the benchmark goes on with the next part."""
    try:
        function()
    except Exception as exc:
        traceback.print_exc(file=sys.stdout)
        first = str(exc).splitlines()[0] if str(exc) else ""
        results.notes.append(f"{what} failed: {type(exc).__name__}: {first}"[:300])


# --------------------------------------------------------------------------------------
# The kernel parts
# --------------------------------------------------------------------------------------


def run_kernel_parts(args: argparse.Namespace, results: Results) -> None:
    skip = set(args.skip)
    with K.KernelFrontend(cwd=K.REPO_ROOT) as fe:
        print(f"kernel pid {K.kernel_pid(fe)}, RSS {K.kernel_rss_mb(fe):.0f} MiB at start")
        K.import_nbstate(fe)
        K.install_run_timer(fe)
        apps: dict[int, tuple[K.LatencyCase, K.ExecResult]] = {}

        def latency() -> None:
            t0 = time.perf_counter()
            results.floor = K.setup_floor(fe)
            for n in args.sizes:
                apps[n] = K.setup_nbstate(fe, n)
            cases = [results.floor] + [apps[n][0] for n in args.sizes]
            K.run_latency_rounds(fe, cases, args.rounds, args.block, args.warmup)
            results.latency = cases
            print(f"  latency: {time.perf_counter() - t0:.0f} s")

        def nothing() -> None:
            for n in args.sizes:
                if n not in apps:
                    apps[n] = K.setup_nbstate(fe, n)
                case, res = apps[n]
                results.nothing.append(
                    K.measure_nothing_visible(fe, res, case.app_id or "", n, args.nothing_clicks)
                )

        def change() -> None:
            t0 = time.perf_counter()
            cases: list[K.ChangeCase] = []
            for n in args.change_sizes:
                pair = K.setup_change_cases(fe, n)
                results.change.append(pair)
                cases += pair
            K.run_change_rounds(fe, cases, args.change_rounds, args.change_block)
            print(f"  all-change: {time.perf_counter() - t0:.0f} s")

        def burst() -> None:
            ids = K.setup_burst(fe)
            for trial in range(2 * args.burst_trials):
                clicks = args.burst_clicks if trial % 2 else 0
                results.burst.append(K.burst_trial(fe, ids, trial, args.burst_updates, clicks))

        def stale() -> None:
            slider, res = K.setup_stale(fe)
            for trial in range(args.burst_trials):
                results.stale.append(K.stale_trial(fe, slider, res, trial))

        def churn() -> None:
            warmup = max(200, args.reruns // 50) // 2 * 2
            results.churn = K.measure_churn(fe, args.reruns, args.churn_batch, warmup)
            print(f"  churn: {results.churn.seconds:.0f} s")

        def profile() -> None:
            n = max(args.sizes)
            if n not in apps:
                apps[n] = K.setup_nbstate(fe, n)
            results.profile = K.profile_reruns(fe, apps[n][0], args.profile)
            if results.profile is None:
                results.notes.append(
                    "--profile: pyinstrument is not installed in the kernel's Python "
                    f"({sys.executable}); `pip install pyinstrument` to profile"
                )

        parts = [("latency", latency), ("nothing", nothing), ("change", change)]
        parts += [("burst", burst), ("stale", stale), ("churn", churn)]
        for name, part in parts:
            if name not in skip:
                print(f"running: {name}", flush=True)
                _guard(results, name, part)
        if args.profile:
            print("running: profile", flush=True)
            _guard(results, "profile", profile)

        def mirror() -> None:
            kernel = K.kernel_eval(
                fe, "list(_w.widgets.widget._instances)", "import ipywidgets as _w"
            )
            missing = len(set(kernel) - set(fe.widgets.models))
            print(
                f"frontend mirror: {len(fe.widgets.models)} models, kernel: {len(kernel)} "
                f"widgets, {missing} of them never reached the frontend"
            )
            if missing:
                results.notes.append(f"{missing} kernel widgets never reached the frontend")

        _guard(results, "mirror check", mirror)


# --------------------------------------------------------------------------------------
# AppTest: Streamlit (a worker process) and nbstate (in-process), interleaved
# --------------------------------------------------------------------------------------


class StreamlitWorker:
    """``bench_apptest.py streamlit`` under another Python, one JSON line per command."""

    def __init__(self, python: Path) -> None:
        self.stderr = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [str(python), str(HERE / "bench_apptest.py"), "streamlit"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            cwd=tempfile.gettempdir(),
        )
        self.version = self._read()["version"]

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.stderr.seek(0)
            lines = [line for line in self.stderr.read().splitlines() if line.strip()]
            raise RuntimeError(f"the Streamlit worker exited: {lines[-1] if lines else '?'}")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"Streamlit worker: {answer['error']}")
        return answer

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"quit": True}) + "\n")
            self.proc.stdin.close()
        except OSError:
            pass  # the worker is gone already
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.stderr.close()


def run_apptests(args: argparse.Namespace, results: Results) -> None:
    python = args.streamlit_python
    worker: StreamlitWorker | None = None
    if python is None:
        results.notes.append(
            f"Streamlit AppTest skipped: no --streamlit-python and {DEFAULT_STREAMLIT_PYTHON} "
            "does not exist"
        )
    elif not Path(python).exists():
        results.notes.append(f"Streamlit AppTest skipped: {python} does not exist")
    else:
        try:
            worker = StreamlitWorker(Path(python))
            results.streamlit_version = worker.version
        except Exception as exc:  # e.g. no streamlit in that Python: nbstate's part still runs
            results.notes.append(f"Streamlit AppTest skipped: {exc}"[:300])
    nbstate = Driver("nbstate")
    try:
        for n in args.sizes:
            if worker is not None:
                worker.ask({"setup": n})
            nbstate.setup(n)
            for lib in ("streamlit", "nbstate"):
                results.apptest[(lib, n)] = (Series("AppTest.run", n), Series("body", n))
        for r in range(args.apptest_rounds):
            for n in args.sizes:
                total = args.apptest_events if n < 1000 else args.apptest_large_events
                count = total // args.apptest_rounds + (r < total % args.apptest_rounds)
                if count == 0:
                    continue
                runs = [("nbstate", None)]
                if worker is not None:
                    runs.insert(r % 2, ("streamlit", worker))
                for lib, w in runs:
                    if w is not None:
                        answer = w.ask({"events": n, "count": count})
                        times, body = answer["times"], answer["body"]
                    else:
                        times, body = nbstate.events(n, count)
                    run, body_series = results.apptest[(lib, n)]
                    run.samples += times
                    body_series.samples += body
    finally:
        if worker is not None:
            worker.close()


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def _slope(series_by_n: dict[int, Series], pick: Callable[[Series], float]) -> float:
    """Cost per widget (seconds) between the smallest and the largest N."""
    sizes = sorted(series_by_n)
    if len(sizes) < 2:
        return math.nan
    lo, hi = sizes[0], sizes[-1]
    return (pick(series_by_n[hi]) - pick(series_by_n[lo])) / (hi - lo)


def report_latency(results: Results) -> dict[str, float]:
    floor = results.floor
    if not results.latency or floor is None:
        return {}
    rows = []
    for case in results.latency:
        s, run = case.done, case.kernel_run
        rows.append(
            [
                case.name,
                str(case.n),
                str(len(s)),
                ms(s.median()),
                ms(s.min()),
                ms(s.p90()),
                ms(s.max()),
                fmt(ratio(s.median(), floor.done.median()), ".2f", "x"),
                ms(case.text.median()),
                fmt(ratio(case.text.median(), floor.text.median()), ".2f", "x"),
                ms(case.idle.median()),
                ms(run.median()) if len(run) else "-",
                ms(case.settled.median()),
                fmt(mean(case.comm_open), ".1f"),
                fmt(mean(case.comm_msg), ".1f"),
                str(sum(1 for c in case.status_msg if c)) if case.status else "-",
                fmt(mean(case.iopub), ".1f"),
            ]
        )
    headers = ["case", "N", "events", "median ms", "min", "p90", "max", "x floor", "to text"]
    headers += ["x label", "to idle", "run ms", "settled", "open/ev", "msg/ev", "running"]
    headers += ["iopub/ev"]
    print(
        "\n## Slider move: until the text is on the page and the kernel is idle "
        "(rounds interleave the cases)"
    )
    print(table(headers, rows))
    print(
        "median/min/p90/max: from the move until both the text ('moved <value>'; the floor's "
        "label) reached the frontend and the kernel's idle for the move did, the later of the "
        "two, for every row; x floor: median / the floor's median at that same endpoint; "
        "to text, to idle: medians until each endpoint alone; x label: to text / the floor's "
        "to text (label); run ms: App.run in the kernel (median); settled: until the "
        "frontend's settle request returned; running: events whose run showed the "
        '"Running…" line (2 more messages: after a run slower than 100 ms).'
    )
    by_n = {c.n: c.done for c in results.latency if c is not floor}
    runs = {c.n: c.kernel_run for c in results.latency if c is not floor and len(c.kernel_run)}
    slope = _slope(by_n, Series.median)
    run_slope = _slope(runs, Series.median)
    print(
        f"per unchanged widget (N={min(by_n)}..{max(by_n)}): end to end "
        f"{fmt(slope * 1e6, '.1f')} us, App.run in the kernel {fmt(run_slope * 1e6, '.1f')} us"
    )
    return {"slope": slope, "run_slope": run_slope}


def report_nothing(results: Results) -> None:
    if not results.nothing:
        return
    rows = [
        [
            str(r.n),
            str(r.clicks),
            str(r.comm_open),
            str(r.comm_msg),
            str(r.comm_close),
            ms(r.kernel_run.median()),
            fmt(r.kernel_run.median() * 1e6 / r.n, ".1f"),
        ]
        for r in results.nothing
    ]
    print("\n## A rerun that changes nothing visible (the app's Rerun button)")
    headers = ["N", "clicks", "comm_open", "comm_msg", "comm_close", "run ms", "run us/widget"]
    print(table(headers, rows, align="r" * 7))


def report_change(results: Results) -> None:
    if not results.change:
        return
    rows = []
    for baseline, app in results.change:
        for case in (baseline, app):
            s = case.last_update
            rows.append(
                [
                    case.name,
                    str(case.n),
                    str(len(s)),
                    ms(s.median()),
                    ms(s.min()),
                    ms(s.p90()),
                    ms(s.max()),
                    fmt(ratio(s.median(), baseline.last_update.median()), ".2f", "x"),
                    ms(case.settled.median()),
                    fmt(mean(case.comm_open), ".1f"),
                    fmt(mean(case.comm_msg), ".1f"),
                    str(sum(1 for c in case.status_msg if c)) if case.status else "-",
                ]
            )
    print("\n## All N values change (one click sets every slider)")
    headers = ["case", "N", "clicks", "median ms", "min", "p90", "max", "x plain"]
    headers += ["settled", "open/ev", "msg/ev", "running"]
    print(table(headers, rows))
    print(
        "plain ipywidgets: a Button handler sets `value` on N IntSliders one by one, no "
        "hold_sync; nbstate: an on_click callback writes N keys of st.session_state, then the "
        "rerun. Both timed from the click until the last slider update arrived."
    )


def report_burst(results: Results) -> None:
    if not results.burst:
        return
    rows = [
        [
            str(i + 1),
            str(t.updates),
            str(t.clicks_sent),
            str(t.runs),
            str(t.clicks_counted),
            str(t.last_sent),
            str(t.last_run_value),
            str(t.page_value),
            ms(t.seconds),
        ]
        for i, t in enumerate(results.burst)
    ]
    print("\n## Burst: raw slider updates sent during a 200 ms run")
    headers = ["trial", "updates", "clicks", "runs after", "clicks seen", "last sent"]
    headers += ["last run saw", "page shows", "total ms"]
    print(table(headers, rows, align="r" * 9))
    print("runs after: runs that started after the burst (the run in progress not counted).")


def report_stale(results: Results) -> None:
    if not results.stale:
        return
    rows = [
        [str(i + 1), str(t.started), str(t.completed), fmt(t.newer_shown_ms, ".0f")]
        for i, t in enumerate(results.stale)
    ]
    full = K.STALE_RUN_SECONDS * 1e3
    print(f"\n## Stale run: a newer value 100 ms into a {full:.0f} ms run")
    print(table(["trial", "runs started", "runs completed", "newer shown ms"], rows, "rrrr"))
    print(
        f"Without cutting the stale run short: 2 runs completed, the newer value shown after "
        f"about {2 * full - 100:.0f} ms."
    )


def report_churn(results: Results) -> None:
    churn = results.churn
    if churn is None:
        return
    rows = [
        [
            p.label,
            str(p.reruns),
            str(p.mirror_models),
            str(p.kernel_widgets),
            f"{p.rss_mb:.1f}",
            str(p.py_blocks),
            str(p.digests),
        ]
        for p in churn.points
    ]
    print(
        f"\n## Churn: {churn.requested} reruns after {churn.warmup} to warm up, each shows or "
        "removes 5 keyed widgets "
        f"({churn.shown_models} models), clicks sent {churn.batch} at a time"
    )
    headers = ["point", "reruns", "frontend models", "kernel widgets", "kernel RSS MiB"]
    headers += ["py blocks", "digests"]
    print(table(headers, rows, align="lrrrrrr"))
    per_rerun = churn.seconds / max(1, churn.point("end").reruns) * 1000
    print(
        f"{churn.seconds:.0f} s, {per_rerun:.1f} ms per rerun (frontend included). py blocks: "
        "sys.getallocatedblocks() after gc.collect(); digests: signatures of received "
        "messages that jupyter_client's Session keeps against replays (one per message, "
        "up to 65536), which grow with any traffic."
    )


def report_apptest(results: Results) -> dict[str, float]:
    if not results.apptest:
        return {}
    rows = []
    for (lib, n), (run, body) in sorted(results.apptest.items(), key=lambda kv: kv[0][1]):
        if not len(run):
            continue
        label = f"streamlit {results.streamlit_version}" if lib == "streamlit" else "nbstate"
        rows.append(
            [
                label,
                str(n),
                str(len(run)),
                ms(run.median()),
                ms(run.min()),
                ms(run.max()),
                fmt(run.median() * 1e6 / n, ".1f"),
                ms(body.median()),
                fmt(body.median() * 1e6 / n, ".1f"),
            ]
        )
    print("\n## AppTest: the same script, one slider moved per run")
    headers = ["library", "N", "runs", "run ms", "min", "max", "run us/w"]
    headers += ["body ms", "body us/w"]
    print(table(headers, rows))
    slopes: dict[str, float] = {}
    small = min(n for _lib, n in results.apptest)
    st_small = results.apptest.get(("streamlit", small))
    if st_small is not None and len(st_small[1]):
        slopes["streamlit_body_small"] = st_small[1].median() / small
        slopes["small_n"] = small
    for lib in LIBS:
        for what, idx in (("run", 0), ("body", 1)):
            by_n = {n: s[idx] for (l_, n), s in results.apptest.items() if l_ == lib and len(s[0])}
            slopes[f"{lib}_{what}"] = _slope(by_n, Series.median)
    print(
        "run: AppTest.run(); body: the script's own statements (timed inside the script). "
        f"Per widget between the smallest and largest N: streamlit run "
        f"{fmt(slopes['streamlit_run'] * 1e6, '.1f')} us, body "
        f"{fmt(slopes['streamlit_body'] * 1e6, '.1f')} us; nbstate run "
        f"{fmt(slopes['nbstate_run'] * 1e6, '.1f')} us, body "
        f"{fmt(slopes['nbstate_body'] * 1e6, '.1f')} us"
    )
    return slopes


def build_targets(
    results: Results, slopes: dict[str, float], apptest: dict[str, float]
) -> list[Target]:
    targets: list[Target] = []
    floor = results.floor
    limits = {10: 1.15, 100: 1.5, 1000: 4.0}
    for case in results.latency:
        if case is floor or floor is None:
            continue
        x = ratio(case.done.median(), floor.done.median())
        limit = limits.get(case.n)
        targets.append(
            Target(
                f"slider rerun, N={case.n}, x floor",
                f"<= {limit}x" if limit else "-",
                f"{x:.3f}x ({ms(case.done.median())} / {ms(floor.done.median())} ms)",
                (x <= limit) if limit else None,
            )
        )
    if "slope" in slopes and not math.isnan(slopes["slope"]):
        us = slopes["slope"] * 1e6
        targets.append(
            Target("per unchanged widget (end to end)", "<= 15 us", f"{us:.1f} us", us <= 15)
        )
    ratios = []
    for n in sorted({n for _lib, n in results.apptest}):
        st_run, nb_run = (results.apptest.get((lib, n), (Series(""),))[0] for lib in LIBS)
        if len(st_run) and len(nb_run):
            ratios.append((n, st_run.median() / nb_run.median()))
    if ratios:
        targets.append(
            Target(
                "Streamlit / nbstate AppTest.run, same script",
                ">= 15x at every N",
                ", ".join(f"N={n}: {x:.1f}x" for n, x in ratios),
                min(x for _n, x in ratios) >= 15,
            )
        )
    body = apptest.get("streamlit_body_small", math.nan)
    slope = slopes.get("slope", math.nan)
    if not math.isnan(body) and not math.isnan(slope):
        x = body / slope
        targets.append(
            Target(
                "Streamlit script per slider / nbstate per widget",
                ">= 15x",
                f"{x:.0f}x ({body * 1e6:.0f} us at N={apptest['small_n']:.0f} / "
                f"{slope * 1e6:.1f} us)",
                x >= 15,
            )
        )
    if results.latency and floor is not None:
        moved = [c for c in results.latency if c is not floor]
        floor_msgs = max(floor.comm_msg)
        events = [
            (o, m - st, st)
            for c in moved
            for o, m, st in zip(c.comm_open, c.comm_msg, c.status_msg, strict=True)
        ]
        exact = sum(1 for o, m, _st in events if o == 0 and m <= floor_msgs)
        running = sum(1 for _o, _m, st in events if st)
        targets.append(
            Target(
                "slider rerun sends only what changed",
                f"0 comm_open, <= {floor_msgs} comm_msg (floor: echo + label)",
                f"{exact}/{len(events)} events (+ Running… line in {running})",
                exact == len(events),
            )
        )
    for r in results.nothing:
        targets.append(
            Target(
                f"Rerun button changes nothing, N={r.n}",
                "0 comm_open, 0 comm_msg",
                f"{r.comm_open} comm_open, {r.comm_msg} comm_msg ({r.clicks} reruns)",
                r.comm_open == 0 and r.comm_msg == 0,
            )
        )
    for baseline, app in results.change:
        x = ratio(app.last_update.median(), baseline.last_update.median())
        targets.append(
            Target(
                f"all N={app.n} values change, x plain",
                "<= 1.1x",
                f"{x:.3f}x ({ms(app.last_update.median())} / "
                f"{ms(baseline.last_update.median())} ms)",
                x <= 1.1,
            )
        )
        updates = [m - st for m, st in zip(app.comm_msg, app.status_msg, strict=True)]
        running = sum(1 for st in app.status_msg if st)
        targets.append(
            Target(
                f"all N={app.n} values change, messages",
                "0 comm_open, comm_msg as plain",
                f"{max(app.comm_open)} open, {max(updates)} msgs (plain "
                f"{max(baseline.comm_msg)}) + Running… line in {running}/{len(updates)}",
                max(app.comm_open) == 0 and max(updates) <= min(baseline.comm_msg),
            )
        )
    if results.burst:
        values_only = [t for t in results.burst if t.clicks_sent == 0]
        with_clicks = [t for t in results.burst if t.clicks_sent]
        if values_only:
            worst = max(t.runs for t in values_only)
            targets.append(
                Target(
                    f"burst of {values_only[0].updates} updates: runs",
                    "<= 3",
                    f"max {worst} over {len(values_only)} trials",
                    worst <= 3,
                )
            )
        if with_clicks:
            worst = max(t.runs - t.clicks_sent for t in with_clicks)
            targets.append(
                Target(
                    f"burst + {with_clicks[0].clicks_sent} clicks: runs besides the clicks'",
                    "<= 3",
                    f"max {worst} (runs {', '.join(str(t.runs) for t in with_clicks)})",
                    worst <= 3,
                )
            )
            seen = sum(t.clicks_counted for t in with_clicks)
            sent = sum(t.clicks_sent for t in with_clicks)
            targets.append(Target("burst: no click dropped", "all", f"{seen}/{sent}", seen == sent))
        wins = sum(t.last_value_wins for t in results.burst)
        targets.append(
            Target(
                "burst: the last value wins",
                "every trial",
                f"{wins}/{len(results.burst)} trials",
                wins == len(results.burst),
            )
        )
    if results.stale:
        cut = sum(t.started == 2 and t.completed == 1 for t in results.stale)
        worst = max(t.newer_shown_ms for t in results.stale)
        targets.append(
            Target(
                "stretch: a newer event cuts the stale run short",
                "1 of 2 runs completes",
                f"{cut}/{len(results.stale)} trials; newer value shown after <= {worst:.0f} ms",
                cut == len(results.stale),
            )
        )
    churn = results.churn
    if churn is not None:
        start, middle, end = (churn.point(p) for p in ("start", "middle", "end"))
        points = (start, middle, end)
        mirror = {p.mirror_models for p in points}
        kernel = {p.kernel_widgets for p in points}
        targets.append(
            Target(
                f"churn: live comms over {end.reruns} reruns",
                "flat (equal at start, middle, end)",
                f"frontend {start.mirror_models}/{middle.mirror_models}/{end.mirror_models}, "
                f"kernel {start.kernel_widgets}/{middle.kernel_widgets}/{end.kernel_widgets}",
                len(mirror) == 1 and len(kernel) == 1,
            )
        )
        growth = end.rss_mb - start.rss_mb
        targets.append(
            Target(
                "churn: kernel RSS",
                f"flat (end - start <= {RSS_TOLERANCE_MB:.0f} MiB)",
                f"{start.rss_mb:.1f}/{middle.rss_mb:.1f}/{end.rss_mb:.1f} MiB ({growth:+.1f})",
                growth <= RSS_TOLERANCE_MB,
            )
        )
        # Python's allocated blocks, less the one block per message digest jupyter_client
        # keeps: what is left is what the reruns kept alive, give or take what the probes
        # themselves keep (compiled cells...: a few dozen blocks either way).
        kept = (end.py_blocks - start.py_blocks) - (end.digests - start.digests)
        reruns = end.reruns - start.reruns
        allowed = 200 + reruns // 20
        targets.append(
            Target(
                "churn: Python blocks kept (less digests)",
                f"flat (<= 200 + 1 per 20 reruns = {allowed})",
                f"{kept:+d} over {reruns} reruns",
                kept <= allowed,
            )
        )
        ran = end.reruns - churn.point("before warm-up").reruns
        expected = churn.warmup + churn.requested
        targets.append(
            Target("churn: one run per click", f"{expected} runs", f"{ran} runs", ran == expected)
        )
    return targets


def print_profile(results: Results, lines: int) -> None:
    prof = results.profile
    if prof is None:
        return
    per_run = prof.total / prof.reruns
    # Sampling slows calls down unevenly; shares are scaled to the unprofiled run time.
    unprofiled = next(
        (c.kernel_run.median() for c in results.latency if c.n == prof.n and len(c.kernel_run)),
        math.nan,
    )
    print(
        f"\n## Profile: App.run of the N={prof.n} app over {prof.reruns} reruns "
        f"(pyinstrument: {per_run * 1000:.1f} ms per run while sampled, "
        f"{ms(unprofiled)} ms without)"
    )
    rows = []
    for function, path, line, seconds in prof.self_time[:lines]:
        share = seconds / prof.total
        rows.append(
            [
                function[:40],
                f"{Path(path).name}:{line}" if path else "",
                f"{100 * share:.1f}",
                fmt(share * unprofiled / prof.n * 1e9, ".0f"),
            ]
        )
    headers = ["function (self time)", "where", "%", "ns/widget"]
    print(table(headers, rows, "llrr"))
    print("ns/widget: the share times App.run's median without the profiler, divided by N.")
    print("\n## Profile: call tree (top)")
    tree = [line for line in prof.tree.strip().splitlines() if line.strip()]
    start = next((i for i, line in enumerate(tree) if "App.run" in line), 0)
    print("\n".join(tree[start : start + lines + 10]))


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--sizes", nargs="+", default=["10,100,1000"], help="N values (10 100 or 10,100)"
    )
    p.add_argument("--rounds", type=int, default=20, help="latency: rounds over the cases")
    p.add_argument("--block", type=int, default=10, help="latency: moves per case per round")
    p.add_argument("--warmup", type=int, default=5, help="latency: unrecorded moves per case")
    p.add_argument("--nothing-clicks", type=int, default=10, help="Rerun-button clicks per N")
    p.add_argument("--change-sizes", nargs="+", default=["100,1000"], help="all-change: N values")
    p.add_argument("--change-rounds", type=int, default=5, help="all-change: rounds")
    p.add_argument("--change-block", type=int, default=6, help="all-change: clicks per round")
    p.add_argument("--burst-trials", type=int, default=3, help="burst trials, each kind")
    p.add_argument("--burst-updates", type=int, default=50)
    p.add_argument("--burst-clicks", type=int, default=3)
    p.add_argument("--reruns", type=int, default=10_000, help="churn: reruns")
    p.add_argument("--churn-batch", type=int, default=50, help="churn: clicks sent at once")
    p.add_argument(
        "--streamlit-python",
        default=str(DEFAULT_STREAMLIT_PYTHON) if DEFAULT_STREAMLIT_PYTHON.exists() else None,
        help="a Python with streamlit installed, for Streamlit's AppTest (skipped if none)",
    )
    p.add_argument("--apptest-rounds", type=int, default=5)
    p.add_argument("--apptest-events", type=int, default=20, help="AppTest runs for N < 1000")
    p.add_argument("--apptest-large-events", type=int, default=10, help="for N >= 1000")
    p.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="profile N reruns of the largest app with pyinstrument (if installed)",
    )
    p.add_argument("--profile-lines", type=int, default=30, help="lines of the profile shown")
    p.add_argument("--skip", nargs="*", default=[], choices=PHASES, help="parts not to run")
    p.add_argument("--quick", action="store_true", help="a short run of every part")
    args = p.parse_args(argv)
    args.sizes = _ints(args.sizes)
    args.change_sizes = _ints(args.change_sizes)
    if args.quick:
        args.rounds, args.block, args.warmup = 3, 4, 2
        args.nothing_clicks, args.change_rounds, args.change_block = 3, 2, 2
        args.burst_trials, args.reruns = 1, min(args.reruns, 200)
        args.apptest_rounds, args.apptest_events, args.apptest_large_events = 2, 4, 2
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its tables. Always returns 0 (a benchmark, not a test)."""
    args = parse_args(argv)
    started = time.perf_counter()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (math.nan,) * 3
    print(
        f"python {platform.python_version()}, ipykernel {_version('ipykernel')}, "
        f"ipywidgets {_version('ipywidgets')}, jupyter_client {_version('jupyter_client')}, "
        f"{platform.machine()}, {os.cpu_count()} cores, load average "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    results = Results()
    kernel_parts = set(PHASES) - {"apptest"} - set(args.skip)
    if kernel_parts or args.profile:
        _guard(results, "kernel", lambda: run_kernel_parts(args, results))
    if "apptest" not in args.skip:
        print("running: apptest", flush=True)
        _guard(results, "apptest", lambda: run_apptests(args, results))

    slopes = report_latency(results)
    report_nothing(results)
    report_change(results)
    report_burst(results)
    report_stale(results)
    report_churn(results)
    apptest = report_apptest(results)
    print_profile(results, args.profile_lines)
    print("\n## Targets")
    targets = build_targets(results, slopes, apptest)
    print(targets_table(targets) if targets else "(no target measured in this run)")
    for note in results.notes:
        print(f"note: {note}")
    print(f"\ntotal {time.perf_counter() - started:.0f} s; figures vary with the machine's load")
    return 0


if __name__ == "__main__":
    sys.exit(main())
