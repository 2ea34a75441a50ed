"""What caches cost when one server runs a kernel per visitor (Voilà, JupyterHub).

K real kernels (``tests/frontend.py``) run the same ``%%rerun`` app one after the other:

- ``@st.cache_resource def model()``: a "model" of ``--model-mb`` MiB of float64 weights. A
  resource lives in the kernel's memory, so every session builds its own: reported as the
  build time and the kernel's RSS growth (VmRSS after the app, minus after ``import nbstate``).
- ``@st.cache_data(persist="disk") def features()``: a DataFrame that takes ``--compute``
  seconds to compute. The disk cache is one folder every kernel reads: the first session
  computes and writes it, the others read it. Reported as each session's time for the
  call, against the first session's (the baseline, same call, same endpoint).

Always exits 0: a benchmark, not a test.

    python benchmarks/shared_cache.py                      # K = 4, a 200 MiB model
    python benchmarks/shared_cache.py --sessions 3 --model-mb 50 --compute 0.5
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_kernel import REPO_ROOT, import_nbstate, kernel_rss_mb  # noqa: E402
from bench_report import fmt, ratio  # noqa: E402

sys.path.insert(0, str(REPO_ROOT / "tests"))
from frontend import KernelFrontend  # noqa: E402

APP = """%%rerun
import nbstate as st
import time
import numpy as np
import pandas as pd

@st.cache_resource
def model():
    return np.random.default_rng(0).random({floats})

@st.cache_data(persist="disk")
def features():
    time.sleep({compute})
    return pd.DataFrame({{"x": range(1000), "y": [i * i for i in range(1000)]}})

t0 = time.perf_counter()
weights = model()
t1 = time.perf_counter()
frame = features()
t2 = time.perf_counter()
st.session_state.timings = [t1 - t0, t2 - t1]
st.write("weights", weights.shape[0], "rows", len(frame))
"""


def session(workdir: Path, env: dict[str, str], app: str) -> tuple[float, float, float]:
    """One visitor: (model build s, features call s, RSS growth MiB) in a fresh kernel."""
    with KernelFrontend(cwd=workdir, env=env) as kernel:
        import_nbstate(kernel)
        kernel.wait_settled()
        before = kernel_rss_mb(kernel)
        kernel.execute(app, cell_id="app", timeout=300, check=True)
        kernel.wait_settled()
        grown = kernel_rss_mb(kernel) - before
        out = kernel.execute(
            "import json, nbstate; print(json.dumps(nbstate.session_state.timings))",
            store_history=False,
            check=True,
        ).stdout
        build, call = json.loads(out.strip().splitlines()[-1])
        return build, call, grown


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=4, help="kernels, one after another")
    parser.add_argument("--model-mb", type=float, default=200.0, help="size of the model")
    parser.add_argument("--compute", type=float, default=2.0, help="seconds to compute")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sessions and print one row each."""
    args = parse_args(argv)
    floats = int(args.model_mb * 1024 * 1024 / 8)
    app = APP.format(floats=floats, compute=args.compute)
    rows = []
    with tempfile.TemporaryDirectory(prefix="nbstate-cache-bench-") as tmp:
        workdir = Path(tmp)
        env = {"NBSTATE_CACHE_DIR": str(workdir / "disk-cache")}
        for _ in range(args.sessions):
            rows.append(session(workdir, env, app))
    base_call = rows[0][1]
    print(
        f"{args.sessions} sessions (kernels) one after another; cache_resource model of "
        f"{args.model_mb:g} MiB; cache_data(persist='disk') taking {args.compute:g} s to compute"
    )
    print(
        f"{'session':>7} {'model build ms':>15} {'RSS growth MiB':>15} {'disk call ms':>13} {'x first':>8}"
    )
    for number, (build, call, grown) in enumerate(rows, 1):
        print(
            f"{number:>7} {build * 1000:>15.0f} {grown:>15.1f} {call * 1000:>13.1f} "
            f"{fmt(ratio(call, base_call)):>8}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
