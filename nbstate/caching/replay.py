"""Element replay: what a cached function showed is shown again when a call is a cache hit.

As in Streamlit, a function cached with `st.cache_data` or `st.cache_resource` that calls
``st.*`` element functions shows those elements on every call: when the value comes from the
cache, the elements its computation showed are added again, in order. A `Recording` watches
the run's `RunContext` while the function computes (``ctx.recorders``); the `Replay` it makes
is stored next to the cached value (in memory only: a value read from the disk cache after a
kernel restart shows nothing).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import CacheReplayClosureError
from ..run_context import RunContext
from ..tree import Element


@dataclasses.dataclass(frozen=True)
class Replay:
    """The elements a computation showed: ``(where, element)`` pairs, in order.

    `where` is ``"here"`` (the container the call was made in, so a replay goes to the
    container of the replaying call), ``"sidebar"`` or ``"main"``. `outside` is True when the
    function wrote into a container created outside it, which a replay cannot find.
    """

    shown: tuple[tuple[str, Element], ...]
    outside: bool


class Recording:
    """Collects the elements added to `ctx` while a cached function computes."""

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self._home = ctx.container
        #: Containers created by the function (by id; the dict keeps them alive).
        self._mine: dict[int, Element] = {}
        self._shown: list[tuple[str, Element]] = []
        self._outside = False

    def saw(self, element: Element, container: Element) -> None:
        """`element` was added to `container` (called by `RunContext.add`)."""
        if element.children is not None:
            self._mine[id(element)] = element
        if id(container) in self._mine:
            return  # inside a container of the function: replayed with it
        ctx = self._ctx
        if container is self._home:
            self._shown.append(("here", element))
        elif container is ctx.sidebar:
            self._shown.append(("sidebar", element))
        elif container is ctx.main:
            self._shown.append(("main", element))
        else:
            self._outside = True

    def replay(self) -> Replay | None:
        """What to show on a cache hit (a copy: later changes to the page do not change it),
        or None when the function showed nothing."""
        if not self._shown and not self._outside:
            return None
        shown = tuple((where, _frozen(element)) for where, element in self._shown)
        return Replay(shown, self._outside)


@contextmanager
def recording(ctx: RunContext | None) -> Iterator[Recording | None]:
    """Record what the block shows in `ctx` (nothing outside a run: yields None)."""
    if ctx is None:
        yield None
        return
    recorder = Recording(ctx)
    ctx.recorders.append(recorder)
    try:
        yield recorder
    finally:
        ctx.recorders.remove(recorder)


def replay(ctx: RunContext | None, record: Replay | None, function_name: str, api: str) -> None:
    """Show the elements of `record` again in `ctx`, as the computation showed them."""
    if ctx is None or record is None:
        return
    if record.outside:
        raise CacheReplayClosureError(function_name, api)
    for where, element in record.shown:
        if where == "here":
            _add(ctx, element)
        else:
            with ctx.inside(ctx.sidebar if where == "sidebar" else ctx.main):
                _add(ctx, element)


def _frozen(element: Element) -> Element:
    """A copy of `element` and its children, without the area and form it inherited (a
    replay adds it where the replaying call is). A widget is marked as replayed: no run
    registers it, so it has no value in session_state (as in Streamlit)."""
    props = {
        name: value
        for name, value in element.props.items()
        if name != "_root" and (name != "_form" or element.kind == "form")
    }
    if element.widget_id is not None:
        props["_replayed"] = True
    children = None if element.children is None else [_frozen(c) for c in element.children]
    return dataclasses.replace(element, props=props, children=children)


def _add(ctx: RunContext, element: Element) -> None:
    copy = dataclasses.replace(
        element,
        props=dict(element.props),
        children=None if element.children is None else [],
    )
    ctx.add(copy)
    if element.children:
        with ctx.inside(copy):
            for child in element.children:
                _add(ctx, child)
