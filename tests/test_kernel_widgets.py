"""Every widget type in a real kernel, changed with the message its browser view sends."""

from __future__ import annotations

import json

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

GALLERY = """
%%rerun
import datetime as dt
import nbstate as st
st.toggle("Toggle", key="w_toggle")
st.radio("Radio", ["a", "b", "c"], key="w_radio")
st.selectbox("Select", ["a", "b", "c"], key="w_select")
st.multiselect("Multi", ["a", "b", "c"], key="w_multi")
st.select_slider("Size", ["S", "M", "L"], key="w_size")
st.number_input("Number", 0, 10, key="w_number")
st.date_input("Date", dt.date(2024, 1, 31), key="w_date")
st.time_input("Time", dt.time(12, 30), key="w_time")
st.color_picker("Color", "#000000", key="w_color")
st.text_area("Area", key="w_area")
st.slider("Range", 0, 10, (2, 5), key="w_range")
shown = {k: str(v) for k, v in st.session_state.items() if k.startswith("w_")}
st.code(__import__("json").dumps(shown, sort_keys=True))
"""

# (key, state a browser view sends, value the script then sees, as str)
CHANGES = [
    ("w_toggle", {"value": True}, "True"),
    ("w_radio", {"index": 2}, "c"),
    ("w_select", {"index": 1}, "b"),
    ("w_multi", {"index": [2, 0]}, "['c', 'a']"),
    ("w_size", {"index": 2}, "L"),
    ("w_number", {"value": 7}, "7"),
    ("w_date", {"value": {"year": 2025, "month": 1, "date": 14}}, "2025-02-14"),
    ("w_time", {"value": {"hours": 9, "minutes": 15, "seconds": 0, "milliseconds": 0}}, "09:15:00"),
    ("w_color", {"value": "#ff0000"}, "#ff0000"),
    ("w_area", {"value": "two\nlines"}, "two\nlines"),
    ("w_range", {"value": [3, 8]}, "(3, 8)"),
]


@pytest.fixture(scope="module")
def gallery(kernel: KernelFrontend):
    kernel.execute("import nbstate", check=True)
    result = kernel.execute(GALLERY.strip(), cell_id="gallery")
    result.raise_for_error()
    return result


def shown_values(kernel: KernelFrontend, cell) -> dict[str, str]:
    code = kernel.find_one("nbstate-code", within=cell)
    return json.loads(kernel.text(code))


@pytest.mark.parametrize(("key", "state", "expected"), CHANGES, ids=[c[0] for c in CHANGES])
def test_widget_change_from_the_browser_reaches_the_script(
    kernel: KernelFrontend, gallery, key: str, state: dict, expected: str
) -> None:
    kernel.set_state(kernel.find_one(f"nbstate-key-{key}", within=gallery), state)
    assert shown_values(kernel, gallery)[key] == expected


OPTION_3 = """
begin = st.container()
if st.button('Clear name', key='o3_clear'):
    st.session_state.o3_name = ''
if st.button('Streamlit!', key='o3_streamlit'):
    st.session_state.o3_name = ('Streamlit')
# The widget is second in logic, but first in display
begin.text_input('Name', key='o3_name')
"""


def test_seed_option_3_containers_in_a_kernel(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute("%%rerun\nimport nbstate as st\n" + OPTION_3, cell_id="option3")
    name = kernel.find_one("nbstate-key-o3_name", within=cell)
    assert kernel.descendants(cell).index(name) < kernel.descendants(cell).index(
        kernel.find_one("nbstate-key-o3_clear", within=cell)
    )  # first in display
    kernel.click(kernel.find_one("nbstate-key-o3_streamlit", within=cell))
    assert kernel.model(name)["value"] == "Streamlit"
    kernel.click(kernel.find_one("nbstate-key-o3_clear", within=cell))
    assert kernel.model(name)["value"] == ""


ROWS = """
def display_input_row(index):
    left, middle, right = st.columns(3)
    left.text_input('First', key=f'first_{index}')
    middle.text_input('Middle', key=f'middle_{index}')
    right.text_input('Last', key=f'last_{index}')

if 'rows' not in st.session_state:
    st.session_state['rows'] = 0

def increase_rows():
    st.session_state['rows'] += 1

st.button('Add person', on_click=increase_rows, key='add_person')

for i in range(st.session_state['rows']):
    display_input_row(i)

# Show the results
st.subheader('People')
for i in range(st.session_state['rows']):
    st.write(
        f'Person {i+1}:',
        st.session_state[f'first_{i}'],
        st.session_state[f'middle_{i}'],
        st.session_state[f'last_{i}']
    )
"""


def test_seed_dynamic_rows_in_a_kernel(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)
    cell = kernel.execute("%%rerun\nimport nbstate as st\n" + ROWS, cell_id="rows")
    add = kernel.find_one("nbstate-key-add_person", within=cell)
    kernel.click(add)
    first_0 = kernel.find_one("nbstate-key-first_0", within=cell)
    kernel.set_value(first_0, "Ada")
    before = kernel.counts.copy()
    kernel.click(add)
    assert (kernel.counts - before)["comm_open"] > 0  # the new row's widgets
    assert kernel.find_one("nbstate-key-first_0", within=cell) == first_0  # row 0 kept
    kernel.set_value(kernel.find_one("nbstate-key-last_1", within=cell), "Turing")
    shown = kernel.text(cell)
    assert "Person 1: Ada" in shown and "Person 2: Turing" in shown


def test_a_displayed_app_puts_nbstate_stylesheet_on_the_page(kernel: KernelFrontend, gallery):
    """One stylesheet model per kernel, carrying the scoped CSS (nbstate/static/nbstate.css)."""
    sheets = [m for m in kernel.widgets.models.values() if ".nbstate-app" in str(m.get("css"))]
    assert len(sheets) == 1
    assert "nbstate-stylesheet" in sheets[0]["_esm"]
    kernel.execute("%%rerun\nimport nbstate as st\nst.write('a second app')", cell_id="second")
    sheets = [m for m in kernel.widgets.models.values() if ".nbstate-app" in str(m.get("css"))]
    assert len(sheets) == 1  # not one per app
