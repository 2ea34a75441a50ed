"""Issue 16 differences that need the page: checked in a real kernel through the comm
messages JupyterLab sends (tests/frontend.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from frontend import KernelFrontend, model_id

pytestmark = pytest.mark.kernel


def _state(kernel: KernelFrontend) -> dict[str, Any]:
    result = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    result.raise_for_error()
    return json.loads(result.stdout)


def test_deferred_download_data_is_made_in_the_kernel_when_the_browser_asks(
    kernel: KernelFrontend,
) -> None:
    # Streamlit 1.67: data=callable is called when the user clicks, not in the run; the
    # click still reruns the app and runs on_click.
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(
        """%%rerun
import nbstate as st
made = st.session_state.setdefault("made", [])
def make():
    made.append(1)
    return "a,b\\n1,2\\n"
def clicked():
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.download_button("CSV", data=make, file_name="t.csv", key="k_deferred", on_click=clicked)
""",
        cell_id="deferred",
    )
    cell.raise_for_error()
    button = kernel.find_one("nbstate-key-k_deferred", within=cell)
    assert kernel.model(button)["deferred"] is True
    assert _state(kernel)["made"] == []
    kernel.send_custom(button, {"event": "fetch"})  # what the page sends on a click
    model = kernel.model(button)
    assert bytes(model["data"]) == b"a,b\n1,2\n"
    assert model["mime"] == "text/plain"
    mid = model_id(button)
    assert (mid, {"event": "ready"}) in kernel.widgets.custom_messages
    assert _state(kernel)["made"] == [1]
    kernel.send_custom(button, {"event": "click"})  # sent once the file is saved
    assert _state(kernel)["clicks"] == 1
