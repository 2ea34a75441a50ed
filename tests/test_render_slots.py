"""A slot (`st.empty`) that shows another kind of element on each run: views are swapped.

A view is reused only for an element of a kind it shows (issue 16 item 14: an Output view,
left by a chart, was reused for a container and the run crashed with ``KeyError: 'outputs'``).
"""

from __future__ import annotations

from nbstate.testing import AppTest
from nbstate.views import view_class

#: One element of (nearly) every view class, written into the same placeholder.
SHOWN = {
    "markdown": 'ph.markdown("m")',
    "title": 'ph.title("t")',
    "text": 'ph.text("t")',
    "code": 'ph.code("c")',
    "alert": 'ph.info("i")',
    "metric": 'ph.metric("m", 1)',
    "latex": 'ph.latex("x^2")',
    "badge": 'ph.badge("b")',
    "progress": "ph.progress(30)",
    "line_chart": 'ph.line_chart(pd.DataFrame({"a": [1, 2]}))',
    "printed": 'ph.write(pd.DataFrame({"a": [1, 2]}))',
    "container": 'ph.container().write("one")',
    "columns": 'ph.columns(2)[0].write("one")',
    "expander": 'ph.expander("e").write("one")',
    "tabs": 'ph.tabs(["a"])[0].write("one")',
    "button": 'ph.button("b")',
    "slider": 'ph.slider("s", 0, 9)',
    "range_slider": 'ph.slider("r", 0, 9, (1, 2))',
    "date_range": 'ph.date_input("d", (dt.date(2024, 1, 1), dt.date(2024, 1, 2)))',
    "text_input": 'ph.text_input("t")',
}

SCRIPT = """
import datetime as dt
import pandas as pd
import nbstate as st
ph = st.empty()
exec(st.session_state.shown, globals())
st.write("after")
"""


def _every_ordered_pair(count: int) -> list[int]:
    """A walk over 0..count-1 whose consecutive steps are every ordered pair once (an
    Eulerian circuit of the complete digraph with loops)."""
    unused = {node: list(range(count)) for node in range(count)}
    stack, walk = [0], []
    while stack:
        node = stack[-1]
        if unused[node]:
            stack.append(unused[node].pop())
        else:
            walk.append(stack.pop())
    return walk[::-1]


def test_the_walk_covers_every_ordered_pair() -> None:
    walk = _every_ordered_pair(4)
    assert sorted(zip(walk, walk[1:], strict=False)) == [(a, b) for a in range(4) for b in range(4)]


def test_a_placeholder_switches_between_every_pair_of_kinds() -> None:
    names = list(SHOWN)
    at = AppTest.from_string(SCRIPT, default_timeout=60)
    slot_box = None
    for index in _every_ordered_pair(len(names)):
        at.session_state.shown = SHOWN[names[index]]
        at.run()
        assert not at.exception, (names[index], at.exception)
        app = at._app
        slot = app.last_run.main.children[0]
        (element,) = slot.children
        box = app.renderer.main.children[0]
        slot_box = slot_box or box
        assert box is slot_box  # the placeholder itself is kept
        (view,) = box.children
        assert type(view) is view_class(element), names[index]
        assert box.widget.children == (view.widget,)
        assert at.markdown[-1].value == "after"
