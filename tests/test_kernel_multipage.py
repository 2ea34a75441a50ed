"""A multipage app in a real ipykernel: the navigation menu clicked as JupyterLab sends it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

APP = """%%rerun
import nbstate as st
st.sidebar.checkbox("Dark", key="mp_dark")
def home():
    st.text_input("Name", key="mp_name")
    st.slider("Kept", 0, 9, 1, key="mp_kept", persist_state="session")
def report():
    st.title("Report page")
    st.write("kept", st.session_state.mp_kept)
    st.page_link(home_page, label="Back home")
home_page = st.Page(home, title="Home")
st.navigation({"Main": [home_page], "More": [st.Page(report, title="Report")]}).run()
"""


def state(kernel: KernelFrontend) -> dict[str, Any]:
    """The kernel's session_state, read from a plain cell as a user would."""
    result = kernel.execute(
        "import json, nbstate\nprint(json.dumps(nbstate.session_state.to_dict(), default=repr))"
    )
    result.raise_for_error()
    return dict(json.loads(result.stdout))


def entry(kernel: KernelFrontend, cell: Any, title: str) -> str:
    """The menu entry (a button model) titled `title`."""
    found = [
        m for m in kernel.find("nbstate-nav-entry", within=cell)
        if kernel.model(m)["description"] == title
    ]  # fmt: skip
    assert len(found) == 1, title
    return found[0]


def test_a_menu_click_runs_the_other_page_and_keeps_session_state(kernel: KernelFrontend):
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(APP, cell_id="multipage")
    cell.raise_for_error()
    sections = [kernel.text(m) for m in kernel.find("nbstate-nav-section", within=cell)]
    assert sections == ["Main", "More"]
    kernel.set_value(kernel.find_one("nbstate-key-mp_dark", within=cell), True)
    kernel.set_value(kernel.find_one("nbstate-key-mp_name", within=cell), "Ada")
    kernel.set_value(kernel.find_one("nbstate-key-mp_kept", within=cell), 6)
    kernel.wait_settled()
    home = entry(kernel, cell, "Home")
    assert "nbstate-nav-current" in kernel.model(home)["_dom_classes"]
    kernel.click(entry(kernel, cell, "Report"))
    kernel.wait_settled()
    assert "Report page" in kernel.text(cell)
    assert "nbstate-nav-current" in kernel.model(entry(kernel, cell, "Report"))["_dom_classes"]
    # session_state is shared: the common checkbox and the persisted slider keep their values,
    # the home page's text box left with its page (as in Streamlit 1.67)
    assert state(kernel) == {"mp_dark": True, "mp_kept": 6}
    kernel.click(kernel.find_one("nbstate-page_link", within=cell))  # the page link
    kernel.wait_settled()
    assert kernel.model(kernel.find_one("nbstate-key-mp_kept", within=cell))["value"] == 6
    assert kernel.model(kernel.find_one("nbstate-key-mp_name", within=cell))["value"] == ""
