"""nbstate in a real ipykernel, driven with the comm messages JupyterLab sends."""

from __future__ import annotations

import json
import time
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
    return json.loads(result.stdout)


def app_cell(kernel: KernelFrontend, cell_id: str, body: str):
    """Run a %%rerun cell and return its result (its output is the app area)."""
    result = kernel.execute("%%rerun\nimport nbstate as st\n" + body, cell_id=cell_id)
    result.raise_for_error()
    assert len(result.model_ids) == 1, result.outputs
    return result


@pytest.fixture(scope="module", autouse=True)
def _import_nbstate(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)


GET_METHOD = """
# Use the get method since the keys won't be in session_state
# on the first script run
if st.session_state.get('clear'):
    st.session_state['name'] = ''
if st.session_state.get('streamlit'):
    st.session_state['name'] = 'Streamlit'

st.text_input('Name', key='name')

st.button('Clear name', key='clear')
st.button('Streamlit!', key='streamlit')
"""


def test_seed_get_method_example(kernel: KernelFrontend) -> None:
    cell = app_cell(kernel, "seed-get", GET_METHOD)
    name = kernel.find_one("nbstate-key-name", within=cell)
    assert state(kernel)["name"] == ""
    kernel.set_value(name, "Bob")
    assert state(kernel)["name"] == "Bob"
    kernel.click(kernel.find_one("nbstate-key-streamlit", within=cell))
    assert kernel.model(name)["value"] == "Streamlit"
    current = state(kernel)
    assert (current["name"], current["streamlit"], current["clear"]) == ("Streamlit", False, False)
    kernel.click(kernel.find_one("nbstate-key-clear", within=cell))
    assert kernel.model(name)["value"] == ""
    assert state(kernel)["name"] == ""


CALLBACK = """
st.text_input('Name', key='cb_name')

def set_name(name):
    st.session_state.cb_name = name

st.button('Clear name', on_click=set_name, args=[''], key='cb_clear')
st.button('Streamlit!', on_click=set_name, args=['Streamlit'], key='cb_streamlit')
"""


def test_seed_callback_example_reuses_widgets_and_opens_no_comm(kernel: KernelFrontend) -> None:
    cell = app_cell(kernel, "seed-callback", CALLBACK)
    name = kernel.find_one("nbstate-key-cb_name", within=cell)
    button = kernel.find_one("nbstate-key-cb_streamlit", within=cell)
    before = kernel.counts.copy()
    kernel.click(button)
    assert kernel.model(name)["value"] == "Streamlit"
    assert state(kernel)["cb_name"] == "Streamlit"
    # Same models as before: the rerun changed a value, it rebuilt nothing.
    assert kernel.find_one("nbstate-key-cb_name", within=cell) == name
    assert (kernel.counts - before)["comm_open"] == 0
    kernel.click(kernel.find_one("nbstate-key-cb_clear", within=cell))
    assert kernel.model(name)["value"] == ""


def test_a_rerun_that_changes_nothing_visible_sends_no_comm_open_and_few_messages(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "quiet",
        "for i in range(20):\n    st.slider(f'q{i}', 0, 10, key=f'q{i}')\nst.write('done')",
    )
    rerun = kernel.find_one("nbstate-rerun", within=cell)
    # The first run builds 20 sliders (~0.085 s here); at >= SLOW_STATUS (0.1 s) the next run
    # shows and clears "Running…" by design (2 updates). A warm-up rerun makes the measured
    # rerun follow a fast one.
    kernel.click(rerun)
    before = kernel.counts.copy()
    kernel.click(rerun)
    delta = kernel.counts - before
    assert delta["comm_open"] == 0
    assert delta["comm_msg:update"] == 0, delta


def test_exception_in_a_callback_is_shown_and_the_next_interaction_works(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "cb-error",
        """
def boom():
    st.session_state.before_error = "written"
    raise ValueError("boom in callback")
st.button("Explode", key="explode", on_click=boom)
st.write("count", st.session_state.setdefault("cb_runs", 0))
st.session_state.cb_runs += 1
""",
    )
    kernel.click(kernel.find_one("nbstate-key-explode", within=cell))
    shown = kernel.text(cell)
    assert "ValueError: boom in callback" in shown
    assert "line 6, in boom" in shown  # the line number of the cell as shown
    assert "count" not in shown  # the body did not run
    assert state(kernel)["before_error"] == "written"
    kernel.click(kernel.find_one("nbstate-rerun", within=cell))
    shown = kernel.text(cell)
    assert "ValueError" not in shown
    assert "count 1" in shown.replace("`", "")
    assert kernel.find("nbstate-key-explode", within=cell)


def test_exception_in_the_body_then_a_working_interaction(kernel: KernelFrontend) -> None:
    cell = app_cell(
        kernel,
        "body-error",
        "x = st.slider('X', 0, 10, key='bx')\nif x == 3:\n    1 / 0\nst.write('x is', x)",
    )
    slider = kernel.find_one("nbstate-key-bx", within=cell)
    kernel.set_value(slider, 3)
    assert "ZeroDivisionError: division by zero" in kernel.text(cell)
    kernel.set_value(slider, 5)
    shown = kernel.text(cell)
    assert "ZeroDivisionError" not in shown
    assert "x is 5" in shown.replace("`", "")
    assert state(kernel)["bx"] == 5


def test_print_and_display_of_runs_and_callbacks_land_in_the_app_area_in_order(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "printing",
        """
def cb():
    print("from the callback")
st.button("Go", key="print_go", on_click=cb)
print("body first")
st.write("middle")
from IPython.display import display, HTML
display(HTML("<b>displayed</b>"))
""",
    )
    kernel.click(kernel.find_one("nbstate-key-print_go", within=cell))
    texts = [t.strip() for t in kernel.texts(cell) if t.strip()]
    order = ["from the callback", "Go", "body first", "middle", "displayed"]
    positions = [next(i for i, t in enumerate(texts) if want in t) for want in order]
    assert positions == sorted(positions), texts
    assert not kernel.unrouted, "output went to no cell"


def test_two_rerun_cells_share_state_and_plain_cells_read_and_write_it(
    kernel: KernelFrontend,
) -> None:
    writer = app_cell(
        kernel,
        "shared-writer",
        "def inc():\n    st.session_state.shared = st.session_state.get('shared', 0) + 1\n"
        "st.button('Inc', key='shared_inc', on_click=inc)",
    )
    reader = app_cell(
        kernel, "shared-reader", "st.write('shared is', st.session_state.get('shared'))"
    )
    kernel.click(kernel.find_one("nbstate-key-shared_inc", within=writer))
    kernel.click(kernel.find_one("nbstate-key-shared_inc", within=writer))
    assert state(kernel)["shared"] == 2
    # A plain cell that assigns the key reruns the app that shows it.
    kernel.execute("import nbstate as st\nst.session_state.shared = 40", check=True)
    kernel.wait_settled()
    assert "shared is 40" in kernel.text(reader).replace("`", "")
    # Shift+Enter on the reader reruns it in place, keeping the app and the state.
    reader = app_cell(kernel, "shared-reader", "st.write('now', st.session_state.get('shared'))")
    assert "now 40" in kernel.text(reader).replace("`", "")


def test_one_key_in_two_live_apps_is_an_error_naming_the_other_cell(kernel: KernelFrontend) -> None:
    app_cell(kernel, "dup-a", "st.checkbox('A', key='dup_key')")
    second = app_cell(kernel, "dup-b", "st.checkbox('B', key='dup_key')")
    shown = kernel.text(second)
    assert "NbStateDuplicateElementKey" in shown
    assert "dup_key" in shown and "dup-a" in shown


def test_plain_import_app_function(kernel: KernelFrontend) -> None:
    result = kernel.execute(
        """
import nbstate as st

@st.app
def counter():
    st.session_state.setdefault("fn_count", 0)
    if st.button("More", key="fn_more"):
        st.session_state.fn_count += 1
    st.write("fn count", st.session_state.fn_count)
""",
        cell_id="plain-app",
    )
    result.raise_for_error()
    kernel.click(kernel.find_one("nbstate-key-fn_more", within=result))
    assert "fn count 1" in kernel.text(result).replace("`", "")


def test_form_in_a_kernel_holds_values_until_submit(kernel: KernelFrontend) -> None:
    cell = app_cell(
        kernel,
        "form",
        """
st.session_state.form_runs = st.session_state.get("form_runs", 0) + 1
log = st.session_state.setdefault("form_log", [])
def form_callback():
    log.append([st.session_state.my_slider, st.session_state.my_checkbox])
with st.form(key='my_form'):
    slider_input = st.slider('My slider', 0, 10, 5, key='my_slider')
    checkbox_input = st.checkbox('Yes or No', key='my_checkbox')
    submit_button = st.form_submit_button(label='Submit', on_click=form_callback)
st.text_input("outside", key="form_outside")
""",
    )
    runs = state(kernel)["form_runs"]
    slider = kernel.find_one("nbstate-key-my_slider", within=cell)
    kernel.set_value(slider, 8)
    kernel.set_value(kernel.find_one("nbstate-key-my_checkbox", within=cell), True)
    now = state(kernel)
    assert now["form_runs"] == runs  # no run happened
    assert (now["my_slider"], now["my_checkbox"]) == (5, False)
    kernel.set_value(kernel.find_one("nbstate-key-form_outside", within=cell), "typed")
    assert kernel.model(slider)["value"] == 8  # the user's input survived the outside rerun
    kernel.click(kernel.find_one("nbstate-key-FormSubmitter-my_form-Submit", within=cell))
    now = state(kernel)
    assert now["form_runs"] == runs + 2  # the outside change, then exactly one for the submit
    assert now["form_log"] == [[8, True]]


def page_decisions(kernel: KernelFrontend) -> list[str]:
    """What the kernel's page tracker decided for each new page so far."""
    result = kernel.execute(
        "import json, nbstate.session\nprint(json.dumps(nbstate.session.page_tracker().decisions))",
        store_history=False,
    )
    result.raise_for_error()
    return json.loads(result.stdout)


def wait_for_page_decision(kernel: KernelFrontend, count: int, timeout: float = 30.0) -> str:
    """Wait until the tracker has decided about `count` new pages; return the last decision.

    The tracker pings the old page and decides PING_TIMEOUT seconds later on the kernel's
    event loop, which runs between the short cells this sends.
    """
    deadline = time.monotonic() + timeout
    while len(decisions := page_decisions(kernel)) < count:
        assert time.monotonic() < deadline, f"no decision about page {count}: {decisions}"
        time.sleep(0.05)
    assert len(decisions) == count, decisions
    kernel.wait_settled()
    return decisions[-1]


def reload_app(kernel: KernelFrontend):
    """An app that counts its runs, shown on a page with the id "first-page"; its probe."""
    kernel.execute("import nbstate", check=True)
    cell = app_cell(
        kernel, "reload", "st.session_state.setdefault('visits', 0)\nst.session_state.visits += 1"
    )
    probe = next(
        mid
        for mid, model in kernel.widgets.models.items()
        if "__nbstate_page_id" in str(model.get("_esm", ""))
    )
    kernel.send_custom(probe, {"event": "page", "page_id": "first-page"})
    kernel.click(kernel.find_one("nbstate-rerun", within=cell))
    assert state(kernel)["visits"] == 2
    return probe


def test_page_reload_resets_state_but_a_second_tab_does_not(fresh_kernel: KernelFrontend) -> None:
    kernel = fresh_kernel
    probe = reload_app(kernel)
    # A second tab: a new page id while the first page still answers the ping.
    kernel.send_custom(probe, {"event": "page", "page_id": "second-tab"})
    kernel.send_custom(probe, {"event": "pong", "page_id": "first-page"})
    assert wait_for_page_decision(kernel, 1) == "second tab"
    assert state(kernel)["visits"] == 2
    # A reload: a new page id, and the old page is gone (no answer).
    kernel.send_custom(probe, {"event": "page", "page_id": "reloaded-page"})
    assert wait_for_page_decision(kernel, 2) == "reload"
    assert state(kernel) == {"visits": 1}  # emptied, and the app ran again on empty state


def test_a_page_reload_keeps_state_with_reset_on_reload_off(fresh_kernel: KernelFrontend) -> None:
    kernel = fresh_kernel
    probe = reload_app(kernel)
    kernel.execute('nbstate.set_option("session.resetOnReload", False)', check=True)
    kernel.send_custom(probe, {"event": "page", "page_id": "reloaded-page"})
    assert wait_for_page_decision(kernel, 1) == "reload"
    assert state(kernel) == {"visits": 2}  # kept, and no run on empty state
    # The option back on: the next reload empties session state again.
    kernel.execute('nbstate.set_option("session.resetOnReload", True)', check=True)
    kernel.send_custom(probe, {"event": "page", "page_id": "reloaded-again"})
    assert wait_for_page_decision(kernel, 2) == "reload"
    assert state(kernel) == {"visits": 1}


def test_kernel_restart_gives_fresh_state_and_the_cell_works_again(
    fresh_kernel: KernelFrontend,
) -> None:
    kernel = fresh_kernel
    kernel.execute("import nbstate", check=True)
    app_cell(kernel, "restart", "st.session_state.setdefault('r', 0)\nst.session_state.r += 1")
    app_cell(kernel, "restart", "st.session_state.setdefault('r', 0)\nst.session_state.r += 1")
    assert state(kernel)["r"] == 2
    kernel.km.restart_kernel(now=True)
    kernel.kc.wait_for_ready(timeout=60)
    kernel.execute("import nbstate", check=True)
    app_cell(kernel, "restart", "st.session_state.setdefault('r', 0)\nst.session_state.r += 1")
    assert state(kernel)["r"] == 1


def test_file_upload_data_edit_and_download_click_from_the_frontend(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "files",
        """
import pandas as pd
f = st.file_uploader("Upload", key="k_up")
st.write("uploaded", "nothing" if f is None else f.read().decode())
edited = st.data_editor(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), key="k_ed")
st.write("b column", ",".join(edited["b"]))
def downloaded():
    st.session_state.k_downloads = st.session_state.get("k_downloads", 0) + 1
st.download_button("Get", "payload", file_name="p.txt", key="k_dl", on_click=downloaded)
""",
    )
    upload = kernel.find_one("nbstate-key-k_up", within=cell)
    kernel.set_state(
        upload,
        {
            "value": [
                {
                    "name": "n.txt",
                    "type": "text/plain",
                    "size": 5,
                    "last_modified": 0,
                    "content": b"hello",
                }
            ]
        },
    )
    assert "uploaded hello" in kernel.text(cell)
    grid = kernel.find_one("nbstate-key-k_ed", within=cell)
    kernel.send_custom(
        grid, {"event_type": "cell-changed", "row": 0, "column_index": 1, "value": "Q"}
    )
    assert "b column Q,y" in kernel.text(cell)
    assert state(kernel)["k_ed"] == {
        "edited_rows": {"0": {"b": "Q"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    download = kernel.find_one("nbstate-key-k_dl", within=cell)
    assert kernel.model(download)["file_name"] == "p.txt"
    kernel.send_custom(download, {"event": "click"})
    assert state(kernel)["k_downloads"] == 1


def test_a_burst_of_updates_during_a_slow_run_collapses_and_the_last_value_wins(
    kernel: KernelFrontend,
) -> None:
    cell = app_cell(
        kernel,
        "burst",
        """
import time
runs = st.session_state.setdefault("burst_runs", [])
value = st.slider("B", 0, 100, key="burst")
runs.append(value)
clicks = st.session_state.setdefault("burst_clicks", 0)
def clicked():
    st.session_state.burst_clicks += 1
st.button("Click", key="burst_click", on_click=clicked)
if value:
    time.sleep(0.2)
""",
    )
    slider = kernel.find_one("nbstate-key-burst", within=cell)
    button = kernel.find_one("nbstate-key-burst_click", within=cell)
    before = len(state(kernel)["burst_runs"])
    # As a browser whose messages queue up while the kernel is busy: no waiting in between.
    for value in range(1, 51):
        kernel._send_comm_msg(
            slider, {"method": "update", "state": {"value": value}, "buffer_paths": []}
        )
    for _ in range(3):
        kernel._send_comm_msg(button, {"method": "custom", "content": {"event": "click"}})
    kernel.wait_settled()
    time.sleep(1.5)  # the last runs (0.2 s each) end after the settle request was answered
    kernel.wait_settled()
    now = state(kernel)
    runs = now["burst_runs"][before:]
    assert runs[-1] == 50 and now["burst"] == 50
    assert now["burst_clicks"] == 3  # every click counts
    assert len(runs) <= 3 + 3, runs  # at most 3 runs for the values, plus one per click


def test_streamlit_echo_bot_tutorial_in_a_kernel(kernel: KernelFrontend) -> None:
    from test_apptest_compat import ECHO_BOT

    result = kernel.execute(
        "%%rerun\n" + ECHO_BOT.replace("messages", "echo_messages"), cell_id="echo"
    )
    result.raise_for_error()
    box = kernel.find_one("nbstate-chat_input", within=result)
    for text in ("hello", "again"):
        # As the browser: the text syncs while typing, Enter sends a "submit" message.
        kernel.set_value(box, text)
        kernel.send_custom(box, {"event": "submit"})
    shown = kernel.text(result)
    assert shown.index("Echo: hello") < shown.index("again") < shown.index("Echo: again")
    assert kernel.model(box)["value"] == ""  # the box is emptied after each message
    assert len(state(kernel)["echo_messages"]) == 4


def test_clear_on_submit_in_a_kernel_resets_the_browser_widgets(kernel: KernelFrontend) -> None:
    cell = app_cell(
        kernel,
        "clear-form",
        """
log = st.session_state.setdefault("cf_log", [])
def on_submit():
    log.append([st.session_state.cf_x, st.session_state.cf_y])
with st.form("cf", clear_on_submit=True):
    st.text_input("X", key="cf_x")
    st.slider("Y", 0, 10, key="cf_y")
    st.form_submit_button("Go", on_click=on_submit, key="cf_go")
""",
    )
    x = kernel.find_one("nbstate-key-cf_x", within=cell)
    y = kernel.find_one("nbstate-key-cf_y", within=cell)
    kernel.set_value(x, "hello")
    kernel.set_value(y, 5)
    kernel.click(kernel.find_one("nbstate-key-cf_go", within=cell))
    now = state(kernel)
    assert now["cf_log"] == [["hello", 5]]
    assert (now["cf_x"], now["cf_y"]) == ("hello", 5)  # session state keeps the submitted values
    assert (kernel.model(x)["value"], kernel.model(y)["value"]) == ("", 0)  # the page is cleared
    kernel.click(kernel.find_one("nbstate-key-cf_go", within=cell))
    assert state(kernel)["cf_log"] == [["hello", 5], ["", 0]]
