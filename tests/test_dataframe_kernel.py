"""st.dataframe selections in a real ipykernel, sent as the browser's ipydatagrid sends them."""

from __future__ import annotations

import json
import time

import pytest
from frontend import KernelFrontend, model_id

pytestmark = pytest.mark.kernel


def test_selecting_rows_in_the_grid_reruns_the_app_with_the_selection(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    result = kernel.execute(
        """%%rerun
import nbstate as st, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3, 4], "b": list("wxyz")})
def picked():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.dataframe(df, key="pick", on_select=picked, selection_mode="multi-row")
st.write("rows", ",".join(map(str, event.selection.rows)) or "none")
""",
        cell_id="df-select",
    )
    result.raise_for_error()
    grid = kernel.find_one("nbstate-key-pick", within=result)
    assert kernel.model(grid)["selection_mode"] == "row"
    assert "rows none" in kernel.text(result)
    # The update ipydatagrid's frontend sends when the user drags over rows 1 to 3.
    kernel.set_state(grid, {"selections": [{"r1": 3, "c1": 1, "r2": 1, "c2": 0}]})
    assert "rows 1,2,3" in kernel.text(result)
    state = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    values = json.loads(state.stdout)
    assert values["pick"] == {"selection": {"rows": [1, 2, 3], "columns": [], "cells": []}}
    assert values["calls"] == 1


def test_adding_editing_and_deleting_rows_of_a_dynamic_data_editor(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    result = kernel.execute(
        """%%rerun
import nbstate as st, pandas as pd
out = st.data_editor(pd.DataFrame({"a": [1, 2]}), key="rows", num_rows="dynamic")
st.write("a is", ",".join(str(int(v)) for v in out["a"].fillna(0)))
""",
        cell_id="de-rows",
    )
    result.raise_for_error()
    box = kernel.find_one("nbstate-key-rows", within=result)
    grid, buttons = kernel.model(box)["children"]
    add, delete = kernel.model(buttons)["children"]
    kernel.send_custom(add, {"event": "click"})
    assert "a is 1,2,0" in kernel.text(result)
    kernel.send_custom(grid, {"event_type": "cell-changed", "row": 2, "column_index": 0,
                              "value": 9})  # fmt: skip
    assert "a is 1,2,9" in kernel.text(result)
    kernel.set_state(grid, {"selections": [{"r1": 0, "c1": 0, "r2": 0, "c2": 0}]})
    kernel.send_custom(delete, {"event": "click"})
    assert "a is 2,9" in kernel.text(result)


def test_a_large_frame_streams_the_rows_the_page_asks_for(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    result = kernel.execute(
        """%%rerun
import nbstate as st, pandas as pd
st.dataframe(pd.DataFrame({"a": range(100_000)}), key="big", on_select="rerun")
""",
        cell_id="df-big",
    )
    result.raise_for_error()
    grid = kernel.find_one("nbstate-key-big", within=result)
    assert kernel.model(grid)["_model_name"] == "StreamingDataGridModel"
    assert kernel.model(grid)["_row_count"] == 100_000
    # What the page's grid asks for when the user scrolls to the last rows.
    kernel.send_custom(grid, {"type": "data-request", "r1": 99_990, "r2": 99_999, "c1": 0, "c2": 0})
    deadline = time.monotonic() + 20
    replies: list = []
    while not replies and time.monotonic() < deadline:
        kernel.execute("pass")
        replies = [c for m, c in kernel.widgets.custom_messages
                   if m == model_id(grid) and c.get("event_type") == "data-reply"]  # fmt: skip
    assert replies and (replies[-1]["r1"], replies[-1]["r2"]) == (99_990, 99_999)
