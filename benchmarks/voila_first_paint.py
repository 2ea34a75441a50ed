"""Voilà: how long a new visitor waits for an nbstate app, with and without preheated kernels.

Standalone Voilà serves a counter app (``%%rerun``: a button and a count). Headless Chromium
(Debian's ``/usr/bin/chromium``) visits it ``--visits`` times per case, each visit a new page
(a new session, a new kernel). Every visit is timed from ``page.goto`` to one endpoint:
*interactive* — the app's button is on the page, and a click on it shows ``Count: 1``.
The button's first appearance (*first paint*) is reported too.

Cases, in a rotating order visit by visit so load hits them alike:
- *floor*: the same button and count in plain ipywidgets (no nbstate), a kernel per visit;
- *cold* (the baseline): a kernel is started for each visitor and the notebook run in it;
- *preheated*: ``--preheat_kernel=True --pool_size=N`` (what ``make app`` does): Voilà keeps
  N kernels with the notebook already run, so the visitor gets one at once.

Between visits the benchmark waits ``--gap`` seconds so Voilà can refill its pool (it starts a
new kernel a second after one is taken); with visitors arriving faster than the pool refills,
they wait for a kernel start again. Also printed: the resident memory of Voilà's idle
preheated kernels (what the pool costs while nobody visits).

Always exits 0: a benchmark, not a test.

    python benchmarks/voila_first_paint.py               # 8 visits per case
    python benchmarks/voila_first_paint.py --visits 3 --gap 4
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT / "tests" / "browser"))

import nbformat  # noqa: E402
from bench_report import fmt, ratio  # noqa: E402
from browser_support import Server, rerun_cell, start_voila, write_notebook  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

COUNTER = """
st.session_state.setdefault('count', 0)

def add():
    st.session_state.count += 1

st.button('Add', key='add', on_click=add)
st.write(f"Count: {st.session_state.count}")
"""
#: The floor: the same button and count in plain ipywidgets (no nbstate), a cold kernel.
FLOOR = """
import ipywidgets as W
count = W.Label("Count: 0").add_class("floor-count")
button = W.Button(description="Add").add_class("floor-add")
def add(_):
    count.value = f"Count: {int(count.value.split()[1]) + 1}"
button.on_click(add)
W.VBox([button, count])
"""
#: The button and the count text of each case's page.
SELECTORS = {
    "floor": (".floor-add", ".floor-count"),
    "cold": (".nbstate-app .nbstate-key-add", ".nbstate-app .nbstate-markdown"),
    "preheated": (".nbstate-app .nbstate-key-add", ".nbstate-app .nbstate-markdown"),
}
VISIT_TIMEOUT_MS = 120_000


def visit(page: Page, url: str, case: str) -> tuple[float, float]:
    """Open the app; (seconds to the button's first paint, seconds to interactive)."""
    button_css, count_css = SELECTORS[case]
    started = time.perf_counter()
    page.goto(url)
    button = page.locator(button_css)
    expect(button).to_be_visible(timeout=VISIT_TIMEOUT_MS)
    painted = time.perf_counter()
    button.click()
    expect(page.locator(count_css)).to_have_text("Count: 1", timeout=VISIT_TIMEOUT_MS)
    return painted - started, time.perf_counter() - started


def kernel_memory_mb(server: Server) -> list[float]:
    """Resident memory (MiB) of every kernel process the Voilà server started."""
    sizes = []
    for child in Path("/proc").iterdir():
        if not child.name.isdigit():
            continue
        try:
            status = (child / "status").read_text()
            ppid = next(line for line in status.splitlines() if line.startswith("PPid:"))
            if int(ppid.split()[1]) != server.proc.pid:
                continue
            cmdline = (child / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "ipykernel" not in cmdline:
                continue
            rss = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
            sizes.append(int(rss.split()[1]) / 1024)
        except (OSError, StopIteration):
            continue
    return sizes


def median(values: Sequence[float]) -> float:
    """The median, NaN when empty."""
    return statistics.median(values) if values else float("nan")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=8, help="visits per case")
    parser.add_argument("--pool", type=int, default=2, help="preheated kernels")
    parser.add_argument("--gap", type=float, default=5.0, help="seconds between visits")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve both cases, visit them in turn, print the table."""
    args = parse_args(argv)
    results: dict[str, tuple[list[float], list[float]]] = {case: ([], []) for case in SELECTORS}
    with tempfile.TemporaryDirectory(prefix="nbstate-voila-bench-") as tmp:
        root = Path(tmp)
        servers: dict[str, Server] = {}
        for case, cell, extra in (
            ("floor", FLOOR, []),
            ("cold", rerun_cell(COUNTER), []),
            (
                "preheated",
                rerun_cell(COUNTER),
                ["--preheat_kernel=True", f"--pool_size={args.pool}"],
            ),
        ):
            folder = root / case
            folder.mkdir()
            notebook = write_notebook(folder / "counter.ipynb", [cell])
            if case == "floor":  # without the setup cell that imports nbstate
                nb = nbformat.read(notebook, as_version=4)
                nb.cells = nb.cells[1:]
                nbformat.write(nb, notebook)
            servers[case] = start_voila(notebook, folder, secrets.token_hex(16), extra)
        try:
            time.sleep(max(args.gap, 10.0))  # the first pool fills
            pool_mb = kernel_memory_mb(servers["preheated"])
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for number in range(args.visits):
                    cases = list(SELECTORS)
                    shift = number % len(cases)  # a rotating order
                    for case in cases[shift:] + cases[:shift]:
                        context = browser.new_context(viewport={"width": 1280, "height": 900})
                        page = context.new_page()
                        paint, interactive = visit(page, servers[case].url("/"), case)
                        results[case][0].append(paint)
                        results[case][1].append(interactive)
                        context.close()  # the page goes: Voilà shuts its kernel down
                    time.sleep(args.gap)
                browser.close()
        finally:
            for server in servers.values():
                server.stop()
    base_paint, base_ready = (median(values) for values in results["cold"])
    floor_ready = median(results["floor"][1])
    print(
        f"Voilà, {args.visits} visits per case, {args.gap:g} s apart; ms from page.goto "
        "(median, min-max):"
    )
    print(f"{'case':<10} {'first paint':>22} {'interactive':>22} {'x cold':>7} {'x floor':>8}")
    for case, (paints, readies) in results.items():
        paint = f"{median(paints) * 1000:.0f} ({min(paints) * 1000:.0f}-{max(paints) * 1000:.0f})"
        ready = (
            f"{median(readies) * 1000:.0f} ({min(readies) * 1000:.0f}-{max(readies) * 1000:.0f})"
        )
        print(
            f"{case:<10} {paint:>22} {ready:>22} {fmt(ratio(median(readies), base_ready)):>7} "
            f"{fmt(ratio(median(readies), floor_ready)):>8}"
        )
    print(f"(cold first paint median {base_paint * 1000:.0f} ms is the baseline's)")
    total = sum(pool_mb)
    print(
        f"idle preheated pool: {len(pool_mb)} kernels, "
        + ", ".join(f"{mb:.1f}" for mb in pool_mb)
        + f" MiB RSS ({total:.1f} MiB in all)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
