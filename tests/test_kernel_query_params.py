"""st.query_params and bind="query-params" in a real kernel, with the page probe's messages
as the browser sends them: the page reports its URL, the kernel asks it to replace it."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

APP = """%%rerun
import nbstate as st
x = st.slider("x", 0, 10, 2, key="x", bind="query-params")
st.write("free", st.query_params.get("free"), "tz", st.context.timezone)
if st.button("Tag", key="tag"):
    st.query_params["free"] = ["a", "b"]
"""


def probe_of(kernel: KernelFrontend) -> str:
    """The model id of the page probe."""
    return next(
        mid
        for mid, model in kernel.widgets.models.items()
        if "__nbstate_page_id" in str(model.get("_esm", ""))
    )


def query_requests(kernel: KernelFrontend, probe: str) -> list[str]:
    """The query strings the kernel asked the page to show, in order."""
    return [
        content["search"]
        for mid, content in kernel.widgets.custom_messages
        if mid == probe and isinstance(content, dict) and content.get("event") == "query"
    ]


def session_value(kernel: KernelFrontend, expression: str) -> Any:
    result = kernel.execute(f"import json, nbstate\nprint(json.dumps({expression}))")
    result.raise_for_error()
    return json.loads(result.stdout)


def wait_until(check: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_the_page_url_seeds_a_bound_slider_and_follows_it(fresh_kernel: KernelFrontend) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(APP, cell_id="qp")
    cell.raise_for_error()
    slider = kernel.find_one("nbstate-key-x", within=cell)
    assert kernel.model(slider)["value"] == 2  # no page has reported its URL yet
    probe = probe_of(kernel)
    kernel.send_custom(
        probe,
        {
            "event": "page",
            "page_id": "p1",
            "search": "?x=3&free=yes",
            "url": "http://localhost:8866/voila/render/app.ipynb",
            "timezone": "Europe/Berlin",
            "timezone_offset": -60,
            "locale": "de-DE",
            "theme": "dark",
            "is_embedded": False,
            "cookies": "a=1; b=2",
        },
    )
    kernel.wait_settled()
    assert kernel.model(slider)["value"] == 3  # the URL's value, in the widget
    assert session_value(kernel, "nbstate.session_state['x']") == 3
    assert session_value(kernel, "nbstate.context.timezone") == "Europe/Berlin"
    assert session_value(kernel, "nbstate.context.cookies.to_dict()") == {"a": "1", "b": "2"}
    assert query_requests(kernel, probe) == []  # the URL already says x=3
    kernel.set_value(slider, 7)
    kernel.wait_settled()
    assert query_requests(kernel, probe)[-1] == "x=7&free=yes"
    kernel.set_value(slider, 2)  # the default removes the parameter
    kernel.wait_settled()
    assert query_requests(kernel, probe)[-1] == "free=yes"
    kernel.click(kernel.find_one("nbstate-key-tag", within=cell))  # the script writes
    kernel.wait_settled()
    assert query_requests(kernel, probe)[-1] == "free=a&free=b"


def test_a_reload_with_a_query_string_restores_only_the_bound_widget(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(
        APP + "st.session_state.setdefault('visits', 0)\nst.session_state.visits += 1\n",
        cell_id="qp2",
    )
    cell.raise_for_error()
    slider = kernel.find_one("nbstate-key-x", within=cell)
    probe = probe_of(kernel)
    kernel.send_custom(probe, {"event": "page", "page_id": "first", "search": ""})
    kernel.set_value(slider, 6)
    kernel.wait_settled()
    assert query_requests(kernel, probe)[-1] == "x=6"
    assert session_value(kernel, "nbstate.session_state['visits']") >= 2
    # The page reloads with the URL the kernel gave it: a new session seeded from the URL.
    kernel.send_custom(probe, {"event": "page", "page_id": "reloaded", "search": "?x=6"})
    wait_until(lambda: session_value(kernel, "nbstate.session.page_tracker().decisions"))
    kernel.wait_settled()
    assert session_value(kernel, "nbstate.session_state.to_dict()") == {
        "x": 6,
        "visits": 1,
        "tag": False,
    }
    assert kernel.model(kernel.find_one("nbstate-key-x", within=cell))["value"] == 6
