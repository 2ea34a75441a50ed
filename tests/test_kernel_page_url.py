"""The page of a multipage app in the URL's fragment, in a real kernel: the page probe reports
a URL naming a page and that page runs; a switch makes the kernel ask the page to rewrite it."""

from __future__ import annotations

import pytest
from frontend import KernelFrontend
from test_kernel_query_params import probe_of, session_value, wait_until

pytestmark = pytest.mark.kernel

APP = """%%rerun
import nbstate as st
def home():
    st.write("on home")
    if st.button("Go", key="go"):
        st.switch_page(report_page, query_params={"from": "home"})
def report():
    st.write("on report")
    st.button("Home", key="home", on_click=lambda: st.switch_page(home_page))
home_page = st.Page(home, default=True)
report_page = st.Page(report, url_path="report")
st.navigation([home_page, report_page]).run()
"""


def hash_requests(kernel: KernelFrontend, probe: str) -> list[str]:
    """The fragments the kernel asked the page to show, in order."""
    return [
        content["hash"]
        for mid, content in kernel.widgets.custom_messages
        if mid == probe and isinstance(content, dict) and content.get("event") == "hash"
    ]


def test_the_url_names_the_page_shown_and_follows_switches(fresh_kernel: KernelFrontend) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(APP, cell_id="pages")
    cell.raise_for_error()
    assert "on home" in kernel.text(cell)  # no page has reported its URL yet
    probe = probe_of(kernel)
    kernel.send_custom(probe, {"event": "page", "page_id": "p1", "search": "", "hash": "#/report"})
    kernel.wait_settled()
    assert "on report" in kernel.text(cell) and "on home" not in kernel.text(cell)
    assert hash_requests(kernel, probe) == []  # the URL already names the page shown
    kernel.click(kernel.find_one("nbstate-key-home", within=cell))
    kernel.wait_settled()
    assert "on home" in kernel.text(cell)
    assert hash_requests(kernel, probe) == [""]  # the default page: no fragment
    kernel.click(kernel.find_one("nbstate-key-go", within=cell))
    kernel.wait_settled()
    assert "on report" in kernel.text(cell)
    assert hash_requests(kernel, probe) == ["", "#/report"]
    assert session_value(kernel, "nbstate.query_params.to_dict()") == {"from": "home"}
    # A reload of that URL: a new, empty session on the page it names.
    kernel.execute("nbstate.session_state['kept'] = 1", check=True)
    kernel.send_custom(
        probe, {"event": "page", "page_id": "p2", "search": "?from=home", "hash": "#/report"}
    )
    wait_until(lambda: session_value(kernel, "nbstate.session.page_tracker().decisions"))
    kernel.wait_settled()
    assert "on report" in kernel.text(cell)
    assert "kept" not in session_value(kernel, "list(nbstate.session_state.keys())")
