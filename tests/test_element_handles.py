"""Element handles (issue 16 item 10): what each st.* display function returns.

Streamlit 1.67 facts, checked with its AppTest in a scratch venv: every display element
function returns a DeltaGenerator bound to that element's place (st.write returns None,
st.write_stream the text it wrote); an element function called on it replaces the element
in place, also after later elements, also by another kind, a container or a widget;
``with handle:`` replaces on each write; ``handle.write(a, b)`` is an error.
"""

from __future__ import annotations

import pytest

from nbstate.errors import NbStateNoAppError
from nbstate.layout import ElementHandle
from nbstate.testing import AppTest

#: Calls whose result Streamlit 1.67 returns as a DeltaGenerator (an element handle here).
RETURNS_A_HANDLE = [
    'st.text("a")',
    'st.markdown("a")',
    'st.title("a")',
    'st.header("a")',
    'st.subheader("a")',
    'st.caption("a")',
    'st.code("a")',
    "st.divider()",
    'st.error("a")',
    'st.warning("a")',
    'st.info("a")',
    'st.success("a")',
    'st.exception(ValueError("x"))',
    'st.html("<b>a</b>")',
    'st.json({"a": 1})',
    'st.latex("x")',
    'st.link_button("a", "https://example.com")',
    'st.badge("a")',
    "st.help(len)",
    "st.dataframe(df)",
    "st.table(df)",
    'st.metric("a", 1)',
    "st.line_chart(df)",
    "st.bar_chart(df)",
    "st.area_chart(df)",
    "st.scatter_chart(df)",
    "st.pyplot(fig)",
    'st.vega_lite_chart(df, {"mark": "bar"})',
    'st.image(np.zeros((2, 2), dtype="uint8"))',
    'st.audio(b"x")',
    'st.video(b"x")',
    "st.progress(5)",
    'st.toast("t")',
    "st.balloons()",
    "st.snow()",
]

SETUP = """
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import nbstate as st
df = pd.DataFrame({"a": [1, 2]})
fig, ax = plt.subplots()
"""


def _run(body: str, check: bool = True) -> AppTest:
    at = AppTest.from_string(SETUP + body + "\nplt.close('all')", default_timeout=60).run()
    assert not check or not at.exception, at.exception
    return at


@pytest.mark.parametrize("call", RETURNS_A_HANDLE)
def test_display_functions_return_a_handle(call: str) -> None:
    at = _run(f"st.session_state.returned = type({call}).__name__", check="exception" not in call)
    assert at.session_state.returned == "ElementHandle"


def test_write_returns_none_and_write_stream_its_text_as_in_streamlit() -> None:
    at = _run(
        'st.session_state.w = st.write("a", df)\n'
        'st.session_state.s = st.write_stream(iter(["p", "q"]))'
    )
    assert at.session_state.w is None
    assert at.session_state.s == "pq"


def _page(at: AppTest) -> list[tuple[str, object]]:
    return [(e.type, getattr(e, "value", None)) for e in at.main.children]


def test_a_handle_replaces_its_element_in_place_after_later_elements() -> None:
    at = _run('t = st.text("a")\nst.write("later")\nt.text("b")')
    assert _page(at) == [("text", "b"), ("markdown", "later")]


def test_a_handle_replaces_its_element_by_another_kind() -> None:
    at = _run('t = st.text("a")\nst.write("later")\nt.markdown("b")')
    assert _page(at) == [("markdown", "b"), ("markdown", "later")]


def test_every_handle_of_a_place_replaces_the_same_element() -> None:
    at = _run('t = st.text("a")\nh = t.text("b")\nh.text("c")\nt.text("d")\nst.write("end")')
    assert _page(at) == [("text", "d"), ("markdown", "end")]


def test_progress_moves_and_empty_removes_the_bar() -> None:
    at = _run("bar = st.progress(50)\nbar.progress(80)")
    assert at.progress[0].value == 80
    at = _run('bar = st.progress(50)\nbar.empty()\nst.write("end")')
    assert not at.progress
    assert _page(at)[-1] == ("markdown", "end")


def test_a_toast_handle_replaces_the_toast() -> None:
    at = _run('msg = st.toast("Gathering...")\nmsg.toast("Ready!")')
    assert [t.value for t in at.toast] == ["Ready!"]


def test_a_handle_becomes_a_container_with_elements_in_it() -> None:
    at = _run(
        't = st.text("a")\nst.write("later")\n'
        'with t.container():\n    st.write("x")\n    st.write("y")'
    )
    assert [m.value for m in at.main.children[0].markdown] == ["x", "y"]
    assert _page(at)[1:] == [("markdown", "later")]


def test_with_a_handle_each_element_replaces_the_last() -> None:
    at = _run('t = st.error("e")\nwith t:\n    st.write("x")\n    st.write("y")')
    assert _page(at) == [("markdown", "y")]


def test_a_widget_can_replace_an_element_and_returns_its_value() -> None:
    at = _run('t = st.text("a")\nst.session_state.got = t.button("Go", key="go")')
    assert _page(at)[0][0] == "button"
    assert at.session_state.got is False
    at.button(key="go").click().run()
    assert at.session_state.got is True


def test_a_handle_keeps_the_area_of_its_element() -> None:
    at = _run('with st.sidebar:\n    t = st.text("side")\nst.write("later")\nt.text("still side")')
    assert [e.value for e in at.sidebar.text] == ["still side"]
    assert not at.main.text
    at = _run(
        "c = st.container()\nwith c:\n    t = st.text('a')\n    st.text('kept')\n"
        "st.write('later')\nt.text('b')"
    )
    assert [e.value for e in at.main.children[0].text] == ["b", "kept"]


def test_a_handle_write_of_several_arguments_is_an_error_as_in_streamlit() -> None:
    at = AppTest.from_string('import nbstate as st\nph = st.markdown("x")\nph.write("a", "b")')
    at.run()
    assert "Cannot replace a single element with multiple elements" in at.exception[0].value
    assert at.markdown[0].value == "x"


def test_a_handle_of_an_earlier_run_is_refused_with_a_clear_error() -> None:
    at = AppTest.from_string(
        "import nbstate as st\n"
        "if 'old' in st.session_state:\n    st.session_state.old.text('again')\n"
        "else:\n    st.session_state.old = st.text('first')\n"
    ).run()
    at.run()
    assert "belongs to an earlier run" in at.exception[0].value


def test_a_handle_outside_any_run_is_not_usable() -> None:
    at = _run('st.session_state.t = st.text("a")')
    with pytest.raises(NbStateNoAppError):
        at.session_state.t.text("b")
    assert isinstance(at.session_state.t, ElementHandle)


def test_a_handle_keeps_its_element_when_a_spinner_before_it_ends() -> None:
    # The spinner's element leaves the page when its block ends: the place is not an index.
    at = _run('with st.spinner("wait"):\n    t = st.text("a")\nst.text("b")\nt.text("c")')
    assert _page(at) == [("text", "c"), ("text", "b")]


def test_handles_of_elements_in_a_placeholder_replace_what_it_holds() -> None:
    at = _run('p = st.empty()\nt = p.text("a")\nu = p.text("b")\nt.text("c")\nu.text("d")')
    assert [e.value for e in at.text] == ["d"]


def test_a_markdown_handle_written_with_a_dataframe_becomes_the_dataframe() -> None:
    at = _run('ph = st.markdown("x")\nst.write("later")\nph.write(df)')
    assert _page(at)[0][0] == "dataframe"
    assert _page(at)[1:] == [("markdown", "later")]
