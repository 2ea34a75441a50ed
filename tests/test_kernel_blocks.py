"""Tabs and expanders that track their state, switched from the browser in a real kernel."""

from __future__ import annotations

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

TABS = """
%%rerun
import nbstate as st
def switched():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.animal]
cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change=switched, default="Dog")
for tab in (cat, dog, owl):
    if tab.open:
        tab.write(f"open: {st.session_state.animal}")
st.code(repr(st.session_state.get("log")))
"""


def test_a_tab_switch_in_the_browser_is_a_widget_event(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(TABS.strip(), cell_id="tabs")
    cell.raise_for_error()
    tabs = kernel.find_one("nbstate-key-animal", within=cell)
    assert kernel.model(tabs)["selected_index"] == 1  # default="Dog"
    assert "open: Dog" in kernel.text(cell)
    kernel.set_state(tabs, {"selected_index": 2})
    assert "open: Owl" in kernel.text(cell)
    assert "open: Dog" not in kernel.text(cell)
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "['Owl']"
    kernel.set_state(tabs, {"selected_index": 0})
    assert "open: Cat" in kernel.text(cell)
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "['Owl', 'Cat']"
    assert kernel.model(tabs)["selected_index"] == 0


SWITCH = """
%%rerun
import nbstate as st
a, b = st.tabs(["A", "B"], key="where", on_change="rerun")
def go():
    st.session_state.where = "B"
st.button("Go to B", key="go", on_click=go)
st.code(repr([a.open, b.open]))
"""


def test_setting_the_tab_through_session_state_opens_it_in_the_browser(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(SWITCH.strip(), cell_id="switch")
    cell.raise_for_error()
    tabs = kernel.find_one("nbstate-key-where", within=cell)
    assert kernel.model(tabs)["selected_index"] == 0
    kernel.click(kernel.find_one("nbstate-key-go", within=cell))
    assert kernel.model(tabs)["selected_index"] == 1
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "[False, True]"


EXPANDER = """
%%rerun
import nbstate as st
box = st.expander("More", key="more", on_change="rerun")
st.code(f"open={box.open} state={st.session_state.more}")
"""


def test_opening_a_keyed_expander_in_the_browser_reruns_with_open_true(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(EXPANDER.strip(), cell_id="expander")
    cell.raise_for_error()
    code = kernel.find_one("nbstate-code", within=cell)
    assert kernel.text(code) == "open=False state=False"
    kernel.set_state(kernel.find_one("nbstate-key-more", within=cell), {"selected_index": 0})
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "open=True state=True"
    kernel.set_state(kernel.find_one("nbstate-key-more", within=cell), {"selected_index": None})
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "open=False state=False"
