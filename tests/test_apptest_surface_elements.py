"""AppTest element lists, display elements and containers as in Streamlit 1.67: each case runs under both AppTests.

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
    "status_and_expander": (
        """
import streamlit as st
with st.status("s"):
    st.write("in status")
with st.expander("e", icon=":material/info:"):
    st.write("in expander")
""",
        """
at.run()
result = (len(at.expander), len(at.status), at.expander[0].label, at.status[0].label, at.expander[0].markdown[0].value, at.status[0].markdown[0].value, at.status[0].state, at.expander[0].icon)
""",
        "(1, 1, 'e', 's', 'in expander', 'in status', 'complete', ':material/info:')",
    ),
    "status_states": (
        """
import streamlit as st
s = st.status("working", state="running")
s.update(label="done", state="error")
""",
        """
at.run()
result = (at.status[0].label, at.status[0].state)
""",
        "('done', 'error')",
    ),
    "blocks_nested": (
        """
import streamlit as st
a, b = st.columns([2, 1])
a.text("left")
b.button("right")
t1, t2 = st.tabs(["one", "two"])
t2.markdown("second tab")
with st.sidebar:
    st.button("side")
    st.text("sidetext")
with st.container(key="box"):
    st.text("boxed")
""",
        """
at.run()
result = (
    len(at.columns), at.columns[0].text[0].value, at.columns[1].button[0].label,
    at.columns[0].weight, at.columns[1].weight,
    len(at.tabs), at.tabs[1].label, at.tabs[1].markdown[0].value, len(at.tabs[0].markdown),
    at.sidebar.button[0].label, at.sidebar.text[0].value, len(at.main.button),
    len(at.container), at.container[0].key, at.container[0].text[0].value,
    at.get_by_key("box").text[0].value,
)
""",
        "(2, 'left', 'right', 0.6666666666666666, 0.3333333333333333, 2, 'two', 'second tab', 0, 'side', 'sidetext', 1, 1, 'box', 'boxed', 'boxed')",
    ),
    "children_indexing": (
        """
import streamlit as st
with st.expander("e"):
    st.text("a")
    st.text("b")
""",
        """
at.run()
e = at.expander[0]
result = (len(e.children), e[0].value, e[1].value, len(e), [c.value for c in e.children.values()] if isinstance(e.children, dict) else [c.value for c in e.children])
""",
        "(2, 'a', 'b', 2, ['a', 'b'])",
    ),
    "chat_message": (
        """
import streamlit as st
with st.chat_message("user"):
    st.write("hello")
with st.chat_message("assistant"):
    st.text("hi")
""",
        """
at.run()
result = (len(at.chat_message), at.chat_message[0].name, at.chat_message[0].markdown[0].value, at.chat_message[1].name, at.chat_message[1].text[0].value)
""",
        "(2, 'user', 'hello', 'assistant', 'hi')",
    ),
    "form": (
        """
import streamlit as st
with st.form("f"):
    x = st.text_input("X")
    sub = st.form_submit_button("Go")
st.write(f"{x}|{sub}")
""",
        """
at.run()
a = (len(at.form), at.form[0].key, len(at.form_submit_button), at.form_submit_button[0].label, len(at.button), at.text_input[0].form_id, at.form[0].text_input[0].label)
at.text_input[0].input("v")
at.form_submit_button[0].click()
at.run()
result = (a, at.markdown[0].value)
""",
        "((1, 'f', 1, 'Go', 1, 'f', 'X'), 'v|True')",
    ),
    "display_elements": (
        """
import streamlit as st
st.title("T")
st.header("H")
st.subheader("S")
st.caption("cap")
st.markdown("**m**")
st.text("txt")
st.code("x = 1", language="python")
st.latex("x^2")
st.divider()
st.html("<b>bold</b>")
st.link_button("Docs", "https://example.org")
st.json({"a": 1})
st.success("ok")
st.info("note")
st.warning("careful")
st.error("bad")
st.metric("M", 10, -2, help="mh")
st.toast("toasty")
st.progress(30, text="loading")
""",
        """
at.run()
result = (
    at.title[0].value, at.header[0].value, at.subheader[0].value, at.caption[0].value,
    at.markdown[0].value, at.text[0].value, at.code[0].value, at.code[0].language,
    at.latex[0].value, len(at.divider), len(at.html), at.html[0].value, len(at.link_button),
    at.link_button[0].value, at.json[0].value, at.success[0].value, at.info[0].value,
    at.warning[0].value, at.error[0].value, at.metric[0].value, at.metric[0].label,
    at.metric[0].delta, at.metric[0].help, at.toast[0].value, at.progress[0].value,
    at.progress[0].text, len(at.markdown), at.caption[0].is_caption, at.markdown[0].is_caption,
)
""",
        "('T', 'H', 'S', 'cap', '**m**', 'txt', 'x = 1', 'python', '$$\\nx^2\\n$$', 1, 1, '<b>bold</b>', 1, 'Docs', '{\"a\": 1}', 'ok', 'note', 'careful', 'bad', '10', 'M', '-2', 'mh', 'toasty', 30, 'loading', 1, True, False)",
    ),
    "get_and_empty_lists": (
        """
import streamlit as st
st.markdown("one")
st.text("two")
st.divider()
""",
        """
at.run()
result = (
    [m.value for m in at.get("markdown")], len(at.get("text")), len(at.get("divider")),
    len(at.button_group), len(at.pills), len(at.segmented_control), len(at.feedback),
    len(at.audio_input), len(at.camera_input), len(at.page_link), len(at.space),
    len(at.help), len(at.datetime_input), len(at.menu_button), len(at.pagination), len(at.grid),
    len(at.image), len(at.dataframe), len(at.table), len(at.exception),
)
""",
        "(['one'], 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
    ),
    "get_by_key": (
        """
import streamlit as st
st.text_input("A", key="a")
st.slider("B", 0, 5, key="b")
""",
        """
at.run()
w = at.get_by_key("b")
try:
    at.get_by_key("zz")
    missing = "no error"
except KeyError:
    missing = "KeyError"
result = (w.label, w.type, at.text_input(key="a").label, missing)
""",
        "('B', 'slider', 'A', 'KeyError')",
    ),
    "exception": (
        """
import streamlit as st
st.text("before")
raise ValueError("boom")
""",
        """
at.run()
e = at.exception[0]
result = (len(at.exception), e.value, e.message, e.is_warning, len(e.stack_trace) > 0)
""",
        "(1, 'boom', 'boom', False, True)",
    ),
    "session_state_and_run_timeout": (
        """
import streamlit as st
if "n" not in st.session_state:
    st.session_state.n = 0
st.session_state.n += 1
""",
        """
at.run(timeout=5)
at.run()
at.session_state["n"] = 10
at.run()
result = (at.session_state["n"], "n" in at.session_state, at.session_state.n)
""",
        "(11, True, 11)",
    ),
    "query_params": (
        """
import streamlit as st
st.text("x")
""",
        """
at.query_params["q"] = "hello"
at.run()
result = (at.text[0].value, dict(at.query_params))
""",
        "('x', {'q': 'hello'})",
    ),
    "element_list_helpers": (
        """
import streamlit as st
st.text("a")
st.text("b")
""",
        """
at.run()
result = (at.text.len, len(at.text), at.text.values, [t.value for t in at.text[0:1]], at.text[0].type)
""",
        "(2, 2, ['a', 'b'], ['a'], 'text')",
    ),
    "main_iteration": (
        """
import streamlit as st
st.title("t")
with st.container():
    st.text("inner")
""",
        """
at.run()
result = (len(at.main), at.main.text[0].value, at.main.title[0].value, len(at.main.children))
""",
        "(2, 'inner', 't', 2)",
    ),
    "display_attributes": (
        """
import streamlit as st
st.title("T", anchor="top")
st.header("H", anchor=False)
st.subheader("S")
st.markdown("<b>x</b>", unsafe_allow_html=True)
st.divider()
st.code("y", language="sql", line_numbers=True)
st.json({"b": [1, 2]}, expanded=False)
st.success("ok", icon="✅")
st.info("plain")
st.toast("t", icon="🔥")
st.metric("M", 1, 1, delta_color="inverse", help="why")
""",
        """
at.run()
result = (
    [h.tag for h in (at.title[0], at.header[0], at.subheader[0])],
    at.title[0].anchor, at.header[0].hide_anchor, at.title[0].hide_anchor, at.subheader[0].icon,
    at.markdown[0].allow_html, at.divider[0].value, at.code[0].language,
    at.code[0].show_line_numbers, at.json[0].expanded, at.json[0].value,
    at.success[0].icon, at.info[0].icon, at.toast[0].icon, at.metric[0].help, at.metric[0].delta,
)
""",
        "(['h1', 'h2', 'h3'], 'top', True, False, '', True, '---', 'sql', True, False, '{\"b\": [1, 2]}', '✅', '', '🔥', 'why', '1')",
    ),
    "block_queries": (
        """
import streamlit as st
with st.expander("e"):
    st.text_input("inner", key="in")
    st.text("x")
st.text("y")
st.chat_message("user", avatar="🦜").write("m")
c1, c2 = st.columns(2, gap="large")
""",
        """
at.run()
e = at.expander[0]
try:
    at.get("no_such_type")
    bad = "no error"
except Exception as exc:
    bad = type(exc).__name__
result = (
    [t.value for t in e.get("text")], e.get_by_key("in").label, len(at.get("text")),
    at.chat_message[0].avatar, at.columns[0].gap, at.text.len, bad, len(at.get("column")), len(at.get("tab")),
    e.text_input(key="in").label,
)
""",
        "(['x'], 'inner', 2, '🦜', 'large', 2, 'no error', 2, 0, 'inner')",
    ),
    "secrets": (
        """
import streamlit as st
st.write(st.secrets["token"])
""",
        """
at.secrets["token"] = "abc"
at.run()
result = at.markdown[0].value
""",
        "'abc'",
    ),
    "tabs_and_status_labels": (
        """
import streamlit as st
a, b = st.tabs(["A", "B"])
with a:
    st.text("in a")
with st.status("Working", expanded=True) as s:
    st.text("step")
""",
        """
at.run()
result = ([t.label for t in at.tabs], at.tabs[0].text[0].value, at.status[0].label, at.status[0].state, at.status[0].text[0].value, len(at.expander))
""",
        "(['A', 'B'], 'in a', 'Working', 'complete', 'step', 0)",
    ),
    "status_icons_and_avatars": (
        """
import streamlit as st
st.status("r")
try:
    with st.status("e"):
        raise ValueError
except ValueError:
    pass
with st.status("c"):
    pass
for n, a in [("human", None), ("ai", None), ("bob", None), ("user", "🦜"), ("x", ":material/home:")]:
    st.chat_message(n, avatar=a).text(n)
""",
        """
at.run()
result = ([(s.icon, s.state) for s in at.status], [(c.avatar, c.name) for c in at.chat_message])
""",
        "([('spinner', 'running'), (':material/error:', 'error'), (':material/check:', 'complete')], [('user', 'human'), ('assistant', 'ai'), ('', 'bob'), ('🦜', 'user'), (':material/home:', 'x')])",
    ),
    "element_types": (
        """
import datetime as dt
import pandas as pd
import streamlit as st
st.button("b"); st.download_button("d", "x"); st.chat_input("c"); st.checkbox("cb")
st.toggle("tg"); st.code("c"); st.color_picker("cp"); st.dataframe(pd.DataFrame({"a": [1]}))
st.table(pd.DataFrame({"a": [1]})); st.date_input("di", dt.date(2020, 1, 1))
st.time_input("ti", dt.time(1, 0)); st.divider(); st.markdown("m"); st.caption("cap")
st.latex("x"); st.error("e"); st.info("i"); st.success("s"); st.warning("w")
st.title("t"); st.header("h"); st.subheader("sh"); st.html("<b>h</b>")
st.link_button("l", "https://example.org"); st.json({}); st.metric("m", 1)
st.multiselect("ms", ["a"]); st.number_input("n"); st.progress(1); st.radio("r", ["a"])
st.select_slider("ss", ["a", "b"]); st.selectbox("sb", ["a"]); st.slider("sl")
st.text("tx"); st.text_area("ta"); st.text_input("tin"); st.toast("to"); st.file_uploader("fu")
a, b = st.columns(2)
t1, t2 = st.tabs(["a", "b"])
with st.expander("e"):
    pass
with st.status("s"):
    pass
with st.chat_message("user"):
    pass
with st.form("f"):
    st.form_submit_button("go")
with st.container(key="k"):
    pass
st.sidebar.text("side")
raise ValueError("shown")
""",
        """
at.run()
names = ["button", "download_button", "chat_input", "checkbox", "toggle", "code", "color_picker",
    "dataframe", "table", "date_input", "time_input", "divider", "markdown", "caption", "latex",
    "error", "info", "success", "warning", "title", "header", "subheader", "html", "link_button",
    "json", "metric", "multiselect", "number_input", "progress", "radio", "select_slider",
    "selectbox", "slider", "text", "text_area", "text_input", "toast", "file_uploader", "columns",
    "tabs", "expander", "status", "chat_message", "form", "form_submit_button", "container"]
# Not "exception": nbstate's Exception.type is the exception's class name (Streamlit: "exception").
result = ([(n, [e.type for e in at.get(n)]) for n in names], at.main.type, at.sidebar.type)
""",
        "([('button', ['button', 'button']), ('download_button', ['download_button']), ('chat_input', ['chat_input']), ('checkbox', ['checkbox']), ('toggle', ['toggle']), ('code', ['code']), ('color_picker', ['color_picker']), ('dataframe', ['dataframe']), ('table', ['table']), ('date_input', ['date_input']), ('time_input', ['time_input']), ('divider', ['divider']), ('markdown', ['markdown']), ('caption', ['caption']), ('latex', ['latex']), ('error', ['error']), ('info', ['info']), ('success', ['success']), ('warning', ['warning']), ('title', ['title']), ('header', ['header']), ('subheader', ['subheader']), ('html', ['html']), ('link_button', ['link_button']), ('json', ['json']), ('metric', ['metric']), ('multiselect', ['multiselect']), ('number_input', ['number_input']), ('progress', ['progress']), ('radio', ['radio']), ('select_slider', ['select_slider']), ('selectbox', ['selectbox']), ('slider', ['slider']), ('text', ['text', 'text']), ('text_area', ['text_area']), ('text_input', ['text_input']), ('toast', ['toast']), ('file_uploader', ['file_uploader']), ('columns', ['column', 'column']), ('tabs', ['tab', 'tab']), ('expander', ['expander']), ('status', ['status']), ('chat_message', ['chat_message']), ('form', ['form']), ('form_submit_button', ['button']), ('container', ['flex_container'])], 'main', 'sidebar')",
    ),
    "dataframe_values": (
        """
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame({"a": [1, 2]}))
st.table(pd.DataFrame({"b": ["x"]}))
""",
        """
at.run()
result = (at.dataframe[0].value.to_dict(), at.table[0].value.to_dict())
""",
        "({'a': {0: 1, 1: 2}}, {'b': {0: 'x'}})",
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
