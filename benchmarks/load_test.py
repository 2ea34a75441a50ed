"""Load test: K users of the to-do app at once, each on a kernel of their own.

One nbstate session is one kernel (that is what keeps ``st.session_state`` per user), so
serving K people means K kernels on one machine, as Voilà and JupyterHub run them. Each
simulated user is a real ipykernel driven by the project's test frontend
(``tests/frontend.py``, which sends the comm messages JupyterLab and Voilà's page send), in a
thread of this process:

1. **First paint**, all K users arriving at once: from asking for a kernel to the app on the
   page (*cold*: kernel start, ``import nbstate``, the ``%%rerun`` cell), and the app cell
   alone (*app cell*: what a visitor waits for when Voilà has a preheated kernel ready
   with nbstate imported).
2. **Rerun latency under load**: every user toggles to-do checkboxes, with a random think
   time between actions (uniform, mean ``--think`` seconds). Each toggle is timed from the
   frontend's ``update`` message to one endpoint: the progress bar showing the new count of
   done tasks *and* the kernel's idle for that message, whichever comes later.
3. **Memory**: each kernel's resident memory (VmRSS) with the app running, and one idle
   kernel's (started, nothing imported) and one with nbstate imported but no app: what a
   preheated kernel waiting for a visitor costs.

The baseline is K = 1 in the same run, to the same endpoints: every K is reported as its
p50/p95 and its ratio to the baseline's. The last line names the first K whose p95 rerun
latency passes ``--limit-ms`` (200 ms): the session count this machine serves comfortably.

Always exits 0: a benchmark, not a test (figures depend on the machine and its load).

    python benchmarks/load_test.py                          # K = 1 (baseline), 5, 10, 20
    python benchmarks/load_test.py --users 1,5,10,20,30 --interactions 40
    python benchmarks/load_test.py --quick                  # a smoke run: K = 1, 2
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_kernel import REPO_ROOT, import_nbstate, kernel_rss_mb  # noqa: E402
from bench_report import Endpoints, fmt, mean, ms, ratio  # noqa: E402

sys.path.insert(0, str(REPO_ROOT / "tests"))
from frontend import KernelFrontend  # noqa: E402

TASKS = 6
#: The to-do app of notebooks/09-complete-app.ipynb, with fixed tasks and dates.
TODO_APP = f"""%%rerun
import nbstate as st
import datetime as dt

if "todos" not in st.session_state:
    st.session_state.todos = [
        {{"task": f"Task {{i}}", "done": False, "due": dt.date(2024, 1, 1 + i)}}
        for i in range({TASKS})
    ]

def add_todo():
    task = st.session_state.new_task.strip()
    if task:
        st.session_state.todos.append(
            {{"task": task, "done": False, "due": st.session_state.new_due}}
        )

def toggle(index):
    st.session_state.todos[index]["done"] = st.session_state[f"done_{{index}}"]

st.title("To-do")
show = st.sidebar.radio("Show", ["All", "Open", "Done"], key="show")
with st.form("add", clear_on_submit=True):
    st.text_input("Task", key="new_task")
    st.date_input("Due", dt.date(2024, 1, 1), key="new_due")
    st.form_submit_button("Add", on_click=add_todo)
for index, todo in enumerate(st.session_state.todos):
    if (show == "Open" and todo["done"]) or (show == "Done" and not todo["done"]):
        continue
    st.checkbox(todo["task"], value=todo["done"], key=f"done_{{index}}",
                on_change=toggle, args=(index,))
done = sum(todo["done"] for todo in st.session_state.todos)
st.progress(done / len(st.session_state.todos), text=f"{{done}} of {{len(st.session_state.todos)}} done")
st.metric("Open tasks", len(st.session_state.todos) - done)
"""
EVENT_TIMEOUT = 120.0


@dataclass
class User:
    """One simulated visitor: a kernel of their own and what was measured on it."""

    number: int
    frontend: KernelFrontend | None = None
    cold_s: float = float("nan")
    app_cell_s: float = float("nan")
    rss_mb: float = float("nan")
    latencies_s: list[float] = field(default_factory=list)
    error: str | None = None


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The `fraction` quantile of `samples` (linear interpolation), NaN when empty."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def arrive(user: User, workdir: Path) -> None:
    """Start the user's kernel and show the app; time the whole arrival and the app cell."""
    started = time.perf_counter()
    frontend = KernelFrontend(cwd=workdir)
    frontend.startup_timeout = EVENT_TIMEOUT
    user.frontend = frontend.start()
    import_nbstate(frontend, timeout=EVENT_TIMEOUT)  # many kernels starting at once are slow
    cell_started = time.perf_counter()
    cell = frontend.execute(TODO_APP, cell_id="todo", timeout=EVENT_TIMEOUT, check=True)
    done = time.perf_counter()
    frontend.find_one("nbstate-progress", within=cell)  # the app is on the page
    user.cold_s = done - started
    user.app_cell_s = done - cell_started


def toggle_once(user: User, rng: random.Random, done: list[bool]) -> float:
    """Toggle one checkbox as the browser does; the seconds until the page shows it."""
    frontend = user.frontend
    assert frontend is not None
    cell = frontend.cells["todo"]
    index = rng.randrange(TASKS)
    done[index] = not done[index]
    box = frontend.find_one(f"nbstate-key-done_{index}", within=cell)
    progress = frontend.find_one("nbstate-progress", within=cell)
    expected = sum(done) / TASKS
    started = time.perf_counter()
    msg_id = frontend.set_value(box, done[index], wait=False, settle=False)
    assert msg_id is not None, "the checkbox had an update in flight"
    future = frontend._futures.get(msg_id)

    def shown() -> bool:
        return abs(float(frontend.model(progress).get("value", -1)) - expected) < 1e-9

    def idle() -> bool:
        return future is None or future.done

    ends = Endpoints(shown, idle, start=started)
    frontend.wait_for(ends.check, EVENT_TIMEOUT, f"toggle of task {index} shown")
    return ends.done_at


def use_app(user: User, interactions: int, think_s: float, seed: int) -> None:
    """Toggle checkboxes `interactions` times, thinking a random while between them."""
    rng = random.Random(seed)
    done = [False] * TASKS
    for _ in range(interactions):
        time.sleep(rng.uniform(0.0, 2.0 * think_s))
        user.latencies_s.append(toggle_once(user, rng, done))
    assert user.frontend is not None
    user.frontend.wait_settled(EVENT_TIMEOUT)
    user.rss_mb = kernel_rss_mb(user.frontend)


@dataclass
class Round:
    """The figures of K users at once."""

    users: int
    cold_s: list[float]
    app_cell_s: list[float]
    latencies_s: list[float]
    rss_mb: list[float]
    errors: list[str]
    wall_s: float


def run_round(k: int, interactions: int, think_s: float, workdir: Path) -> Round:
    """K users arrive at once, then use the app at once; every kernel is shut down after."""
    users = [User(number) for number in range(k)]
    arrived = threading.Barrier(k)

    def visit(user: User) -> None:
        try:
            arrive(user, workdir)
        except Exception as exc:  # reported, and the others go on
            user.error = f"arrival: {type(exc).__name__}: {exc}"
        arrived.wait()
        if user.error is None:
            try:
                use_app(user, interactions, think_s, seed=1000 * k + user.number)
            except Exception as exc:
                user.error = f"use: {type(exc).__name__}: {exc}"

    started = time.perf_counter()
    threads = [threading.Thread(target=visit, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    for user in users:
        if user.frontend is not None:
            user.frontend.shutdown()
    ok = [user for user in users if user.error is None]
    return Round(
        users=k,
        cold_s=[user.cold_s for user in ok],
        app_cell_s=[user.app_cell_s for user in ok],
        latencies_s=[s for user in ok for s in user.latencies_s],
        rss_mb=[user.rss_mb for user in ok],
        errors=[f"user {user.number}: {user.error}" for user in users if user.error],
        wall_s=wall,
    )


def idle_kernel_memory(workdir: Path) -> tuple[float, float]:
    """RSS (MiB) of a fresh kernel, then of the same kernel after ``import nbstate``."""
    with KernelFrontend(cwd=workdir) as frontend:
        frontend.wait_settled(EVENT_TIMEOUT)
        bare = kernel_rss_mb(frontend)
        import_nbstate(frontend)
        frontend.wait_settled(EVENT_TIMEOUT)
        return bare, kernel_rss_mb(frontend)


def report(rounds: list[Round], limit_ms: float) -> list[str]:
    """The table of every round with ratios to the K = 1 baseline, and the verdict line."""
    base = next((r for r in rounds if r.users == 1), rounds[0])
    base_p50 = percentile(base.latencies_s, 0.5)
    base_p95 = percentile(base.latencies_s, 0.95)
    header = (
        f"{'K':>3} {'cold p50':>9} {'cold p95':>9} {'cell p50':>9} {'cell p95':>9} "
        f"{'rerun p50':>10} {'rerun p95':>10} {'x base p50':>10} {'x base p95':>10} "
        f"{'n':>5} {'RSS MiB':>8} {'wall s':>7}"
    )
    lines = [
        "first paint (cold: kernel start + import + app cell; cell: the app cell alone) and",
        "rerun latency (toggle -> progress shown and idle), in ms; RSS per kernel with the app:",
        header,
    ]
    for r in rounds:
        lines.append(
            f"{r.users:>3} {ms(percentile(r.cold_s, 0.5)):>9} {ms(percentile(r.cold_s, 0.95)):>9} "
            f"{ms(percentile(r.app_cell_s, 0.5)):>9} {ms(percentile(r.app_cell_s, 0.95)):>9} "
            f"{ms(percentile(r.latencies_s, 0.5)):>10} {ms(percentile(r.latencies_s, 0.95)):>10} "
            f"{fmt(ratio(percentile(r.latencies_s, 0.5), base_p50)):>10} "
            f"{fmt(ratio(percentile(r.latencies_s, 0.95), base_p95)):>10} "
            f"{len(r.latencies_s):>5} {fmt(mean(r.rss_mb), '.1f'):>8} {r.wall_s:>7.1f}"
        )
        lines += [f"    error: {error}" for error in r.errors]
    over = [r.users for r in rounds if percentile(r.latencies_s, 0.95) * 1000 > limit_ms]
    measured = max(r.users for r in rounds)
    if over:
        lines.append(f"p95 rerun latency passes {limit_ms:g} ms at K = {min(over)} sessions")
    else:
        lines.append(f"p95 rerun latency stays under {limit_ms:g} ms up to K = {measured}")
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", default="1,5,10,20", help="K values, comma-separated")
    parser.add_argument("--interactions", type=int, default=30, help="toggles per user")
    parser.add_argument("--think", type=float, default=0.5, help="mean think time (s)")
    parser.add_argument("--limit-ms", type=float, default=200.0, help="p95 latency limit")
    parser.add_argument("--quick", action="store_true", help="K = 1, 2; 3 toggles each")
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.interactions, args.think = "1,2", 3, 0.05
    args.users = sorted({int(k) for k in args.users.split(",") if k.strip()} | {1})
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run every round and print the report."""
    args = parse_args(argv)
    print(
        f"load test: K = {args.users}, {args.interactions} toggles per user, think time "
        f"mean {args.think:g} s; {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory(prefix="nbstate-load-") as tmp:
        workdir = Path(tmp)
        bare, imported = idle_kernel_memory(workdir)
        print(f"idle kernel RSS: {bare:.1f} MiB; with nbstate imported: {imported:.1f} MiB")
        rounds = []
        for k in args.users:
            rounds.append(run_round(k, args.interactions, args.think, workdir))
            print(f"  K = {k} done in {rounds[-1].wall_s:.1f} s", flush=True)
    print("\n".join(report(rounds, args.limit_ms)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
