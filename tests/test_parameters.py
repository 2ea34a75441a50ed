"""Streamlit 1.67 parameters nbstate honours (issue 16 item 4), each checked against Streamlit.

Each case is an app (``import streamlit as st``; nbstate runs it with ``import nbstate as
st``), a probe that drives ``at`` and sets ``result``, and the repr of the result Streamlit
1.67.0's AppTest gave (measured with tests/streamlit_oracle.py). The first test checks
nbstate against it; the second re-measures Streamlit when a Python with Streamlit is found.
"""

from __future__ import annotations

import pytest
from streamlit_oracle import run_nbstate, run_streamlit, streamlit_python

ERRORS = "result = [e.value for e in at.run().exception]"

CASES: dict[str, tuple[str, str, str]] = {
    # st.tabs(key=, on_change=, default=): the open tab is a widget value
    "tabs_stateful": (
        """
import streamlit as st
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
a, b, c = st.tabs(["A", "B", "C"], key="t", on_change=cb, default="B")
st.write(repr([a.open, b.open, c.open]), repr(st.session_state.get("t")))
""",
        """
at.run()
first = (at.markdown[0].value, at.session_state["t"], [t.label for t in at.tabs])
at.session_state["t"] = "C"
at.run()
second = (at.markdown[0].value, "calls" in at.session_state)
at.session_state["t"] = "nope"
at.run()
result = (first, second, at.markdown[0].value, at.session_state["t"])
""",
        "((\"[False, True, False] 'B'\", 'B', ['A', 'B', 'C']), (\"[False, False, True] 'C'\", "
        "False), \"[False, True, False] 'B'\", 'B')",
    ),
    "tabs_rerun_without_key": (
        """
import streamlit as st
y, z = st.tabs(["Y", "Z"], on_change="rerun", default="Z")
st.write(repr([y.open, z.open]))
""",
        "at.run()\nresult = at.markdown[0].value",
        "'[False, True]'",
    ),
    "tabs_stateless": (
        """
import streamlit as st
u, v = st.tabs(["U", "V"], key="k", default="V")
st.write(repr([u.open, v.open]), repr("k" in st.session_state))
""",
        "at.run()\nresult = at.markdown[0].value",
        "'[None, None] False'",
    ),
    "tabs_bind_tracks_state": (
        """
import streamlit as st
u, v = st.tabs(["U", "V"], key="k", bind="query-params")
st.write(repr([u.open, v.open]), repr(st.session_state.k))
""",
        "at.run()\nresult = at.markdown[0].value",
        "\"[True, False] 'U'\"",
    ),
    "tabs_bad_arguments": (
        """
import streamlit as st
for call in (
    lambda: st.tabs(["A"], on_change=None),
    lambda: st.tabs(["A"], default="Z"),
    lambda: st.tabs(["A"], bind="x"),
    lambda: st.tabs(["A"], bind="query-params"),
    lambda: st.tabs(["A", "A"], key="d", bind="query-params"),
    lambda: st.tabs(["A"], width=-1),
    lambda: st.tabs(["A"], height=0),
):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        "at.run()\nresult = [m.value for m in at.markdown]",
        "[\"Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback "
        "function.\", 'Invalid `default` value. Supported values: a tab label from `tabs`. `Z` "
        "is not in the list of tabs.', \"Invalid `bind` value. Supported values: "
        "'query-params', None.\", \"The `key` parameter is required. When using "
        "bind='query-params', the widget must have a unique 'key' parameter specified. This "
        "'key' will be used as the name of the query parameter.\", \"Invalid `tabs` value. "
        "Supported values: unique labels. Tab labels must be unique when "
        "bind='query-params'.\", \"Invalid width value: -1. Width must be either a positive "
        "integer (pixels) or 'stretch'.\", \"Invalid height value: 0. Height must be either a "
        "positive integer (pixels), 'stretch', or 'content'.\"]",
    ),
    # st.expander(key=, on_change=) and .open
    "expander_stateful": (
        """
import streamlit as st
e = st.expander("E", key="e", on_change="rerun")
st.write(repr(e.open), repr(st.session_state.get("e")))
f = st.expander("F", expanded=True, key="f")
st.write(repr(f.open), repr("f" in st.session_state))
g = st.expander("G", True, key="g", on_change=lambda: None, type="compact", width=300)
st.write(repr(g.open), repr(st.session_state.get("g")))
""",
        """
at.run()
first = [m.value for m in at.markdown]
at.session_state["e"] = True
at.session_state["g"] = False
at.run()
result = (first, [m.value for m in at.markdown], [x.label for x in at.expander])
""",
        "(['False False', 'None False', 'True True'], ['True True', 'None False', 'False False'], "
        "['E', 'F', 'G'])",
    ),
    "expander_bad_arguments": (
        """
import streamlit as st
for call in (
    lambda: st.expander("E", on_change=None),
    lambda: st.expander("E", type="x"),
    lambda: st.expander("E", width="content"),
    lambda: st.expander("E", bind="query-params"),
):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        "at.run()\nresult = [m.value for m in at.markdown]",
        "[\"Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback "
        "function.\", \"Invalid `type` value. Supported values: 'default', 'compact', "
        "'step'.\", \"Invalid width value: 'content'. Width must be either a positive integer "
        "(pixels) or 'stretch'.\", \"The `key` parameter is required. When using "
        "bind='query-params', the widget must have a unique 'key' parameter specified. This "
        "'key' will be used as the name of the query parameter.\"]",
    ),
    # st.chat_input(accept_file=, file_type=, accept_audio=...): a ChatInputValue
    "chat_input_accept_file": (
        """
import streamlit as st
v = st.chat_input("Say", key="m", accept_file="multiple", file_type=["txt"], accept_audio=True,
                  max_upload_size=5, submit_mode="disable", height=120, audio_sample_rate=8000)
st.write(repr(type(v).__name__), repr(v if v is None else (
    v.text, [(f.name, f.read()) for f in v.files], v.audio, sorted(v), len(v), v["text"])))
st.write(repr(type(st.session_state.m).__name__))
w = st.chat_input("Plain", key="p", accept_file=True)
st.write(repr(w if w is None else (w.text, [f.name for f in w.files], sorted(w.to_dict()))))
if w is not None:
    try:
        w.audio
    except AttributeError as exc:
        st.write(str(exc))
""",
        """
at.run()
a = [m.value for m in at.markdown]
at.chat_input[0].set_value("hi").run()
b = [m.value for m in at.markdown]
at.chat_input[0].upload("a.txt", b"abc", "text/plain").upload("b.txt", b"d")
at.chat_input[0].set_value("with file")
staged = at.chat_input[0].value
at.run()
c = [m.value for m in at.markdown]
at.chat_input[1].upload("x.txt", b"1").upload("y.txt", b"2").run()
d = [m.value for m in at.markdown]
errors = []
for call in (lambda: at.chat_input[0].upload("a.png", b""),
             lambda: at.chat_input[0].upload("", b"")):
    try:
        call()
    except Exception as exc:
        errors.append((type(exc).__name__, str(exc)))
at.run()
result = (a, b, staged, c, d, errors, [m.value for m in at.markdown])
""",
        "([\"'NoneType' None\", \"'NoneType'\", 'None'], [\"'ChatInputValue' ('hi', [], None, "
        "['audio', 'files', 'text'], 3, 'hi')\", \"'ChatInputValue'\", 'None'], 'with file', "
        "[\"'ChatInputValue' ('with file', [('a.txt', b'abc'), ('b.txt', b'd')], None, "
        "['audio', 'files', 'text'], 3, 'with file')\", \"'ChatInputValue'\", 'None'], "
        "[\"'NoneType' None\", \"'NoneType'\", \"('', ['y.txt'], ['files', 'text'])\", "
        "\"'ChatInputValue' object has no attribute 'audio' (accept_audio=False)\"], "
        "[('AppTestError', \"Invalid file extension: `.png`. Allowed: ['.txt']\"), "
        "('AppTestError', \"st.chat_input file names must be a non-empty string. Got ''.\")], "
        "[\"'NoneType' None\", \"'NoneType'\", 'None'])",
    ),
    "chat_input_bad_arguments": (
        """
import streamlit as st
for call in (
    lambda: st.chat_input("x", accept_file="x"),
    lambda: st.chat_input("x", submit_mode="x"),
    lambda: st.chat_input("x", max_upload_size=0),
    lambda: st.chat_input("x", audio_sample_rate=123),
):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        "at.run()\nresult = [m.value for m in at.markdown]",
        "[\"Invalid `accept_file` value. Supported values: True, False, 'multiple', "
        "'directory'. Got 'x'.\", \"Invalid `submit_mode` value. Supported values: 'submit', "
        "'disable', 'stop'.\", 'Invalid `max_upload_size` value. Supported values: a positive "
        "integer. Set it to None to fall back to the `server.maxUploadSize` configuration "
        "option.', 'Invalid `audio_sample_rate` value. Supported values: 8000, 11025, 16000, "
        "22050, 24000, 32000, 44100, 48000, None.']",
    ),
    # width, text_alignment, wrap, icon, title of text elements
    "text_elements_layout": (
        """
import streamlit as st
st.title("T", icon="🔥", text_alignment="center", width=300, wrap=False)
st.header("H", icon=":material/home:", divider=True)
st.subheader("S", icon="🌱")
st.markdown("# M", anchors=False, text_alignment="justify", width="content")
st.caption("c", text_alignment="right", width=100, wrap=False)
st.text("t", text_alignment="center", width="stretch")
st.error("body", title="Oops", width=200)
st.info("i", title="**Bold** title")
st.json({"a": 1}, width=300)
st.latex("x", width=100)
st.html("<b>h</b>", unsafe_allow_javascript=True)
st.code("x=1", height=100, width=200, wrap_lines=True)
for call in (lambda: st.markdown("x", text_alignment="top"), lambda: st.text("x", width=0),
             lambda: st.error("x", width="content"), lambda: st.markdown("x", width="auto"), lambda: st.markdown("x", width="content"),
             lambda: st.code("x", height=0), lambda: st.title("x", text_alignment=None),
             lambda: st.json([], width="content"), lambda: st.exception(ValueError("v"), width=0)):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
result = ([e.value for e in at.exception], [(h.value, h.icon) for h in [*at.title, *at.header, *at.subheader]], [(a.value, a.title) for a in [*at.error, *at.info]], [m.value for m in at.markdown], [c.value for c in at.caption], [c.value for c in at.code], [j.value for j in at.json], [l.value for l in at.latex])
""",
        "([], [('T', '🔥'), ('x', ''), ('H', ':material/home:'), ('S', '🌱')], [('body', 'Oops'), ('i', '**Bold** title')], ['# M', \"Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', 'justify'.\", \"Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.\", \"Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.\", 'x', 'x', \"Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.\", \"Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.\", \"Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'.\"], ['c'], ['x=1'], ['{\"a\": 1}'], ['$$\\nx\\n$$'])",
    ),
    # persist_state keeps a hidden widget's value; bind is checked (no URL in a notebook)
    "persist_state_and_bind": (
        """
import streamlit as st
show = st.session_state.get("show", True)
if show:
    a = st.checkbox("A", key="a", persist_state="page")
    b = st.checkbox("B", key="b", persist_state="session")
    c = st.checkbox("C", key="c")
    d = st.slider("D", 0, 10, key="d", persist_state="session", bind="query-params")
st.write(repr({k: st.session_state.get(k) for k in "abcd"}))
for call in (lambda: st.checkbox("x", bind="query-params"),
             lambda: st.text_input("x", bind="url", key="x1"),
             lambda: st.selectbox("x", [1], persist_state="session"),
             lambda: st.toggle("x", persist_state="x", key="x2")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
at.checkbox[0].check(); at.checkbox[1].check(); at.checkbox[2].check()
at.slider[0].set_value(7)
at.run()
r1 = at.markdown[0].value
at.session_state["show"] = False
at.run()
r2 = at.markdown[0].value
at.run()
r3 = at.markdown[0].value
at.session_state["show"] = True
at.run()
result = (r1, r2, r3, [m.value for m in at.markdown], [c.value for c in at.checkbox],
          at.slider[0].value)
""",
        "(\"{'a': True, 'b': True, 'c': True, 'd': 7}\", \"{'a': True, 'b': True, 'c': True, 'd': 7}\", \"{'a': True, 'b': True, 'c': None, 'd': 7}\", [\"{'a': True, 'b': True, 'c': False, 'd': 7}\", \"The `key` parameter is required. When using bind='query-params', the widget must have a unique 'key' parameter specified. This 'key' will be used as the name of the query parameter.\", \"Invalid `bind` value. Supported values: 'query-params', None.\", \"The `key` parameter is required. When using persist_state, the widget must have a unique 'key' parameter specified so its value can be preserved across reruns and page switches.\", \"Invalid `persist_state` value. Supported values: 'page', 'session', None.\"], [True, True, False], 7)",
    ),
    # progress width (3rd positional), status type/width, spinner width, rerun(scope) positional
    "progress_status_spinner_rerun": (
        """
import streamlit as st
st.progress(10, "p", 300)
with st.status("S", type="compact", width=200):
    st.write("in")
with st.spinner("w", width=100):
    pass
if not st.session_state.get("again"):
    st.session_state.again = True
    st.rerun("app")
for call in (lambda: st.progress(1, None, "content"), lambda: st.status("x", type="x"),
             lambda: st.status("x", width="content"), lambda: st.spinner("x", width=0).__enter__()):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
result = ([e.value for e in at.exception], [p.value for p in at.get("progress")],
          [s.label for s in at.status], [m.value for m in at.markdown])
""",
        "([], [10], ['S'], ['in', \"Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.\", \"Invalid `type` value. Supported values: 'default', 'compact', 'step'.\", \"Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.\", \"Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.\"])",
    ),
    # text_input(required=, validate=, live=): AppTest sends values without the browser's checks
    "text_input_required_validate_live": (
        """
import streamlit as st
a = st.text_input("A", "x", key="a", required=True)
b = st.text_input("B", key="b", validate=(r"^[0-9]+$", "digits only"), live=True)
c = st.text_input("C", key="c", live="250ms", validate="^a")
st.write(repr((a, b, c)))
for call in (lambda: st.text_input("x", live=300), lambda: st.text_input("x", live="2m"),
             lambda: st.text_input("x", validate=3), lambda: st.text_input("x", validate=("a",))):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
at.text_input[0].set_value("").run()
r1 = at.markdown[0].value
at.text_input[1].set_value("12a").run()
r2 = at.markdown[0].value
result = ([e.value for e in at.exception], r1, r2, [m.value for m in at.markdown])
""",
        "([], \"('', '', '')\", \"('', '12a', '')\", [\"('', '12a', '')\", \"Invalid `live` type. Expected one of: bool, str. Provided type: int. A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not seconds); duration units must be explicit.\", \"The `live` parameter, set to 2m, is outside the required range [0ms, 1m]. Use `True` for the 250ms default, `'0ms'` to commit on every change, or a duration string up to `'1m'`.\", 'Invalid `validate` type. Expected one of: None, str, tuple. Provided type: int.', 'Invalid `validate` value. Supported values: a regex string, a (regex, message) tuple of strings.'])",
    ),
    # filter_mode, select_all, icon, wrap: accepted and checked as in Streamlit
    "dropdown_options_and_wrap": (
        """
import streamlit as st
a = st.selectbox("S", ["x", "y"], filter_mode="prefix", icon="🔥")
b = st.multiselect("M", ["x", "y"], filter_mode=None, select_all=False, wrap=True)
c = st.checkbox("C", wrap=False)
d = st.toggle("T", wrap=True)
cols = st.columns(2, wrap=False)
st.write(repr((a, b, c, d, len(cols))))
for call in (lambda: st.selectbox("x", [1], filter_mode="regex"),
             lambda: st.multiselect("x", [1], filter_mode=None, accept_new_options=True),
             lambda: st.selectbox("x", [1], filter_mode=None, accept_new_options=True),
             lambda: st.multiselect("x", [1], select_all=-1),
             lambda: st.multiselect("x", [1], select_all="yes")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
result = ([e.value for e in at.exception], [m.value for m in at.markdown])
""",
        "([], [\"('x', [], False, False, 2)\", 'Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None.', '`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.', '`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.', 'Invalid `select_all` value. Supported values: True, False, a non-negative integer. When using an int, `select_all` must be a non-negative integer.', 'Invalid `select_all` type. Expected one of: bool, int. Provided type: str.'])",
    ),
    # required= on text_area/date_input/time_input, time_input(format=): AppTest sends unchecked
    "required_and_time_format": (
        """
import streamlit as st
import datetime as dt
a = st.text_area("A", "x", key="a", required=True)
b = st.date_input("B", dt.date(2024, 1, 2), key="b", required=True)
c = st.time_input("C", dt.time(1, 2), key="c", required=True, format="12h")
st.write(repr((a, b, c)))
try:
    st.time_input("x", format="am")
except Exception as exc:
    st.write(str(exc))
""",
        """
at.run()
at.text_area[0].set_value("").run()
at.date_input[0].set_value(None).run()
result = ([e.value for e in at.exception], [m.value for m in at.markdown])
""",
        "([], [\"('', None, datetime.time(1, 2))\", \"Invalid `format` value. Supported values: '12h', '24h', 'localized'.\"])",
    ),
    # required= on selectbox and number_input: accepted, values still set through AppTest
    "required_selectbox_number_input": (
        """
import streamlit as st
a = st.selectbox("A", ["x", "y"], key="a", required=True)
b = st.number_input("B", value=5, key="b", required=True)
st.write(repr((a, b)))
""",
        """
at.run()
r0 = at.markdown[0].value
at.selectbox[0].set_value("y").run()
at.number_input[0].set_value(7).run()
result = ([e.value for e in at.exception], r0, [m.value for m in at.markdown])
""",
        "([], \"('x', 5)\", [\"('y', 7)\"])",
    ),
    # audio/video playback options, image link/alt and positions (clamp, channels, format)
    "media_options": (
        """
import streamlit as st
import numpy as np
st.audio(np.zeros(10) + [0, 1] * 5, sample_rate=8000, end_time=3, loop=True, autoplay=True, alt="beep", width=300)
st.video(b"xx", start_time=1, end_time=2, muted=True, subtitles={"en": "1\\n00:00:00,000 --> 00:00:01,000\\nHi"}, width=200)
st.image(np.zeros((2, 2), dtype=np.uint8), "cap", 10, False, "RGB", "PNG", link="https://x.org", alt="dark")
for call in (lambda: st.audio(np.zeros(3)), lambda: st.video(b"x", width="content"),
             lambda: st.audio(np.zeros((2, 2, 2)), sample_rate=8000)):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run(timeout=60)
result = [m.value for m in at.markdown]
""",
        "['The `sample_rate` parameter is required. Must be specified when `data` is a numpy array.', \"Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.\", 'Numpy array audio input must be a 1D or 2D array.']",
    ),
    # link_button's look: type, icon, icon_position, disabled, width
    "link_button_look": (
        """
import streamlit as st
st.link_button("Go", "https://x.org", type="primary", icon="🔥", icon_position="right",
               disabled=True, width=200, use_container_width=False, wrap=False)
for call in (lambda: st.link_button("x", "u", type="big"),
             lambda: st.link_button("x", "u", icon_position="top"),
             lambda: st.link_button("x", "u", width="auto")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        "at.run()\nresult = [m.value for m in at.markdown]",
        "[\"Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.\", \"Invalid `icon_position` value. Supported values: 'left', 'right'.\", \"Invalid width value: 'auto'. Width must be either a positive integer (pixels), 'stretch', or 'content'.\"]",
    ),
    # metric's icon, width, height, delta_arrow, delta_description
    "metric_look": (
        """
import streamlit as st
st.metric("Temp", "70 °F", "-1.2 °F", icon="🌡️", width=200, height=150, delta_arrow="up",
          delta_description="since yesterday")
for call in (lambda: st.metric("x", 1, delta_arrow="left"), lambda: st.metric("x", 1, width="auto"),
             lambda: st.metric("x", 1, height=0)):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
m = at.metric[0]
result = ([e.value for e in at.exception], [x.value for x in at.markdown], m.value, m.delta,
          m.label)
""",
        "([], [\"Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'.\", \"Invalid width value: 'auto'. Width must be either a positive integer (pixels), 'stretch', or 'content'.\", \"Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.\"], '70 °F', '-1.2 °F', 'Temp')",
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


# Parameters whose effect Streamlit's AppTest shows only in the element's proto: the same
# app, one probe per AppTest, and the result Streamlit gave.
TABLE_APP = """
import streamlit as st, pandas as pd, numpy as np
st.table(pd.DataFrame({"a": [1, 2]}))
st.table(pd.DataFrame({"a": [1, 2]}, index=["x", "y"]))
st.table({"k": 1, "j": "v"})
st.table({"a": [1, 2], "b": [3, 4]})
st.table([[1, 2], [3, 4]])
st.table(np.array([[1, 2], [3, 4]]))
st.table([{"a": 1}, {"a": 2}])
st.table(pd.DataFrame({"a": [1, 2]}), hide_index=False, hide_header=True, border="horizontal")
st.table(pd.DataFrame({"a": [1, 2]}, index=["x", "y"]), hide_index=True, border=False,
         width="content", height=100, alt="Nice")
for call in (lambda: st.table([1], border=None), lambda: st.table([1], width=0),
             lambda: st.table([1], height="auto")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
"""
PROTO_CASES: dict[str, tuple[str, str, str, str]] = {
    "table_border_hide_index_hide_header_alt": (
        TABLE_APP,
        """
at.run(timeout=60)
modes = {0: "all", 1: "none", 2: "horizontal"}
result = ([(t.proto.hide_index, t.proto.hide_header, modes[t.proto.border_mode],
            t.proto.alt or None) for t in at.table], [m.value for m in at.markdown])
""",
        """
at.run(timeout=60)
result = ([(t.proto.props["hide_index"], t.proto.props["hide_header"],
            t.proto.props["border"], t.proto.props["alt"]) for t in at.table],
          [m.value for m in at.markdown])
""",
        "([(True, False, 'all', None), (False, False, 'all', None), (False, True, 'all', None), "
        "(True, False, 'all', None), (True, True, 'all', None), (True, True, 'all', None), "
        "(True, False, 'all', None), (False, True, 'horizontal', None), (True, False, 'none', "
        "'Nice')], [\"Invalid `border` value. Supported values: True, False, 'horizontal'.\", "
        "\"Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', "
        "or 'content'.\", \"Invalid height value: 'auto'. Height must be either a positive "
        "integer (pixels), 'stretch', or 'content'.\"])",
    ),
    # shortcut and icon_position: checked and normalized as in Streamlit, part of the id
    "button_shortcut_icon_position": (
        """
import streamlit as st
st.button("A", shortcut="Ctrl+Shift+K", icon="🔥", icon_position="right", wrap=True)
st.button("A", shortcut=" mod + alt + f5 ")
st.button("A")
st.download_button("D", b"x", shortcut="Enter", icon_position="left")
with st.form("f"):
    st.form_submit_button("S", shortcut="Meta+Return", icon="🔥")
for call in (lambda: st.button("B", shortcut=""), lambda: st.button("B", shortcut="Ctrl"),
             lambda: st.button("B", shortcut="a+b"), lambda: st.button("B", shortcut="Ctrl+R"),
             lambda: st.button("B", shortcut="Ctrl+%"), lambda: st.button("B", shortcut=3),
             lambda: st.button("B", icon_position="top")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        """
at.run()
pos = {0: "left", 1: "right"}
result = ([(b.proto.shortcut or None, pos[b.proto.icon_position], b.label) for b in at.button],
          at.download_button[0].proto.shortcut, [m.value for m in at.markdown],
          [e.value for e in at.exception])
""",
        """
at.run()
result = ([(b.proto.props["shortcut"], b.proto.props["icon_position"], b.label)
           for b in at.button], at.download_button[0].proto.props["shortcut"],
          [m.value for m in at.markdown], [e.value for e in at.exception])
""",
        "([('ctrl+shift+k', 'right', 'A'), ('ctrl+alt+f5', 'left', 'A'), (None, 'left', 'A'), "
        "('cmd+enter', 'left', 'S')], 'enter', ['The `shortcut` must contain at least one key "
        "or modifier.', \"The `shortcut` must include a non-modifier key such as 'K' or "
        "'Ctrl+K'.\", 'The `shortcut` may only specify a single non-modifier key.', \"The "
        "`shortcut` cannot use the keys 'C' or 'R', with or without modifiers.\", 'shortcut "
        "must include a single character or one of the supported keys (e.g. Enter, Space, Tab, "
        "Escape).', 'Invalid `shortcut` type. Expected one of: str. Provided type: int.', "
        "\"Invalid `icon_position` value. Supported values: 'left', 'right'.\"], [])",
    ),
}


def test_a_button_icon_is_shown_on_the_side_icon_position_says():
    from nbstate.views.buttons import button_text

    assert button_text({"label": "Go", "icon": "🔥", "icon_position": "right"}) == "Go 🔥"
    assert button_text({"label": "Go", "icon": "🔥", "icon_position": "left"}) == "🔥 Go"
    assert button_text({"label": "Go", "icon": None, "icon_position": "right"}) == "Go"


@pytest.mark.parametrize("name", sorted(PROTO_CASES))
def test_same_as_streamlit_in_the_proto(name: str) -> None:
    app, _streamlit_probe, probe, expected = PROTO_CASES[name]
    assert run_nbstate(app, probe) == expected


@pytest.mark.parametrize("name", sorted(PROTO_CASES))
def test_recorded_proto_value_is_streamlits(name: str) -> None:
    python = streamlit_python()
    if python is None:
        pytest.skip("no Python with Streamlit 1.67 (set NBSTATE_STREAMLIT_PYTHON)")
    app, streamlit_probe, _probe, expected = PROTO_CASES[name]
    assert run_streamlit({name: (app, streamlit_probe)}, python)[name] == expected


def test_table_html_shows_what_its_flags_say():
    from nbstate.markup import element_html
    from nbstate.testing import AppTest

    at = AppTest.from_string(TABLE_APP.replace("import streamlit", "import nbstate"))
    at.run(timeout=60)
    shown = [element_html("table", t.proto.props) for t in at.table]
    assert "<th" in shown[0] and ">0</th>" not in shown[0]  # header, no RangeIndex column
    assert ">x</th>" in shown[1]  # a custom index is shown
    assert ">k</th>" in shown[2] and ">value</th>" not in shown[2]  # key-value: no header
    assert "<thead" not in shown[4]
    assert "<thead" not in shown[7] and ">0</th>" in shown[7]  # hide_header, index shown
    assert "border-bottom:1px solid" in shown[7] and "border:1px solid" not in shown[7]
    assert "border:1px solid" in shown[0]
    assert ">x</th>" not in shown[8] and "border:none" in shown[8]
    assert 'aria-label="Nice"' in shown[8] and "max-height:100px" in shown[8]
    assert "width:fit-content" in shown[8]


def test_a_file_bigger_than_max_upload_size_is_not_attached():
    app = """
import nbstate as st
v = st.chat_input("Say", accept_file="multiple", max_upload_size=1)
st.write(repr(v if v is None else [f.name for f in v.files]))
"""
    from nbstate.testing import AppTest

    at = AppTest.from_string(app).run()
    big = b"x" * (1024 * 1024 + 1)
    at.chat_input[0].upload("small.txt", b"ok").upload("big.txt", big).set_value("hi").run()
    assert at.markdown[0].value == "['small.txt']"


def test_text_layout_parameters_change_the_html_shown():
    from nbstate.markup import element_html, with_layout
    from nbstate.testing import AppTest

    app = CASES["text_elements_layout"][0].replace("import streamlit", "import nbstate")
    at = AppTest.from_string(app).run()

    def shown(element):
        props = element.proto.props
        return with_layout(element_html(element.proto.kind, props), props)

    title = shown(at.title[0])
    assert "text-align:center" in title and "max-width:300px" in title
    assert "white-space:nowrap" in title and "🔥 T</h1>" in title
    assert "🌱 S</h3>" in shown(at.subheader[0])
    assert "<b>Oops</b>" in shown(at.error[0]) and "max-width:200px" in shown(at.error[0])
    assert "<strong>Bold</strong> title" in shown(at.info[0])
    assert "width:fit-content" in shown(at.markdown[0]) and "text-align:justify" in shown(
        at.markdown[0]
    )
    code = shown(at.code[0])
    assert "white-space:pre-wrap" in code and "max-height:100px" in code
    assert with_layout("<p>x</p>", {"width": "stretch", "text_alignment": "left"}) == "<p>x</p>"


def test_progress_and_status_width_are_shown():
    from nbstate.testing import AppTest
    from nbstate.views.layout import ExpanderView
    from nbstate.views.status import ProgressView

    app = """
import nbstate as st
bar = st.progress(10, "p")
bar.progress(20, "p", 300)
with st.status("S", width=200):
    pass
"""
    at = AppTest.from_string(app)
    at.run()
    element = at.get("progress")[0].proto
    # the handle's call replaces the bar with a new element, with that call's own width
    # (as Streamlit's DeltaGenerator does: a replacement carries its own layout)
    assert element.props["width"] == 300
    view = ProgressView(None, element)  # type: ignore[arg-type]
    view.apply(element)
    assert view.widget.layout.width == "300px"
    status = ExpanderView(None, at.status[0].proto)  # type: ignore[arg-type]
    status.apply(at.status[0].proto)
    assert status.widget.layout.width == "200px"


def test_media_options_are_in_the_players_html():
    import io
    import wave

    from nbstate.testing import AppTest

    app = CASES["media_options"][0].replace("import streamlit", "import nbstate")
    at = AppTest.from_string(app)
    at.run(timeout=60)
    audio, video, image = (at.get(kind)[0].proto for kind in ("audio", "video", "image"))
    tag = audio.props["html"]
    assert "loop" in tag and "autoplay" in tag and 'aria-label="beep"' in tag
    assert "width:300px" in tag and "#t=0,3" in tag
    with wave.open(io.BytesIO(audio.data)) as wav:  # the samples became a WAV at 8000 Hz
        assert (wav.getframerate(), wav.getnchannels(), wav.getnframes()) == (8000, 1, 10)
    tag = video.props["html"]
    assert "muted" in tag and "#t=1,2" in tag and '<track kind="captions" label="en"' in tag
    tag = image.props["html"]
    assert '<a href="https://x.org"' in tag and 'alt="dark"' in tag and "width:10px" in tag
    assert "image/png" in tag  # "PNG", the 6th positional argument, is output_format


def test_a_dialog_shows_its_icon_before_its_title():
    from nbstate.testing import AppTest
    from nbstate.views.layout import DialogView

    app = """
import nbstate as st
@st.dialog("Settings", icon="⚙️", position="right")
def settings():
    st.write("inside")
settings()
"""
    at = AppTest.from_string(app).run()
    element = next(e for e in at._main().walk() if e.kind == "dialog")
    view = DialogView(None, element)  # type: ignore[arg-type]
    view.apply(element)
    assert view.heading.value == "<h3>⚙️ Settings</h3>"


def test_a_link_button_shows_its_type_icon_and_disabled_state():
    from nbstate.testing import AppTest

    app = CASES["link_button_look"][0].replace("import streamlit", "import nbstate")
    at = AppTest.from_string(app).run()
    button = at.get("link_button")[0]
    markup = button.proto.props["html"]
    assert "Go 🔥</a>" in markup and "background:#ff4b4b" in markup
    assert "pointer-events:none" in markup and "href=" not in markup  # disabled
    assert "width:200px" in markup
    assert button.url == "https://x.org"


def test_a_metric_shows_its_icon_arrow_and_delta_description():
    from nbstate.markup import element_html, with_layout
    from nbstate.testing import AppTest

    app = CASES["metric_look"][0].replace("import streamlit", "import nbstate")
    props = AppTest.from_string(app).run().metric[0].proto.props
    shown = with_layout(element_html("metric", props), props)
    assert "🌡️ Temp" in shown and "↑ 1.2 °F" in shown  # delta_arrow="up" on a fall
    assert "since yesterday" in shown and "height:150px" in shown and "max-width:200px" in shown
