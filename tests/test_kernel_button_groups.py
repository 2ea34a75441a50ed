"""st.pills, st.segmented_control and st.feedback in a real kernel: a click in the browser
(the ``value`` update the ButtonGroup anywidget's view sends) reaches the script."""

from __future__ import annotations

import json

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

CELL = """
%%rerun
import json
import nbstate as st
st.pills("Pills", ["a", "b", "c"], key="bg_pills")
st.segmented_control("Seg", [1, 2, 3], selection_mode="multi", default=[1], key="bg_seg")
st.feedback("stars", key="bg_stars")
shown = {k: repr(v) for k, v in st.session_state.items() if k.startswith("bg_")}
st.code(json.dumps(shown, sort_keys=True))
"""


def shown(kernel: KernelFrontend, cell) -> dict[str, str]:
    return json.loads(kernel.text(kernel.find_one("nbstate-code", within=cell)))


def test_clicks_on_button_groups_reach_the_script(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(CELL.strip(), cell_id="button_groups")
    cell.raise_for_error()
    assert shown(kernel, cell) == {"bg_pills": "None", "bg_seg": "[1]", "bg_stars": "None"}
    pills = kernel.find_one("nbstate-key-bg_pills", within=cell)
    assert kernel.model(pills)["options"] == ["a", "b", "c"]
    kernel.set_value(pills, [2])  # the click on "c"
    assert shown(kernel, cell)["bg_pills"] == "'c'"
    kernel.set_value(kernel.find_one("nbstate-key-bg_seg", within=cell), [0, 2])
    kernel.set_value(kernel.find_one("nbstate-key-bg_stars", within=cell), [3])
    assert shown(kernel, cell) == {"bg_pills": "'c'", "bg_seg": "[1, 3]", "bg_stars": "3"}
    kernel.set_value(pills, [])  # a click on the chosen pill clears it
    assert shown(kernel, cell)["bg_pills"] == "None"
    # an index that is no option is ignored: the widget keeps (and shows) its value
    kernel.set_value(pills, [7])
    assert shown(kernel, cell)["bg_pills"] == "None"
    assert kernel.model(pills)["value"] == []


MORE = """
%%rerun
import datetime as dt
import json
import nbstate as st
pop = st.popover("More", key="k_pop", on_change="rerun")
pop.text("inside")
st.menu_button("Act", ["copy", "paste"], key="k_menu")
st.pagination(5, key="k_page")
st.datetime_input("When", dt.datetime(2024, 5, 1, 10, 30), key="k_when")
shown = {k: repr(v) for k, v in st.session_state.items() if k.startswith("k_")}
shown["open"] = repr(pop.open)
st.code(json.dumps(shown, sort_keys=True))
"""


def test_popover_menu_pagination_and_datetime_from_the_browser(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(MORE.strip(), cell_id="more_widgets")
    cell.raise_for_error()
    assert shown(kernel, cell)["open"] == "False"
    popover = kernel.find_one("nbstate-key-k_pop", within=cell)
    button = kernel.model(popover)["children"][0]
    kernel.set_value(button, True)  # the user opens the popover
    assert shown(kernel, cell)["open"] == "True"
    kernel.set_state(kernel.find_one("nbstate-key-k_page", within=cell), {"index": 3})
    assert shown(kernel, cell)["k_page"] == "4"
    when = kernel.find_one("nbstate-key-k_when", within=cell)
    date = {"year": 2025, "month": 0, "date": 2, "hours": 8, "minutes": 15, "seconds": 0,
            "milliseconds": 0}  # fmt: skip
    kernel.set_value(when, date)
    assert shown(kernel, cell)["k_when"] == "datetime.datetime(2025, 1, 2, 8, 15)"
    # a menu choice is a click: the run it causes sees the option; the menu shows its label
    kernel.set_state(kernel.find_one("nbstate-key-k_menu", within=cell), {"index": 2})
    assert shown(kernel, cell)["k_menu"] == "'paste'"
    assert kernel.model(kernel.find_one("nbstate-key-k_menu", within=cell))["index"] == 0
    kernel.set_state(kernel.find_one("nbstate-key-k_page", within=cell), {"index": 0})
    assert shown(kernel, cell)["k_menu"] == "None"  # the next run: None again, as a button
