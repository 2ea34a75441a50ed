"""st.dataframe selections in a real ipykernel, sent as the browser's ipydatagrid sends them."""

from __future__ import annotations

import json

import pytest
from frontend import KernelFrontend

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
