"""A custom component in a real kernel: the ``value`` update its `ComponentHost` anywidget
sends when the component calls ``streamlit:setComponentValue`` reaches
``st.session_state[key]``, calls `on_change` first, and reruns the app once; the same value
set again reruns it without the callback, as in Streamlit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

DEMO = Path(__file__).parent / "data" / "component_demo"

CELL = """
%%rerun
import json
import nbstate as st
import nbstate.components.v1 as components
demo = components.declare_component("demo", path={path!r})
st.session_state.setdefault("events", [])
def changed():
    st.session_state.events.append(["callback", st.session_state.comp])
value = demo(greeting="hi", payload="p", default="none", key="comp", on_change=changed)
st.session_state.events.append(["run", value])
st.code(json.dumps(st.session_state.events))
"""


def events(kernel: KernelFrontend, cell) -> list:
    return json.loads(kernel.text(kernel.find_one("nbstate-code", within=cell)))


def test_a_value_the_component_sets_reaches_the_script_callback_first(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(CELL.format(path=str(DEMO)).strip(), cell_id="components")
    cell.raise_for_error()
    assert events(kernel, cell) == [["run", "none"]]
    host = kernel.find_one("nbstate-key-comp", within=cell)
    model = kernel.model(host)
    assert model["args"] == {"greeting": "hi", "payload": "p", "default": "none", "key": "comp"}
    assert 'src="__nbstate_asset_1__"' in model["srcdoc"] and model["value"] is None
    assert [asset["mime"] for asset in model["assets"]] == ["text/css", "text/javascript"]
    kernel.set_value(host, {"payload": "p", "clicks": 1})  # streamlit:setComponentValue
    assert events(kernel, cell) == [
        ["run", "none"],
        ["callback", {"payload": "p", "clicks": 1}],
        ["run", {"payload": "p", "clicks": 1}],
    ]
    assert kernel.model(host)["value"] == {"payload": "p", "clicks": 1}
    # the same value again (the host's "value" event): a rerun, as Streamlit's, no callback
    kernel.send_custom(host, {"event": "value", "value": {"payload": "p", "clicks": 1}})
    assert events(kernel, cell)[3:] == [["run", {"payload": "p", "clicks": 1}]]
