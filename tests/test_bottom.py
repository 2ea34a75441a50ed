"""st.bottom: the area below the main area (Streamlit 1.67), and its old name st._bottom.

Compared with Streamlit 1.67's AppTest by tests/differential/apps/bottom.py.
"""

from __future__ import annotations

import pytest

import nbstate as st
from nbstate import compat, options
from nbstate.errors import NbStateInvalidLayoutContextError, NbStateNotAvailableError
from nbstate.testing import AppTest

SIDEBAR_ERROR = (
    "`st.bottom` cannot be used inside `st.sidebar`. "
    "The bottom container is only available in the main app area."
)
DIALOG_ERROR = (
    "`st.bottom` cannot be used inside a dialog. "
    "The bottom container is only available in the main app area."
)


def _run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _bottom_texts(at: AppTest) -> list[str]:
    last = at._app.last_run
    assert last is not None
    return [e.props["body"] for e in last.bottom.walk() if e.kind == "markdown"]


def test_bottom_elements_come_after_the_main_area_also_after_later_main_elements() -> None:
    at = _run(
        """
import nbstate as st
st.write("main 1")
st.bottom.write("bottom 1")
st.write("main 2")
with st.bottom:
    st.write("bottom 2")
st.sidebar.write("side")
st.write("main 3")
"""
    )
    # In page order, as Streamlit's AppTest lists them: main, sidebar, bottom.
    assert [m.value for m in at.markdown] == [
        "main 1", "main 2", "main 3", "side", "bottom 1", "bottom 2",
    ]  # fmt: skip
    assert [m.value for m in at.main.markdown] == ["main 1", "main 2", "main 3"]
    assert [m.value for m in at.sidebar.markdown] == ["side"]
    assert _bottom_texts(at) == ["bottom 1", "bottom 2"]


def test_the_page_shows_the_bottom_area_after_the_main_area_and_hides_it_when_empty() -> None:
    at = _run("import nbstate as st\nst.write('main')\nst.bottom.write('pinned')")
    renderer = at._app.renderer
    body = at._app._body.children
    assert body[-2:] == (renderer.main.widget, renderer.bottom.widget)
    assert "nbstate-bottom" in renderer.bottom.widget._dom_classes
    assert renderer.bottom.widget.layout.display == "flex"
    assert len(renderer.bottom.widget.children) == 1
    at = AppTest.from_string("import nbstate as st\nst.write('main')").run()
    assert at._app.renderer.bottom.widget.layout.display == "none"


def test_bottom_is_hidden_again_when_a_run_writes_nothing_there() -> None:
    at = _run(
        """
import nbstate as st
if st.checkbox("pin"):
    st.bottom.write("pinned")
"""
    )
    bottom = at._app.renderer.bottom.widget
    assert bottom.layout.display == "none"
    at.checkbox[0].check().run()
    assert bottom.layout.display == "flex"
    at.checkbox[0].uncheck().run()
    assert bottom.layout.display == "none"
    assert bottom.children == ()


@pytest.mark.parametrize(
    ("use", "message"),
    [
        ("with st.sidebar:\n    st.bottom.write('x')", SIDEBAR_ERROR),
        ("with st.sidebar:\n    with st.bottom:\n        pass", SIDEBAR_ERROR),
        (
            "with st.sidebar:\n    with st.container():\n        st.bottom.button('b')",
            SIDEBAR_ERROR,
        ),
        (
            "@st.dialog('Box')\ndef box():\n    st.bottom.write('x')\nbox()",
            DIALOG_ERROR,
        ),
        (
            "with st.sidebar:\n    @st.dialog('Box')\n    def box():\n"
            "        with st.bottom:\n            pass\n    box()",
            DIALOG_ERROR,
        ),
    ],
)
def test_bottom_in_the_sidebar_or_a_dialog_raises_streamlits_error(use: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{use}\n").run()
    assert [e.type for e in at.exception] == ["NbStateInvalidLayoutContextError"]
    assert at.exception[0].value == message


def test_the_error_comes_on_the_attribute_already_as_streamlits_proxy() -> None:
    at = _run(
        """
import nbstate as st
from nbstate.errors import NbStateInvalidLayoutContextError
with st.sidebar:
    try:
        st.bottom.write
    except NbStateInvalidLayoutContextError as exc:
        st.write(str(exc))
"""
    )
    assert [m.value for m in at.sidebar.markdown] == [SIDEBAR_ERROR]


def test_bottom_works_in_callbacks_fragments_and_main_containers() -> None:
    at = _run(
        """
import nbstate as st
def note():
    st.bottom.write("from a callback")
st.button("go", on_click=note)
with st.container():
    st.bottom.write("from a container")
@st.fragment
def part():
    st.bottom.write("from a fragment")
part()
"""
    )
    at.button[0].click().run()
    assert not at.exception
    assert _bottom_texts(at) == ["from a callback", "from a container", "from a fragment"]


def test_widgets_with_callbacks_in_the_bottom_area() -> None:
    at = _run(
        """
import nbstate as st
st.session_state.setdefault("log", [])
def log(what):
    st.session_state.log.append(what)
with st.bottom:
    st.button("Press", key="press", on_click=log, args=("pressed",))
    st.text_input("Name", key="name", on_change=log, args=("typed",))
st.bottom.checkbox("Tick", on_change=log, args=("ticked",))
st.write(st.session_state.log)
"""
    )
    at.button(key="press").click().run()
    at.text_input(key="name").input("Ada").run()
    at.checkbox[0].check().run()
    assert at.session_state.log == ["pressed", "typed", "ticked"]
    assert at.session_state.name == "Ada"
    assert at.main.json[0].value == '["pressed", "typed", "ticked"]'
    assert len(at.main.button) == 0  # the widgets are in the bottom area, not in main


def test_keyless_widgets_in_the_bottom_area_get_ids_of_their_own() -> None:
    at = _run(
        """
import nbstate as st
st.text_input("Name")
st.sidebar.text_input("Name")
st.bottom.text_input("Name")
"""
    )
    ids = [t.id for t in at.text_input]
    assert len(ids) == 3 and len(set(ids)) == 3
    at.text_input[2].input("bottom").run()
    assert [t.value for t in at.text_input] == ["", "", "bottom"]


def test_a_fragment_in_the_bottom_area_reruns_alone_in_place() -> None:
    at = _run(
        """
import nbstate as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
@st.fragment
def counter():
    if st.button("Count"):
        st.session_state.count = st.session_state.get("count", 0) + 1
    st.write("count:", st.session_state.get("count", 0))
with st.bottom:
    counter()
st.write("main")
"""
    )
    at.button[0].click().run()
    assert at.session_state.runs == 1  # the fragment alone ran
    assert _bottom_texts(at) == ["count: `1`"]
    assert [m.value for m in at.main.markdown] == ["main"]
    at.button[0].click().run()
    assert _bottom_texts(at) == ["count: `2`"]


def test_forms_and_containers_in_the_bottom_area() -> None:
    at = _run(
        """
import nbstate as st
with st.bottom:
    with st.expander("More"):
        st.write("inside")
    with st.form("f"):
        st.text_input("In form", key="t")
        st.form_submit_button("Send")
st.write("sent:", st.session_state.get("t"))
"""
    )
    assert [e.label for e in at.expander] == ["More"]
    assert [m.value for m in at.expander[0].markdown] == ["inside"]
    assert [f.key for f in at.get("form")] == ["f"]
    at.text_input(key="t").input("x")
    at.button[0].click().run()
    assert at.main.markdown[0].value == "sent: x"


def test_containers_in_the_sidebar_are_listed_too() -> None:
    # Only the areas themselves are left out of AppTest's lists, as in Streamlit's.
    at = _run("import nbstate as st\nwith st.sidebar.expander('Side'):\n    st.write('in')")
    assert [e.label for e in at.expander] == ["Side"]
    assert [e.label for e in at.sidebar.expander] == ["Side"]


def test_a_top_level_chat_input_is_pinned_to_the_bottom_area() -> None:
    at = _run(
        """
import nbstate as st
st.write("before")
said = st.chat_input("Say", key="say")
st.write("after", said)
with st.container():
    st.chat_input("Inline")
st.bottom.chat_input("Say")
"""
    )
    # As Streamlit 1.67: the first in the bottom area, the one in a container where it is.
    assert [c.placeholder for c in at.chat_input] == ["Inline", "Say", "Say"]
    assert [c.placeholder for c in at.main.chat_input] == ["Inline"]
    last = at._app.last_run
    assert [e.props["placeholder"] for e in last.bottom.walk()] == ["Say", "Say"]
    # the pinned one has its main-area id: not the same as the one written to st.bottom
    assert len({c.id for c in at.chat_input}) == 3
    at.chat_input(key="say").set_value("hello").run()
    assert [m.value for m in at.main.markdown] == ["before", "after hello"]


def test_a_chat_input_in_a_fragment_or_the_sidebar_stays_there() -> None:
    at = _run(
        """
import nbstate as st
@st.fragment
def part():
    st.chat_input("In fragment")
part()
st.sidebar.chat_input("In sidebar")
"""
    )
    assert at._app.last_run.bottom.children == []
    assert [c.placeholder for c in at.main.chat_input] == ["In fragment"]
    assert [c.placeholder for c in at.sidebar.chat_input] == ["In sidebar"]


def test_a_chat_input_through_a_placeholder_in_main_goes_to_the_bottom() -> None:
    # Streamlit 1.67: the placeholder is no layout block, so the chat input is pinned.
    at = _run("import nbstate as st\nslot = st.empty()\nslot.write('kept')\nslot.chat_input('Hi')")
    assert [m.value for m in at.main.markdown] == ["kept"]
    assert [e.kind for e in at._app.last_run.bottom.children] == ["chat_input"]


def test_old_name_shows_streamlits_deprecation_warning_once_per_session() -> None:
    at = _run(
        """
import nbstate as st
st._bottom.write("old")
with st._bottom:
    st.write("old again")
"""
    )
    assert _bottom_texts(at) == ["old", "old again"]
    assert [w.value for w in at.warning] == [
        "Please replace `st._bottom` with `st.bottom`.\n\n"
        "`st._bottom` will be removed after 2026-07-01."
    ]
    at.run()
    assert len(at.warning) == 0


def test_old_name_shows_no_warning_when_error_details_are_hidden() -> None:
    saved = options.snapshot()  # options are the process's: put this one back
    try:
        options.set_option("client.showErrorDetails", "none")
        at = AppTest.from_string("import nbstate as st\nst._bottom.write('old')").run()
    finally:
        options.restore(saved)
    assert len(at.warning) == 0
    assert _bottom_texts(at) == ["old"]


def test_bottom_is_no_longer_in_the_not_available_list() -> None:
    assert "bottom" not in compat.ALTERNATIVES
    assert "bottom" in st.__all__
    assert repr(st.bottom) == "<st.bottom>"
    with pytest.raises(NbStateNotAvailableError):
        st.nothing_like_this  # noqa: B018 - the attribute access is the test


def test_bottom_cannot_be_called_on_a_container() -> None:
    at = AppTest.from_string("import nbstate as st\nst.container().bottom").run()
    assert at.exception and "cannot be called on a container" in at.exception[0].value


def test_bottom_outside_an_app_says_to_run_it_in_one() -> None:
    with pytest.raises(Exception, match="inside an app"):
        st.bottom.write("x")
    assert issubclass(NbStateInvalidLayoutContextError, Exception)


def test_a_cached_function_writing_to_bottom_cannot_be_replayed_as_in_streamlit() -> None:
    # Streamlit 1.67 raises CacheReplayClosureError on the cache hit (checked by hand with
    # its AppTest): st.bottom is a block created outside the function.
    at = AppTest.from_string(
        """
import nbstate as st
@st.cache_data
def load(n):
    st.bottom.write(f"loading {n}")
    return n
st.write(load(1), load(1))
"""
    ).run()
    assert [e.type for e in at.exception] == ["CacheReplayClosureError"]
    assert _bottom_texts(at) == ["loading 1"]
