"""st.dataframe in a real browser: a 10-column float frame of 100,000 and of 1,000,000 rows
against pandas' ``to_html`` of its first 1,000 rows (the baseline), in standalone Voilà.

Each case is a ``%%rerun`` app served by its own ``voila`` and opened in headless Chromium
(Debian's ``/usr/bin/chromium``):

- *grid*: ``st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="grid")``,
  a Rerun button and a text with ``event.selection.rows``;
- *to_html*: ``st.html(df.head(1000).to_html())`` and the same button.

Measured per case, the same endpoints on both sides where they apply:

1. *load*: seconds from ``page.goto`` until the app is usable: the grid's vertical scroll bar
   is shown and its canvas has rows drawn (the baseline: its table's 1,000th row is attached);
2. *heap*: the page's ``JSHeapUsedSize`` (CDP ``Performance.getMetrics``) after a GC, once loaded;
3. *bytes*: payload bytes the page received over the kernel's websocket (CDP
   ``Network.webSocketFrameReceived``; binary frames decoded from base64) until loaded, and for
   a rerun (the Rerun button) until the app shows its new run number plus 1 s of quiet;
4. (grid only) *sort*: ms in the page from the click on the header menu's "Sort Descending" until
   the first row drawn changed (the canvas' pixels; checked afterwards: a click on it selects
   the last row); *select*: ms from the click on a row until the app's text shows it.
   Both are timed with ``performance.now()`` in the page (a click listener and
   ``requestAnimationFrame`` polling: ~16 ms resolution).

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/dataframe_browser.py`` (``--rows 100000`` for one
size). Always exits 0: a benchmark, not a test. A case that is not loaded within ``--timeout``
seconds is reported as such.
"""

from __future__ import annotations

import argparse
import base64
import secrets
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent

ROW = 35  # nbstate's grid row and header height, px
VERTICAL_BAR = ".lm-ScrollBar[data-orientation='vertical']"

FRAME = """
import json
import numpy as np
import pandas as pd
df = pd.DataFrame(np.random.default_rng(0).random(({rows}, 10)), columns=list("abcdefghij"))
df["a"] = np.arange({rows}, dtype=float)  # sorted descending, the last index comes first
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.button("Rerun", key="again")
st.text(f"RUN {{st.session_state.runs}}")
"""
GRID = """
event = st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="grid")
st.text("ROWS " + json.dumps(event.selection.rows))
"""
BASELINE = """
st.html(df.head(1000).to_html())
"""

#: Page-side timing: the last click's performance.now(), set before any app handler runs.
CLICK_CLOCK = """() => {
  window.__benchClick = null;
  document.addEventListener('mousedown', () => { window.__benchClick = performance.now(); },
                            {capture: true});
}"""

#: The red channel of every 4th pixel across a band in the middle of the grid's first body
#: row, on each of its visible canvases, as one string (compared before and after a sort).
ROW_PIXELS = """([grid, row]) => {
  const out = [];
  const top = grid.getBoundingClientRect().top;
  for (const c of grid.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const ctx = c.getContext('2d');
    if (!ctx) continue;
    const scale = c.height / r.height;
    const y = Math.floor((top + row * 1.5 - r.top) * scale);
    if (y < 0 || y >= c.height) continue;
    const data = ctx.getImageData(0, y, c.width, Math.max(1, Math.floor(row * scale / 3))).data;
    out.push(Array.from(data.filter((_, i) => i % 16 === 0)).join(','));
  }
  return out.join('|');
}"""

#: True when the sampled row is not one flat colour (text drawn, not an empty row).
HAS_TEXT = """pixels => new Set(pixels.split(/[,|]/)).size > 1"""


@dataclass
class Result:
    """What one case measured (NaN/None where it does not apply or did not finish)."""

    name: str
    load_s: float = float("nan")
    heap_mb: float = float("nan")
    load_bytes: int | None = None
    rerun_bytes: int | None = None
    sort_ms: float = float("nan")
    select_ms: float = float("nan")
    notes: list[str] = field(default_factory=list)


class SocketBytes:
    """Counts payload bytes the page receives over the kernel websocket (CDP Network)."""

    def __init__(self, cdp: Any) -> None:
        self.total = 0
        self._kernel_sockets: set[str] = set()
        cdp.send("Network.enable")
        cdp.on("Network.webSocketCreated", self._created)
        cdp.on("Network.webSocketFrameReceived", self._received)

    def _created(self, event: dict[str, Any]) -> None:
        if "/channels" in event.get("url", ""):
            self._kernel_sockets.add(event["requestId"])

    def _received(self, event: dict[str, Any]) -> None:
        if event["requestId"] not in self._kernel_sockets:
            return
        response = event["response"]
        payload = response.get("payloadData", "")
        if response.get("opcode") == 2:  # binary: CDP hands it over in base64
            self.total += len(base64.b64decode(payload))
        else:
            self.total += len(payload.encode())


def heap_mb(page: Any, cdp: Any) -> float:
    """The page's used JS heap in MB after a garbage collection."""
    cdp.send("HeapProfiler.collectGarbage")
    page.wait_for_timeout(200)
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    used = next(m["value"] for m in metrics if m["name"] == "JSHeapUsedSize")
    return float(used) / 1e6


def page_ms(page: Any, predicate: str, arg: Any = None, timeout: float = 60_000) -> float:
    """Wait (rAF polling) for `predicate` in the page; ms from the last click to when it held."""
    page.wait_for_function(
        f"""arg => {{
          const ok = ({predicate})(arg);
          if (ok) window.__benchDone = performance.now();
          return ok;
        }}""",
        arg=arg,
        polling="raf",
        timeout=timeout,
    )
    return float(page.evaluate("window.__benchDone - window.__benchClick"))


def wait_quiet(page: Any, counter: SocketBytes, quiet_s: float = 1.0, limit_s: float = 30) -> None:
    """Wait until no websocket bytes arrived for `quiet_s` seconds."""
    deadline = time.monotonic() + limit_s
    last, since = counter.total, time.monotonic()
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)
        if counter.total != last:
            last, since = counter.total, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return


def rerun(page: Any, counter: SocketBytes, result: Result) -> None:
    """Click the app's Rerun button; bytes received until run 2 is shown and 1 s of quiet."""
    from playwright.sync_api import expect

    wait_quiet(page, counter)
    before = counter.total
    page.locator(".nbstate-app .nbstate-key-again").click()
    expect(page.locator(".nbstate-app .nbstate-text", has_text="RUN 2")).to_be_visible(
        timeout=60_000
    )
    wait_quiet(page, counter)
    result.rerun_bytes = counter.total - before


def measure(browser: Any, url: str, name: str, rows: int, grid: bool, timeout_s: float) -> Result:
    """Open `url` in a new page and measure one case."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import expect

    result = Result(name)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    counter = SocketBytes(cdp)
    page.add_init_script(f"({CLICK_CLOCK})()")
    try:
        started = time.perf_counter()
        page.goto(url, timeout=timeout_s * 1000)
        if grid:
            frame = page.locator(".nbstate-app .nbstate-key-grid")
            expect(frame.locator(VERTICAL_BAR)).to_be_visible(timeout=timeout_s * 1000)
            page.wait_for_function(
                f"arg => ({HAS_TEXT})(({ROW_PIXELS})(arg))",
                arg=[frame.element_handle(), ROW],
                polling="raf",
                timeout=timeout_s * 1000,
            )
        else:
            expect(page.locator(".nbstate-app table tbody tr").nth(999)).to_be_attached(
                timeout=timeout_s * 1000
            )
        result.load_s = time.perf_counter() - started
        result.load_bytes = counter.total
        result.heap_mb = heap_mb(page, cdp)
        rerun(page, counter, result)
        if grid:
            sort_and_select(page, frame, rows, result)
    except PlaywrightError as error:  # a timeout: report what it is
        elapsed = time.perf_counter() - started
        first = str(error).splitlines()[0]
        result.notes.append(f"stopped after {elapsed:.0f} s: {first}")
        if result.load_bytes is None:
            result.load_bytes = counter.total
            result.notes.append(f"not loaded in {timeout_s:.0f} s ({counter.total:,} B so far)")
    finally:
        context.close()
    return result


def sort_and_select(page: Any, frame: Any, rows: int, result: Result) -> None:
    """Sort column "a" descending from its header menu, then click the first row shown."""
    box = frame.bounding_box()
    assert box is not None
    before = page.evaluate(ROW_PIXELS, [frame.element_handle(), ROW])
    # "a" is the first column shown (a RangeIndex is not), 100 px wide: its menu icon
    page.mouse.click(box["x"] + 100 - 8, box["y"] + ROW - 8)
    page.locator(".lm-Menu-itemLabel", has_text="Sort Descending").click()
    result.sort_ms = page_ms(
        page,
        f"""([grid, row, before]) => {{
          const now = ({ROW_PIXELS})([grid, row]);
          return now !== before && ({HAS_TEXT})(now);
        }}""",
        [frame.element_handle(), ROW, before],
    )
    page.mouse.click(box["x"] + 50, box["y"] + ROW * 1.5)
    text = page.locator(".nbstate-app .nbstate-text", has_text="ROWS")
    result.select_ms = page_ms(
        page,
        "el => el.textContent.trim() !== 'ROWS []'",
        text.element_handle(),
    )
    shown = (text.text_content() or "").strip()
    if shown != f"ROWS [{rows - 1}]":
        result.notes.append(f"after the sort, a click on the first row showed {shown!r}")


def cell_for(rows: int, grid: bool) -> str:
    """The app's source for one case."""
    return FRAME.format(rows=rows) + (GRID if grid else BASELINE)


def run_case(browser: Any, root: Path, rows: int, grid: bool, timeout_s: float) -> Result:
    """Serve one case's notebook in its own Voilà, measure it, stop the server."""
    from browser_support import rerun_cell, start_voila, write_notebook

    name = f"grid {rows:,}" if grid else "to_html 1,000"
    folder = root / f"{'grid' if grid else 'html'}-{rows}"
    folder.mkdir()
    notebook = write_notebook(folder / "app.ipynb", [rerun_cell(cell_for(rows, grid))])
    server = start_voila(notebook, folder, secrets.token_hex(16))
    try:
        return measure(browser, server.url("/"), name, rows, grid, timeout_s)
    finally:
        server.stop()


def html_size(rows: int) -> int:
    """Bytes of pandas' to_html of the first 1,000 rows of the benchmark's frame."""
    import numpy as np
    import pandas as pd

    df = pd.DataFrame(np.random.default_rng(0).random((rows, 10)), columns=list("abcdefghij"))
    return len(df.head(1000).to_html().encode())


def report(results: list[Result], baseline: Result, size: int) -> str:
    """The table: figures and ratios against the baseline measured in the same run."""
    sys.path.insert(0, str(HERE))
    from bench_report import fmt, ratio, table

    def kb(value: int | None) -> str:
        return "-" if value is None else f"{value / 1000:,.1f}"

    def x(value: float, base: float) -> str:
        return fmt(ratio(value, base), ".2f", "x")

    rows = []
    for r in [baseline, *results]:
        rows.append(
            [
                r.name,
                fmt(r.load_s, ".2f"),
                x(r.load_s, baseline.load_s),
                fmt(r.heap_mb, ".1f"),
                x(r.heap_mb, baseline.heap_mb),
                kb(r.load_bytes),
                x(float(r.load_bytes or 0), float(baseline.load_bytes or 0)),
                kb(r.rerun_bytes),
                fmt(r.sort_ms, ".0f"),
                fmt(r.select_ms, ".0f"),
            ]
        )
    lines = [
        table(
            [
                "case",
                "load s",
                "x base",
                "heap MB",
                "x base",
                "load kB",
                "x base",
                "rerun kB",
                "sort ms",
                "select ms",
            ],
            rows,
        ),
        f"baseline: pandas to_html of the first 1,000 rows, {size:,} B, shown with st.html",
    ]
    for r in [baseline, *results]:
        lines += [f"{r.name}: {note}" for note in r.notes]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--rows", type=int, nargs="+", default=[100_000, 1_000_000], help="frame sizes"
    )
    parser.add_argument("--timeout", type=float, default=120, help="seconds per page load")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure the baseline and every frame size in turn, print the table."""
    args = parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT / "tests"))
    sys.path.insert(0, str(REPO_ROOT / "tests" / "browser"))
    from conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory(prefix="nbstate-df-bench-") as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        baseline = run_case(browser, Path(tmp), max(args.rows), False, args.timeout)
        for rows in args.rows:
            results.append(run_case(browser, Path(tmp), rows, True, args.timeout))
        browser.close()
    print(f"st.dataframe in Voilà (headless Chromium), 10 float columns; {time.ctime()}")
    print(report(results, baseline, html_size(max(args.rows))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
