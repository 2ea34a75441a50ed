"""st.cache_data and st.cache_resource in a real kernel: one cache for every app and cell of
the kernel, kept across page reloads (which empty session_state and ``scope="session"``
caches), and ``persist="disk"`` kept across kernel restarts."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KernelFrontend]:
    """A kernel whose disk cache folder is a temporary one."""
    cwd = tmp_path_factory.mktemp("cache-kernel")
    env = {"NBSTATE_CACHE_DIR": str(cwd / "disk-cache")}
    with KernelFrontend(cwd=cwd, env=env) as frontend:
        frontend.execute("import nbstate\nCALLS = []", check=True)
        yield frontend


def plain(kernel: KernelFrontend, code: str) -> Any:
    """Run a plain cell whose last line prints JSON; return the value."""
    return json.loads(kernel.execute(code, check=True).stdout)


def app_cell(kernel: KernelFrontend, cell_id: str, body: str):
    result = kernel.execute("%%rerun\nimport nbstate as st\n" + body, cell_id=cell_id)
    result.raise_for_error()
    assert len(result.model_ids) == 1, result.outputs
    return result


def shown(kernel: KernelFrontend, cell) -> str:
    return kernel.text(cell).replace("`", "")


LOADER = """
@st.cache_data
def load(n):
    CALLS.append(n)
    return f"{n} rows"

@st.cache_resource
def connect():
    CALLS.append("connect")
    return {"connection": len(CALLS)}

n = st.slider("Rows", 1, 9, 2, key=KEY)
st.write("loaded", load(n), "with connection", connect()["connection"])
"""


def test_two_apps_and_plain_cells_share_one_cache(kernel: KernelFrontend) -> None:
    first = app_cell(kernel, "loader-a", LOADER.replace("KEY", "'rows_a'"))
    second = app_cell(kernel, "loader-b", LOADER.replace("KEY", "'rows_b'"))
    assert "loaded 2 rows with connection 2" in shown(kernel, second)
    assert plain(kernel, "import json; print(json.dumps(CALLS))") == [2, "connect"]
    kernel.set_value(kernel.find_one("nbstate-key-rows_a", within=first), 5)
    kernel.set_value(kernel.find_one("nbstate-key-rows_b", within=second), 5)
    assert "loaded 5 rows" in shown(kernel, second)
    assert plain(kernel, "print(json.dumps(CALLS))") == [2, "connect", 5]
    # A plain cell with the same function gets the values the apps cached.
    load_source = LOADER[: LOADER.index("@st.cache_resource")]
    value = plain(
        kernel, f"import nbstate as st\n{load_source}\nprint(json.dumps([load(5), CALLS]))"
    )
    assert value == ["5 rows", [2, "connect", 5]]
    # Clearing from a plain cell: the next run of an app computes again.
    kernel.execute("st.cache_data.clear()", check=True)
    kernel.click(kernel.find_one("nbstate-rerun", within=first))
    assert plain(kernel, "print(json.dumps(CALLS))") == [2, "connect", 5, 5]


def test_a_page_reload_empties_session_state_but_keeps_the_caches(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "reload",
        """
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
@st.cache_data
def report():
    CALLS.append("report")
    return "report ready"
@st.cache_resource
def model():
    CALLS.append("model")
    return object()
@st.cache_data(scope="session")
def per_session():
    CALLS.append("per_session")
    return "mine"
per_session()
st.write(report(), "model", id(model()), "visits", st.session_state.visits)
""",
    )
    kernel.click(kernel.find_one("nbstate-rerun", within=cell))
    match = re.search(r"model (\d+) visits 2", shown(kernel, cell))
    assert match, shown(kernel, cell)
    model_id = match.group(1)
    before = plain(kernel, "print(json.dumps(CALLS))")
    assert before.count("report") == 1 and before.count("model") == 1
    assert before.count("per_session") == 1
    probe = next(
        mid
        for mid, model in kernel.widgets.models.items()
        if "__nbstate_page_id" in str(model.get("_esm", ""))
    )
    kernel.send_custom(probe, {"event": "page", "page_id": "first-page"})
    # A reload: a new page id, and the old page does not answer the ping.
    kernel.send_custom(probe, {"event": "page", "page_id": "reloaded-page"})
    deadline = time.monotonic() + 10  # the old page gets 1.5 s to answer the ping
    while "visits 1" not in shown(kernel, cell) and time.monotonic() < deadline:
        kernel.drain(0.1)
    kernel.wait_settled()
    text = shown(kernel, cell)
    assert "visits 1" in text  # session_state was emptied and the app ran again...
    assert f"report ready model {model_id}" in text  # ...with the cached values
    after = plain(kernel, "print(json.dumps(CALLS))")
    # (The reload reran every app: the loader apps' sliders are back at 2, computed anew
    # since the previous test cleared st.cache_data.)
    assert (after.count("report"), after.count("model")) == (1, 1)
    assert (before.count("per_session"), after.count("per_session")) == (1, 2)


PERSISTED = """
import os
@st.cache_data(persist="disk")
def on_disk(n):
    with open("computed.log", "a") as log:
        log.write(f"disk {n}\\n")
    return n * 10
@st.cache_data
def in_memory(n):
    with open("computed.log", "a") as log:
        log.write(f"memory {n}\\n")
    return n * 100
st.write("values", on_disk(4), in_memory(4))
"""


def test_persist_disk_survives_a_kernel_restart(tmp_path: Path) -> None:
    env = {"NBSTATE_CACHE_DIR": str(tmp_path / "disk-cache")}
    log = tmp_path / "computed.log"
    with KernelFrontend(cwd=tmp_path, env=env) as kernel:
        kernel.execute("import nbstate", check=True)
        cell = app_cell(kernel, "persisted", PERSISTED)
        assert "values 40 400" in shown(kernel, cell)
        app_cell(kernel, "persisted", PERSISTED)
        assert log.read_text().splitlines() == ["disk 4", "memory 4"]
        kernel.km.restart_kernel(now=True)
        kernel.kc.wait_for_ready(timeout=60)
        kernel.execute("import nbstate", check=True)
        cell = app_cell(kernel, "persisted", PERSISTED)
        assert "values 40 400" in shown(kernel, cell)
        # Only the in-memory cache was lost with the kernel.
        assert log.read_text().splitlines() == ["disk 4", "memory 4", "memory 4"]
    assert (tmp_path / "disk-cache" / "cache.db").exists()


def test_the_spinner_shows_on_the_page_while_a_cached_function_runs(
    kernel: KernelFrontend,
) -> None:
    body = """
import time
@st.cache_data
def slow_report():
    time.sleep(0.3)
    return "slow report done"
st.write(slow_report())
"""
    kernel.recent.clear()  # the iopub messages of this cell only
    cell = app_cell(kernel, "spinner", body)
    sent = [json.dumps(msg["content"]) for msg in kernel.recent]
    assert any("Running `slow_report()`." in text for text in sent)  # shown while it ran
    assert "slow report done" in shown(kernel, cell)
    assert "Running" not in shown(kernel, cell)  # and gone after
    # A hit shows no spinner at all.
    kernel.recent.clear()
    app_cell(kernel, "spinner", body)
    sent = [json.dumps(msg["content"]) for msg in kernel.recent]
    assert sent and not any("Running `slow_report()`." in text for text in sent)


def test_a_cache_hit_shows_the_elements_again_in_the_page(kernel: KernelFrontend) -> None:
    # Issue 16 item 16: the elements a cached function showed are shown on every hit; a
    # widget in it is shown (with Streamlit's CachedWidgetWarning) and stays usable.
    cell = app_cell(
        kernel,
        "replay",
        """
@st.cache_data
def report(n):
    CALLS.append(("report", n))
    st.markdown(f"**report {n}** computed")
    st.checkbox("Inside the cache", key="cached_box")
    return n
report(7)
st.slider("Other", 0, 9, 1, key="other")
""",
    )
    assert "report 7 computed" in shown(kernel, cell)
    assert "CachedWidgetWarning" in shown(kernel, cell)
    kernel.set_value(kernel.find_one("nbstate-key-other", within=cell), 4)  # a rerun: a hit
    assert plain(
        kernel, "import json; print(json.dumps([c for c in CALLS if isinstance(c, tuple)]))"
    ) == [["report", 7]]
    page = shown(kernel, cell)
    assert "report 7 computed" in page and "CachedWidgetWarning" in page
    kernel.set_value(kernel.find_one("nbstate-key-cached_box", within=cell), True)
    assert "report 7 computed" in shown(kernel, cell)  # the app still runs


SHARED = """
import os
@st.cache_data(persist="disk")
def table(n):
    with open("computed.log", "a") as log:
        log.write(f"table {n} in {os.getpid()}\\n")
    return list(range(n))
@st.cache_resource
def model():
    with open("computed.log", "a") as log:
        log.write(f"model in {os.getpid()}\\n")
    return {"weights": 3}
st.write("rows", len(table(5)), "weights", model()["weights"])
"""


def test_two_sessions_of_one_server_share_the_disk_cache_but_not_resources(
    tmp_path: Path,
) -> None:
    """Two visitors of one Voilà/JupyterHub server are two kernels: a `persist="disk"`
    value computed by one is a hit for the other; a `cache_resource` is built in each."""
    env = {"NBSTATE_CACHE_DIR": str(tmp_path / "disk-cache")}
    log = tmp_path / "computed.log"
    with (
        KernelFrontend(cwd=tmp_path, env=env) as first,
        KernelFrontend(cwd=tmp_path, env=env) as second,
    ):
        pids = []
        for kernel in (first, second):
            kernel.execute("import nbstate", check=True)
            cell = app_cell(kernel, "shared", SHARED)
            assert "rows 5 weights 3" in shown(kernel, cell)
            pids.append(plain(kernel, "import os, json; print(json.dumps(os.getpid()))"))
    assert pids[0] != pids[1]
    assert log.read_text().splitlines() == [
        f"table 5 in {pids[0]}",  # computed once, by the first session
        f"model in {pids[0]}",
        f"model in {pids[1]}",  # a resource lives in each kernel
    ]
