"""Soak: 10,000 interactions with a demo app in a real kernel.

The app is the to-do app of notebooks/09-complete-app.ipynb with a "Ping" button and a count
of the click callbacks. The frontend sends its messages in bursts, without waiting for the
kernel in between (as a browser does while the kernel is busy), and waits for the kernel to
settle only between bursts. Checked at the end: every click ran its callback exactly once,
the last value sent to each checkbox is in session_state, the live comms are the same as
after the warm-up (no widget leaks), and the kernel's memory stayed flat.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from frontend import KernelFrontend

pytestmark = [pytest.mark.kernel, pytest.mark.soak]

INTERACTIONS = 10_000
#: Messages sent without waiting; then the frontend waits for the kernel to settle. A burst
#: of 50 makes the kernel send a few hundred messages back. (Much larger bursts made it send
#: thousands at once, and then ipykernel's iopub socket, whose high-water mark is zmq's
#: default of 1,000 messages, dropped some of them: a comm_close the frontend never saw.)
BURST = 50
WARM_UP = 1_000
#: Flat memory, after the warm-up:
#: - Python objects: ``sys.getallocatedblocks()`` after ``gc.collect()`` may grow by the
#:   digests jupyter_client's Session keeps of every message received (replay protection,
#:   one bytes object each, capped at 65,536) plus at most this many blocks. Measured: 270 to
#:   490. One object leaked per interaction would be 9,000.
BLOCKS_TOLERANCE = 2_000
#: - Resident memory (VmRSS) of the kernel process. Measured: +2.4 to +2.9 MiB (+4.6 MiB at
#:   most with other burst sizes), about 2 MiB of it the digests above (a bytes object and a
#:   set slot per message), the rest the allocator's arenas. 6 MiB is passed by a leak of 700
#:   bytes per interaction; a leaked widget (a model, its layout and style, their comms) is
#:   several KiB. The block count above catches smaller leaks.
RSS_TOLERANCE_KIB = 6 * 1024

APP = """
import datetime as dt

st.session_state.setdefault("click_calls", 0)
if "todos" not in st.session_state:
    st.session_state.todos = [
        {"task": f"Task {i}", "done": False, "due": dt.date(2024, 1, 1 + i)} for i in range(6)
    ]

def ping():
    st.session_state.click_calls += 1

def add_todo():
    st.session_state.click_calls += 1
    task = st.session_state.new_task.strip()
    if task:
        st.session_state.todos.append({"task": task, "done": False, "due": st.session_state.new_due})

def toggle(index):
    st.session_state.todos[index]["done"] = st.session_state[f"done_{index}"]

st.title("To-do")
show = st.sidebar.radio("Show", ["All", "Open", "Done"], key="show")
st.sidebar.caption("Filters live in the sidebar.")
st.button("Ping", key="ping", on_click=ping)

with st.form("add", clear_on_submit=True):
    st.text_input("Task", key="new_task")
    st.date_input("Due", dt.date(2024, 1, 1), key="new_due")
    st.form_submit_button("Add", on_click=add_todo)

for index, todo in enumerate(st.session_state.todos):
    if (show == "Open" and todo["done"]) or (show == "Done" and not todo["done"]):
        continue
    st.checkbox(f"{todo['task']} (due {todo['due']:%b %d})", value=todo["done"], key=f"done_{index}",
                on_change=toggle, args=(index,))

done = sum(todo["done"] for todo in st.session_state.todos)
st.progress(done / len(st.session_state.todos), text=f"{done} of {len(st.session_state.todos)} done")
st.metric("Open tasks", len(st.session_state.todos) - done)
"""


def kernel_rss_kib(kernel: KernelFrontend) -> int:
    pid = kernel.km.provisioner.process.pid
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS line")


def kernel_facts(kernel: KernelFrontend) -> dict:
    """Counts the kernel itself reports: open comms, and what session state holds."""
    result = kernel.execute(
        "import json, gc, sys, nbstate\n"
        "gc.collect()\n"
        "_ss = nbstate.session_state\n"
        "print(json.dumps({'comms': len(get_ipython().kernel.comm_manager.comms),"
        " 'blocks': sys.getallocatedblocks(),"
        " 'digests': len(get_ipython().kernel.session.digest_history),"
        " 'click_calls': _ss.click_calls,"
        " 'done': [t['done'] for t in _ss.todos],"
        " 'todos': len(_ss.todos)}))",
        store_history=False,
    )
    result.raise_for_error()
    return json.loads(result.stdout)


def test_ten_thousand_interactions_leak_nothing_and_lose_no_callback(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute("%%rerun\nimport nbstate as st\n" + APP, cell_id="soak")
    cell.raise_for_error()
    rng = random.Random(1234)
    ping = kernel.find_one("nbstate-key-ping", within=cell)
    add = kernel.find_one("nbstate-key-FormSubmitter-add-Add", within=cell)
    show = kernel.find_one("nbstate-key-show", within=cell)
    sent = clicks = 0
    last_done: dict[int, bool] = {}
    baseline: dict | None = None
    rss: list[int] = []
    started = time.monotonic()
    for burst in range(INTERACTIONS // BURST):
        # Even bursts start with every checkbox shown ("All") and toggle them; they end by
        # changing the filter. Odd bursts change the filter between clicks (checkboxes
        # come and go: widgets are created and closed), and end on "All".
        toggling = burst % 2 == 0
        boxes = {
            index: kernel.find_one(f"nbstate-key-done_{index}", within=cell)
            for index in range(6)
            if toggling
        }
        for _ in range(BURST - 1):
            roll = rng.random()
            if roll < 0.4:
                button = ping if roll < 0.3 else add
                kernel._send_comm_msg(button, {"method": "custom", "content": {"event": "click"}})
                clicks += 1
            elif toggling:
                index = rng.randrange(6)
                last_done[index] = value = rng.random() < 0.5
                update = {"method": "update", "state": {"value": value}, "buffer_paths": []}
                kernel._send_comm_msg(boxes[index], update)
            else:
                update = {
                    "method": "update",
                    "state": {"index": rng.randrange(3)},
                    "buffer_paths": [],
                }
                kernel._send_comm_msg(show, update)
        index = rng.randrange(3) if toggling else 0
        kernel._send_comm_msg(
            show, {"method": "update", "state": {"index": index}, "buffer_paths": []}
        )
        sent += BURST
        kernel.wait_settled(timeout=60)
        rss.append(kernel_rss_kib(kernel))
        if sent in (WARM_UP, INTERACTIONS):
            assert kernel.model(show)["index"] == 0  # "All": every checkbox is shown
            facts = kernel_facts(kernel)
            facts["models"] = len(kernel.widgets.models)
            facts["rss"] = kernel_rss_kib(kernel)
            baseline = baseline or facts
    elapsed = time.monotonic() - started
    final = facts
    blocks = (final["blocks"] - baseline["blocks"]) - (final["digests"] - baseline["digests"])
    report = (
        f"{sent} interactions ({clicks} clicks) in {elapsed:.1f} s; comms {baseline['comms']} "
        f"-> {final['comms']}, frontend models {baseline['models']} -> {final['models']}; "
        f"kernel RSS {baseline['rss']} KiB after warm-up -> {final['rss']} KiB "
        f"(min {min(rss)}, max {max(rss)}); Python blocks {baseline['blocks']} -> "
        f"{final['blocks']}, of which {final['digests'] - baseline['digests']} message digests"
    )
    print(report)
    assert final["click_calls"] == clicks, report  # every click ran its callback once
    assert final["todos"] == 6  # the Add clicks had an empty task: nothing added
    for index, value in last_done.items():
        assert final["done"][index] == value, (index, report)
    assert final["comms"] == baseline["comms"], report
    assert final["models"] == baseline["models"], report
    assert blocks <= BLOCKS_TOLERANCE, report
    assert final["rss"] - baseline["rss"] <= RSS_TOLERANCE_KIB, report
    assert not kernel.unrouted, kernel.unrouted[:3]
    text = kernel.text(cell)
    assert "Error" not in text and "Traceback" not in text
