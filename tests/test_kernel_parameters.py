"""Streamlit 1.67 parameters whose effect is in the browser, driven from a real kernel."""

from __future__ import annotations

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

CHECKED = """
%%rerun
import nbstate as st
st.text_input("Name", "Ann", key="name", required=True)
st.text_input("Digits", key="digits", validate=(r"^[0-9]+$", "digits only"), live=True)
st.code(repr((st.session_state.name, st.session_state.digits)))
"""


def test_the_browser_checks_of_text_input_keep_failing_values_out(
    kernel: KernelFrontend,
) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(CHECKED.strip(), cell_id="checked")
    cell.raise_for_error()
    name = kernel.find_one("nbstate-key-name", within=cell)
    digits = kernel.find_one("nbstate-key-digits", within=cell)
    assert kernel.model(digits)["continuous_update"] is True  # live=True
    assert kernel.model(name)["continuous_update"] is False
    kernel.set_value(name, "   ")  # required: an empty value is not sent
    kernel.set_value(digits, "12a")  # does not match `validate`
    shown = kernel.text(kernel.find_one("nbstate-code", within=cell))
    assert shown == "('Ann', '')"
    assert kernel.model(name)["value"] == "Ann"  # the box shows the value kept
    kernel.set_value(digits, "123")
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "('Ann', '123')"


REQUIRED = """
%%rerun
import datetime as dt
import nbstate as st
st.time_input("When", dt.time(9, 30), key="when", required=True, format="12h")
st.text_area("Notes", "n", key="notes", required=True)
st.code(repr((st.session_state.when, st.session_state.notes)))
"""


def test_a_required_widget_does_not_send_an_empty_value(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(REQUIRED.strip(), cell_id="required")
    cell.raise_for_error()
    kernel.set_value(kernel.find_one("nbstate-key-when", within=cell), None)
    kernel.set_value(kernel.find_one("nbstate-key-notes", within=cell), "")
    shown = kernel.text(kernel.find_one("nbstate-code", within=cell))
    assert shown == "(datetime.time(9, 30), 'n')"


REQUIRED_CHOICE = """
%%rerun
import nbstate as st
st.selectbox("Pick", ["x", "y"], key="pick", required=True)
st.number_input("Count", value=5, key="count", required=True)
st.code(repr((st.session_state.pick, st.session_state.count)))
"""


def test_a_required_selectbox_or_number_input_cannot_be_emptied(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute(REQUIRED_CHOICE.strip(), cell_id="required_choice")
    cell.raise_for_error()
    pick = kernel.find_one("nbstate-key-pick", within=cell)
    kernel.set_state(pick, {"index": None})
    kernel.set_value(kernel.find_one("nbstate-key-count", within=cell), None)
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "('x', 5)"
    kernel.set_state(pick, {"index": 1})
    assert kernel.text(kernel.find_one("nbstate-code", within=cell)) == "('y', 5)"
