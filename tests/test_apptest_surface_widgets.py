"""AppTest widget methods and properties as in Streamlit 1.67: each case runs under both AppTests.

Each case is an app (written with ``import streamlit as st``; nbstate runs it with
``import nbstate as st``), a probe that drives ``at`` and sets ``result``, and the repr of the
result that Streamlit 1.67.0's ``streamlit.testing.v1.AppTest`` gave for it (measured, see
tests/streamlit_oracle.py). The first test checks nbstate against it; the second re-measures
Streamlit when a Python with Streamlit is found, so a wrong recorded value cannot hide.
"""

from __future__ import annotations

import pytest
from streamlit_oracle import run_nbstate, run_streamlit, streamlit_python

CASES: dict[str, tuple[str, str, str]] = {
    "selectbox_select": (
        """
import streamlit as st
v = st.selectbox("S", ["a", "b", "c"], key="s")
st.write(f"got {v}")
""",
        """
at.run()
first = (at.selectbox[0].value, at.selectbox[0].index, at.selectbox[0].options, at.selectbox[0].label)
at.selectbox[0].select("b").run()
second = (at.selectbox[0].value, at.selectbox[0].index, at.markdown[0].value)
at.selectbox[0].select_index(2).run()
result = (first, second, at.selectbox[0].value, at.session_state["s"], at.selectbox[0].key)
""",
        "(('a', 0, ['a', 'b', 'c'], 'S'), ('b', 1, 'got b'), 'c', 'c', 's')",
    ),
    "selectbox_format_func": (
        """
import streamlit as st
v = st.selectbox("S", [1, 2, 3], format_func=lambda x: f"n{x}")
""",
        """
at.run()
a = (at.selectbox[0].options, at.selectbox[0].index, at.selectbox[0].format_func(2))
at.selectbox[0].select(3).run()
result = (a, at.selectbox[0].value, at.selectbox[0].index)
""",
        "((['n1', 'n2', 'n3'], 0, 'n2'), 3, 2)",
    ),
    "selectbox_none": (
        """
import streamlit as st
v = st.selectbox("S", ["a", "b"], index=None, placeholder="pick")
st.write(repr(v))
""",
        """
at.run()
a = (at.selectbox[0].value, at.selectbox[0].index)
at.selectbox[0].select("a").run()
b = at.markdown[0].value
at.selectbox[0].select_index(None).run()
result = (a, b, at.markdown[0].value, at.selectbox[0].index)
""",
        "((None, None), \"'a'\", 'None', None)",
    ),
    "multiselect": (
        """
import streamlit as st
v = st.multiselect("M", ["a", "b", "c"], default=["b"], max_selections=3, help="hh")
st.write(str(v))
""",
        """
at.run()
m = at.multiselect[0]
a = (m.value, m.indices, m.options, m.max_selections, m.help)
m.select("a").run()
b = (at.multiselect[0].value, at.multiselect[0].indices)
at.multiselect[0].select("a").unselect("b").run()
c = (at.multiselect[0].value, at.multiselect[0].indices, at.markdown[0].value)
at.multiselect[0].unselect("zz").run()
result = (a, b, c, at.multiselect[0].value, at.multiselect[0].values)
""",
        "((['b'], [1], ['a', 'b', 'c'], 3, 'hh'), (['b', 'a'], [1, 0]), (['a'], [0], \"['a']\"), ['a'], ['a'])",
    ),
    "number_input": (
        """
import streamlit as st
v = st.number_input("N", min_value=0, max_value=10, value=5, step=2)
f = st.number_input("F", value=1.5, step=0.25)
""",
        """
at.run()
n = at.number_input[0]
a = (n.value, n.min, n.max, n.step, at.number_input[1].min, at.number_input[1].step)
n.increment().run()
b = at.number_input[0].value
at.number_input[0].increment().increment().run()
c = at.number_input[0].value
at.number_input[0].decrement().run()
at.number_input[1].decrement().run()
result = (a, b, c, at.number_input[0].value, at.number_input[1].value)
""",
        "((5, 0.0, 10.0, 2.0, None, 0.25), 7, 10, 8, 1.25)",
    ),
    "number_input_floor": (
        """
import streamlit as st
v = st.number_input("N", min_value=1, max_value=9, value=2, step=3)
""",
        """
at.run()
at.number_input[0].decrement().run()
result = at.number_input[0].value
""",
        "1",
    ),
    "number_input_none": (
        """
import streamlit as st
v = st.number_input("N", value=None)
""",
        """
at.run()
at.number_input[0].increment().decrement().run()
result = at.number_input[0].value
""",
        "None",
    ),
    "radio": (
        """
import streamlit as st
v = st.radio("R", ["x", "y", "z"], horizontal=True, help="rh")
st.write(v)
""",
        """
at.run()
r = at.radio[0]
a = (r.value, r.index, r.options, r.horizontal, r.help, r.label)
r.set_value("z").run()
result = (a, at.radio[0].value, at.radio[0].index, at.markdown[0].value)
""",
        "(('x', 0, ['x', 'y', 'z'], True, 'rh', 'R'), 'z', 2, 'z')",
    ),
    "radio_none": (
        """
import streamlit as st
v = st.radio("R", ["x", "y"], index=None)
""",
        """
at.run()
a = (at.radio[0].value, at.radio[0].index)
at.radio[0].set_value("y").run()
result = (a, at.radio[0].value, at.radio[0].index)
""",
        "((None, None), 'y', 1)",
    ),
    "select_slider": (
        """
import streamlit as st
one = st.select_slider("One", ["a", "b", "c", "d"], value="b")
rng = st.select_slider("Rng", ["a", "b", "c", "d"], value=("a", "c"))
""",
        """
at.run()
a = (at.select_slider[0].value, at.select_slider[1].value, at.select_slider[0].options)
at.select_slider[0].set_value("d")
at.select_slider[1].set_range("b", "d")
at.run()
result = (a, at.select_slider[0].value, at.select_slider[1].value, at.select_slider[1].label)
""",
        "(('b', ('a', 'c'), ['a', 'b', 'c', 'd']), 'd', ('b', 'd'), 'Rng')",
    ),
    "slider": (
        """
import streamlit as st
one = st.slider("One", 0, 10, 3)
rng = st.slider("Rng", 0.0, 1.0, (0.2, 0.8), step=0.1)
""",
        """
at.run()
a = (at.slider[0].value, at.slider[0].min, at.slider[0].max, at.slider[0].step, at.slider[1].value)
at.slider[0].set_value(7)
at.slider[1].set_range(0.1, 0.5)
at.run()
result = (a, at.slider[0].value, at.slider[1].value)
""",
        "((3, 0.0, 10.0, 1.0, (0.2, 0.8)), 7, (0.1, 0.5))",
    ),
    "color_picker": (
        """
import streamlit as st
c = st.color_picker("C", "#112233")
st.write(c)
""",
        """
at.run()
a = (at.color_picker[0].value, at.color_picker[0].label)
at.color_picker[0].pick("#abcdef").run()
result = (a, at.color_picker[0].value, at.markdown[0].value)
""",
        "(('#112233', 'C'), '#abcdef', '#abcdef')",
    ),
    "date_input": (
        """
import streamlit as st, datetime as dt
d = st.date_input("D", dt.date(2020, 1, 2), min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 1, 1))
r = st.date_input("R", (dt.date(2020, 1, 1), dt.date(2020, 1, 5)))
st.write(str(d))
""",
        """
import datetime as dt
at.run()
a = (at.date_input[0].value, at.date_input[0].min, at.date_input[0].max, at.date_input[0].is_range, at.date_input[1].is_range, at.date_input[1].value)
at.date_input[0].set_value(dt.date(2020, 6, 1))
at.date_input[1].set_value((dt.date(2020, 2, 1), dt.date(2020, 2, 3)))
at.run()
result = (a, at.date_input[0].value, at.date_input[1].value, at.markdown[0].value)
""",
        "((datetime.date(2020, 1, 2), datetime.date(2019, 1, 1), datetime.date(2021, 1, 1), False, True, (datetime.date(2020, 1, 1), datetime.date(2020, 1, 5))), datetime.date(2020, 6, 1), (datetime.date(2020, 2, 1), datetime.date(2020, 2, 3)), '2020-06-01')",
    ),
    "time_input": (
        """
import streamlit as st, datetime as dt
t = st.time_input("T", dt.time(8, 30), step=900)
st.write(str(t))
""",
        """
import datetime as dt
at.run()
a = (at.time_input[0].value, at.time_input[0].step)
at.time_input[0].set_value(dt.time(9, 15)).run()
b = at.time_input[0].value
at.time_input[0].increment().run()
c = at.time_input[0].value
at.time_input[0].decrement().decrement().run()
result = (a, b, c, at.time_input[0].value, at.markdown[0].value)
""",
        "((datetime.time(8, 30), 900), datetime.time(9, 15), datetime.time(9, 30), datetime.time(9, 0), '09:00:00')",
    ),
    "text_inputs": (
        """
import streamlit as st
t = st.text_input("T", "x", max_chars=10, placeholder="type", help="th")
a = st.text_area("A", placeholder="long")
st.write(t + "|" + a)
""",
        """
at.run()
ti, ta = at.text_input[0], at.text_area[0]
a = (ti.value, ti.max_chars, ti.placeholder, ti.help, ta.value, ta.placeholder, ta.max_chars)
ti.input("hello")
ta.input("world")
at.run()
result = (a, at.markdown[0].value, at.text_input[0].value, at.text_area[0].value)
""",
        "(('x', 10, 'type', 'th', '', 'long', 0), 'hello|world', 'hello', 'world')",
    ),
    "checkbox_toggle": (
        """
import streamlit as st
c = st.checkbox("C", help="ch")
t = st.toggle("T", value=True)
st.write(f"{c} {t}")
""",
        """
at.run()
a = (at.checkbox[0].value, at.toggle[0].value, at.checkbox[0].help, at.toggle[0].label)
at.checkbox[0].check()
at.toggle[0].set_value(False)
at.run()
b = at.markdown[0].value
at.checkbox[0].uncheck().run()
result = (a, b, at.checkbox[0].value, at.toggle[0].value)
""",
        "((False, True, 'ch', 'T'), 'True False', False, False)",
    ),
    "button": (
        """
import streamlit as st
b = st.button("Go", key="go", help="bh")
st.write(str(b))
""",
        """
at.run()
a = (at.button[0].value, at.button[0].label, at.button[0].help, at.button[0].key, at.button[0].disabled)
at.button[0].click().run()
b = (at.button[0].value, at.markdown[0].value)
at.run()
result = (a, b, at.button[0].value, at.markdown[0].value)
""",
        "((False, 'Go', 'bh', 'go', False), (True, 'True'), False, 'False')",
    ),
    "button_set_value_and_download": (
        """
import streamlit as st
b = st.button("B")
d = st.download_button("D", "data")
st.write(f"{b} {d}")
""",
        """
at.run()
at.button[0].set_value(True).run()
a = at.markdown[0].value
at.download_button[0].click().run()
result = (a, at.markdown[0].value, at.download_button[0].label)
""",
        "('True False', 'False True', 'D')",
    ),
    "chat_input": (
        """
import streamlit as st
m = st.chat_input("Say")
st.write(repr(m))
""",
        """
at.run()
a = (at.chat_input[0].value, at.chat_input[0].placeholder, at.markdown[0].value)
at.chat_input[0].set_value("hi").run()
b = at.markdown[0].value
at.run()
result = (a, b, at.markdown[0].value)
""",
        "((None, 'Say', 'None'), \"'hi'\", 'None')",
    ),
    "disabled_widget": (
        """
import streamlit as st
st.button("B", disabled=True)
st.checkbox("C", disabled=True)
""",
        """
at.run()
try:
    at.checkbox[0].check()
    r = "no error"
except Exception as exc:
    r = type(exc).__name__
result = (at.button[0].disabled, at.checkbox[0].disabled, r)
""",
        "(True, True, 'AppTestError')",
    ),
    "format_funcs": (
        """
import streamlit as st
r = st.radio("R", [1, 2], format_func=lambda x: f"r{x}")
m = st.multiselect("M", [1, 2, 3], default=[2], format_func=lambda x: f"m{x}")
s = st.select_slider("S", [1, 2, 3], format_func=lambda x: f"s{x}")
""",
        """
at.run()
result = (
    at.radio[0].options, at.radio[0].format_func(2), at.radio[0].index,
    at.multiselect[0].options, at.multiselect[0].values, at.multiselect[0].format_func(3),
    at.select_slider[0].options, at.select_slider[0].format_func(1), at.select_slider[0].value,
)
""",
        "(['r1', 'r2'], 'r2', 0, ['m1', 'm2', 'm3'], ['m2'], 'm3', ['s1', 's2', 's3'], 's1', 1)",
    ),
    "widget_attribute_defaults": (
        """
import streamlit as st
st.text_input("T")
st.checkbox("C")
st.multiselect("M", ["a"])
st.number_input("N")
""",
        """
at.run()
result = (
    at.text_input[0].help, at.text_input[0].placeholder, at.text_input[0].max_chars,
    at.text_input[0].autocomplete, at.text_input[0].form_id, at.checkbox[0].help,
    at.multiselect[0].max_selections, at.number_input[0].min, at.number_input[0].max,
    at.number_input[0].step, at.number_input[0].value, at.text_input[0].id is not None,
)
""",
        "('', '', 0, '', '', '', 0, None, None, 0.01, 0.0, True)",
    ),
    "file_uploader": (
        """
import streamlit as st
f = st.file_uploader("F", type="csv")
fs = st.file_uploader("Many", accept_multiple_files=True)
st.write(repr((f.name, f.getvalue()) if f else None))
st.write(repr([(x.name, x.getvalue()) for x in fs]))
""",
        """
at.run()
u = at.file_uploader
a = (u[0].allowed_type, u[0].accept_multiple_files, u[1].accept_multiple_files, u[0].accept_directory, u[1].allowed_type)
u[0].upload("a.csv", b"1,2", "text/csv")
u[1].upload("x.txt", b"x").upload("y.txt", b"yy")
at.run()
b = [m.value for m in at.markdown]
at.file_uploader[1].set_value([("z.txt", b"z", "text/plain")])
at.file_uploader[0].clear()
at.run()
result = (a, b, [m.value for m in at.markdown])
""",
        "((['.csv'], False, True, False, []), [\"('a.csv', b'1,2')\", \"[('x.txt', b'x'), ('y.txt', b'yy')]\"], ['None', \"[('z.txt', b'z')]\"])",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_as_streamlit(name: str) -> None:
    app, probe, expected = CASES[name]
    assert run_nbstate(app, probe) == expected


@pytest.fixture(scope="module")
def streamlit_results() -> dict[str, str]:
    python = streamlit_python()
    if python is None:
        pytest.skip("no Python with Streamlit 1.67 (set NBSTATE_STREAMLIT_PYTHON)")
    return run_streamlit({name: case[:2] for name, case in CASES.items()}, python)


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_value_is_streamlits(name: str, streamlit_results: dict[str, str]) -> None:
    assert streamlit_results[name] == CASES[name][2]
