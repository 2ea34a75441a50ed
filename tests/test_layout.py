"""Layout containers: with-blocks, method calls, late writes, placeholders, sidebar."""

from __future__ import annotations

import ipywidgets as W
import pytest

from nbstate.testing import AppTest

OPTION_3 = """
import nbstate as st
begin = st.container()
if st.button('Clear name'):
    st.session_state.name = ''
if st.button('Streamlit!'):
    st.session_state.name = ('Streamlit')
# The widget is second in logic, but first in display
begin.text_input('Name', key='name')
"""


def test_seed_option_3_widget_written_late_appears_first_and_buttons_work() -> None:
    at = AppTest.from_string(OPTION_3).run()
    assert [e.type for e in at.main][:2] == ["flex_container", "text_input"]  # Streamlit 1.67 type
    at.text_input(key="name").input("Bob").run()
    at.button[1].click().run()
    assert at.session_state.name == "Streamlit"
    assert at.text_input[0].value == "Streamlit"
    at.button[0].click().run()
    assert at.session_state.name == ""


DYNAMIC_ROWS = """
import nbstate as st

def display_input_row(index):
    left, middle, right = st.columns(3)
    left.text_input('First', key=f'first_{index}')
    middle.text_input('Middle', key=f'middle_{index}')
    right.text_input('Last', key=f'last_{index}')

if 'rows' not in st.session_state:
    st.session_state['rows'] = 0

def increase_rows():
    st.session_state['rows'] += 1

st.button('Add person', on_click=increase_rows)

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


def test_seed_dynamic_rows_in_columns_keep_their_values() -> None:
    at = AppTest.from_string(DYNAMIC_ROWS).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert len(at.columns) == 6
    at.text_input(key="first_0").input("Ada").run()
    at.text_input(key="last_1").input("Turing").run()
    # Streamlit 1.67's AppTest (measured on this script): the joined strings are stripped
    assert at.markdown.values == ["Person 1: Ada", "Person 2:   Turing"]
    assert not at.exception


def test_columns_with_block_and_method_calls_land_in_the_right_column() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
a, b = st.columns([2, 1])
with b:
    st.write("right")
a.write("left")
"""
    ).run()
    row = at.main.children[0]
    assert [[e.value for e in col] for col in row.children] == [["left"], ["right"]]
    widths = [col.proto.props["weight"] for col in row.children]
    assert widths == [2.0, 1.0]


@pytest.mark.parametrize("spec", [0, -1, [], [1, 0], ["a"], True])
def test_columns_with_a_bad_spec_raise_a_clear_error(spec: object) -> None:
    at = AppTest.from_string(f"import nbstate as st\nst.columns({spec!r})").run()
    assert at.exception[0].type == "NbStateAPIException"
    assert "st.columns got" in at.exception[0].value


def test_empty_placeholder_keeps_only_the_last_element() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nph = st.empty()\nph.write("one")\nph.write("two")\nst.write("after")'
    ).run()
    assert at.markdown.values == ["two", "after"]


def test_tabs_and_expander_hold_their_elements() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
t1, t2 = st.tabs(["A", "B"])
t1.write("in A")
with t2:
    st.checkbox("check", key="c")
with st.expander("More", expanded=True):
    st.write("inside")
"""
    ).run()
    assert [t.proto.props["label"] for t in at.tabs] == ["A", "B"]
    assert at.expander[0].proto.props["label"] == "More"
    at.checkbox(key="c").check().run()
    assert at.session_state.c is True
    views = at._app.renderer.main.widget.children
    assert isinstance(views[0], W.Tab) and views[0].titles == ("A", "B")
    assert isinstance(views[1], W.Accordion) and views[1].selected_index == 0


def test_sidebar_widgets_have_other_ids_than_main_widgets() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.button("Go")\nst.sidebar.button("Go")\nst.sidebar.write("side")'
    ).run()
    assert not at.exception
    assert len(at.button) == 2 and at.button[0].id != at.button[1].id
    assert [e.value for e in at.sidebar] == [False, "side"]
    assert at._app.renderer.sidebar.widget.layout.display == "flex"


def test_a_container_from_an_earlier_run_gives_a_clear_error() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
if "box" in st.session_state:
    st.session_state.box.write("late")
st.session_state.box = st.container()
"""
    ).run()
    at.run()
    assert "earlier run" in at.exception[0].value
