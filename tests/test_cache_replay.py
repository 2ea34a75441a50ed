"""Element replay on cache hits (issue 16 item 16), as Streamlit 1.67 does it
(streamlit/runtime/caching/cached_message_replay.py): every element a cached function showed
is shown again when a call is a cache hit, in order, in the containers the function created,
in the sidebar, and in the container of the replaying call; a widget or a form in a cached
function shows a CachedWidgetWarning. Checked against Streamlit's AppTest by
tests/differential/apps/cached_widget.py and cached_replay.py."""

from __future__ import annotations

import pytest

import nbstate as st
from nbstate.testing import AppTest


@pytest.fixture(autouse=True)
def empty_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def app(body: str) -> AppTest:
    return AppTest.from_string("import nbstate as st\n" + body)


def kinds(at: AppTest) -> list[str]:
    """The element kinds of the main area, depth-first."""
    return [e.proto.kind for e in at.main]


LOAD = """
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def load(n):
    calls.append(n)
    st.markdown(f"loading {n}")
    with st.container(border=True):
        st.caption("inside")
    st.sidebar.text("side")
    return n * 2
"""


def test_a_cache_hit_shows_what_the_computation_showed_in_order() -> None:
    at = app(LOAD + "st.write(load(1), load(1))\nst.text('end')").run()
    # the second call is a hit: same elements again, and the function did not run
    assert at.session_state.calls == [1]
    block = ["markdown", "container", "caption"]
    expected = [*block, *block, "markdown", "text"]
    assert kinds(at) == expected
    assert at.markdown.values == ["loading 1", "loading 1", "`2` `2`"]
    assert at.caption.values == ["inside", "inside"]
    assert at.sidebar.text.values == ["side", "side"]
    at.run()  # every call is a hit now
    assert at.session_state.calls == [1]
    assert kinds(at) == expected
    assert at.sidebar.text.values == ["side", "side"]


def test_a_replay_goes_to_the_container_of_the_replaying_call() -> None:
    at = app(LOAD + "load(1)\na, b = st.columns(2)\nwith b:\n    load(1)").run()
    first, second = at.columns
    assert list(first) == []
    assert [e.proto.kind for e in second] == ["markdown", "container", "caption"]
    assert second.markdown[0].value == "loading 1"
    assert kinds(at)[:3] == ["markdown", "container", "caption"]


def test_later_writes_into_a_returned_container_are_not_replayed() -> None:
    at = app(
        """
@st.cache_resource
def box():
    c = st.container()
    c.text("made in the function")
    return c
box().text("written after")
box()
"""
    ).run()
    assert at.text.values == ["made in the function", "written after", "made in the function"]


def test_cache_resource_and_nested_cached_functions_replay_too() -> None:
    at = app(
        """
@st.cache_resource
def inner():
    st.info("inner")
    return 1
@st.cache_data
def outer():
    st.text("outer")
    return inner() + 1
st.write(outer(), outer(), inner())
"""
    ).run()
    assert at.info.values == ["inner", "inner", "inner"]
    assert at.text.values == ["outer", "outer"]
    assert kinds(at) == ["text", "info", "text", "info", "info", "markdown"]


def test_a_widget_in_a_cached_function_warns_and_is_replayed_without_a_value() -> None:
    at = app(
        """
@st.cache_data
def pick():
    return st.checkbox("Inside the cache", key="box")
pick()
st.write("after")
"""
    ).run()
    [warning] = at.exception
    assert warning.type == "CachedWidgetWarning" and warning.is_warning
    assert warning.value.startswith("Your script uses a widget command in a cached function")
    assert "move all widget commands outside the cached function" in warning.value
    # its stack is the user's code down to the widget call, without nbstate's frames
    assert any("st.checkbox" in line for line in warning.stack_trace)
    assert not any("nbstate/" in line for line in warning.stack_trace)
    assert kinds(at) == ["exception", "checkbox", "markdown"]  # warned where it was created
    assert at.checkbox[0].value is False
    assert at.session_state.box is False
    at.run()
    # the hit replays the warning and the widget; no run registered the widget
    assert kinds(at) == ["exception", "checkbox", "markdown"]
    assert at.exception[0].type == "CachedWidgetWarning"
    with pytest.raises(KeyError):
        at.checkbox[0].value  # noqa: B018 - as Streamlit's AppTest
    assert "box" not in at.session_state


def test_a_form_in_a_cached_function_warns() -> None:
    at = app(
        """
@st.cache_data
def make():
    with st.form("f"):
        st.form_submit_button("Send")
make()
"""
    ).run()
    # one warning for the form, one for its submit button, as in Streamlit
    assert [e.type for e in at.exception] == ["CachedWidgetWarning"] * 2
    assert len(at.button) == 1


def test_a_write_into_a_container_made_outside_cannot_be_replayed() -> None:
    at = app(
        """
c = st.container()
@st.cache_data
def f(_box):
    _box.write("into the outside box")
    return 1
f(c)
st.write("end")
"""
    ).run()
    assert at.markdown.values == ["into the outside box", "end"]  # the computing run works
    at.run()
    [error] = at.exception
    assert error.type == "CacheReplayClosureError"
    assert "`f()`" in error.value and "layout block" in error.value
    assert "Move the creation of that layout block inside `f()`" in error.value
    assert at.markdown.values == []


def replays() -> list[dict]:
    """The stored replays of every st.cache_data function."""
    from nbstate.caching.api import _data_caches

    return [cache.replays for cache in _data_caches.shared._caches.values()]


def test_clearing_a_cached_function_forgets_its_replays() -> None:
    at = app(LOAD + "load(3)\nload(4)\nif st.session_state.get('clear'):\n    load.clear(3)").run()
    assert at.markdown.values == ["loading 3", "loading 4"]
    [stored] = replays()
    assert len(stored) == 2
    at.session_state["clear"] = True
    at.run()
    assert len(stored) == 1  # the replay of load(3) went with its value
    at.session_state["clear"] = False
    at.run()
    assert at.session_state.calls == [3, 4, 3]  # computed again, and shown once
    assert at.markdown.values == ["loading 3", "loading 4"]
    assert len(stored) == 2


def test_a_function_that_shows_nothing_stores_no_replay() -> None:
    at = app("@st.cache_data\ndef f():\n    return 1\nst.write(f(), f())").run()
    assert kinds(at) == ["markdown"]
    assert replays() == [{}]
