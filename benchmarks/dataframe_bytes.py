"""Bytes st.dataframe's grid sends for a 10 x 100,000 and a 10 x 1,000,000 float frame
(a StreamingDataGrid, as st.dataframe uses for large frames, then sends the rows the page
shows, on request; a DataGrid sends every row).

Run: ``PYTHONPATH=. python benchmarks/dataframe_bytes.py``. The baseline is pandas'
``to_html`` of the first 1,000 rows (what nbstate showed before the grid). A rerun with an
unchanged frame sends nothing again (tests/test_dataframe.py checks that).
"""

from __future__ import annotations

import json
import time

import numpy as np
import pandas as pd
from ipydatagrid import DataGrid, StreamingDataGrid
from ipywidgets.widgets.widget import _remove_buffers

from nbstate.views.datagrid import plan_grid


def measure(rows: int, grid_class: type) -> str:
    """One line: what a grid of `grid_class` for a 10-column float frame of `rows` rows sends
    when it is shown, and the baseline."""
    frame = pd.DataFrame(np.random.default_rng(0).random((rows, 10)), columns=list("abcdefghij"))
    start = time.perf_counter()
    plan = plan_grid(frame, {"columns": {}, "column_order": None})
    grid = grid_class(plan.frame)
    state, _paths, buffers = _remove_buffers(grid.get_state())
    sent = len(json.dumps(state, default=str)) + sum(memoryview(b).nbytes for b in buffers)
    seconds = time.perf_counter() - start
    grid.close()
    baseline = len(frame.to_html(max_rows=1000))
    return (
        f"10 x {rows:,} floats, {grid_class.__name__}: sends {sent / 1e6:.3f} MB when shown "
        f"(built and serialized in {seconds:.2f} s); to_html of 1,000 rows: "
        f"{baseline / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    # st.dataframe streams frames of more than nbstate.views.dataframe.STREAM_ROWS rows.
    for rows in (100_000, 1_000_000):
        for grid_class in (DataGrid, StreamingDataGrid):
            print(measure(rows, grid_class))
