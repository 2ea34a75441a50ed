"""In a real kernel: a placeholder switching kinds, and fragments in the sidebar (issue 16)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


def state(kernel: KernelFrontend) -> dict[str, Any]:
    """The kernel's session_state, read from a plain cell as a user would."""
    result = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    result.raise_for_error()
    return dict(json.loads(result.stdout))


def app_cell(kernel: KernelFrontend, cell_id: str, body: str):
    """Run a %%rerun cell and return its result (its output is the app area)."""
    result = kernel.execute("%%rerun\nimport nbstate as st\n" + body, cell_id=cell_id)
    result.raise_for_error()
    return result


@pytest.fixture(scope="module", autouse=True)
def _import_nbstate(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)


def test_a_placeholder_that_held_a_chart_shows_a_container_then_the_chart_again(
    kernel: KernelFrontend,
) -> None:
    # Item 14: the chart's Output view was reused for the container: KeyError 'outputs'.
    cell = app_cell(
        kernel,
        "slot-kinds",
        """
import pandas as pd
ph = st.empty()
if st.toggle("As text", key="slot_as_text"):
    with ph.container():
        st.write("one")
        st.write("two")
else:
    ph.line_chart(pd.DataFrame({"a": [1, 3, 2]}))
st.write("below")
""",
    )
    assert kernel.find("nbstate-output", within=cell)
    toggle = kernel.find_one("nbstate-key-slot_as_text", within=cell)
    kernel.set_value(toggle, True)
    shown = kernel.text(cell)
    assert "one" in shown and "two" in shown and "below" in shown
    assert not kernel.find("nbstate-output", within=cell)
    assert "KeyError" not in kernel.kernel_log()
    kernel.set_value(toggle, False)
    assert kernel.find("nbstate-output", within=cell)
    assert "one" not in kernel.text(cell)


def _button(kernel: KernelFrontend, cell, label: str) -> str:
    (button,) = [
        mid
        for mid in kernel.find("nbstate-button", within=cell)
        if kernel.model(mid)["description"] == label
    ]
    return button


def test_a_keyless_button_of_a_fragment_in_the_sidebar_returns_true_on_its_click(
    kernel: KernelFrontend,
) -> None:
    # Item 15: the fragment's rerun lost the sidebar, so its keyless button got another id.
    cell = app_cell(
        kernel,
        "sidebar-fragment",
        """
st.session_state.frag_log = []
@st.fragment
def frag(where):
    st.session_state.frag_log.append([where, st.button("Go " + where)])
with st.sidebar:
    frag("side")
frag("main")
""",
    )
    kernel.click(_button(kernel, cell, "Go side"))
    assert state(kernel)["frag_log"][-1] == ["side", True]
    kernel.click(_button(kernel, cell, "Go main"))
    assert state(kernel)["frag_log"][-1] == ["main", True]


def test_st_stop_in_a_callback_of_a_fragment_run_empties_the_fragment(
    kernel: KernelFrontend,
) -> None:
    # The fragment run ended before the fragment ran: App._show asserted it had an element.
    cell = app_cell(
        kernel,
        "fragment-stop",
        """
st.session_state.setdefault("stop_clicks", 0)
def halt():
    st.session_state.stop_clicks += 1
    st.stop()
@st.fragment
def frag():
    st.button("Halt", key="halt", on_click=halt)
    st.write("inside the fragment")
with st.sidebar:
    frag()
st.write("outside the fragment")
""",
    )
    kernel.click(kernel.find_one("nbstate-key-halt", within=cell))
    assert state(kernel)["stop_clicks"] == 1
    shown = kernel.text(cell)
    assert "outside the fragment" in shown
    assert "inside the fragment" not in shown
    assert "AssertionError" not in kernel.kernel_log()
    kernel.click(kernel.find_one("nbstate-rerun", within=cell))
    assert "inside the fragment" in kernel.text(cell)


def test_element_handles_replace_their_elements_on_the_page(kernel: KernelFrontend) -> None:
    # Issue 16 item 10: `bar.empty()` removes the bar, `t.text(...)` replaces the text.
    cell = app_cell(
        kernel,
        "handles",
        """
bar = st.progress(10, text="working")
t = st.text("first")
st.write("below")
if st.button("Finish", key="h_finish"):
    bar.progress(100)
    bar.empty()
    t.text("done")
""",
    )
    assert kernel.find("nbstate-progress", within=cell)
    kernel.click(kernel.find_one("nbstate-key-h_finish", within=cell))
    assert not kernel.find("nbstate-progress", within=cell)
    shown = kernel.text(cell)
    assert "done" in shown and "first" not in shown
    assert shown.index("done") < shown.index("below")
