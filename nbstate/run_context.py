"""The context of the run in progress: which app, which container new elements go to."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .control import ScriptTimeout, StaleRunException
from .errors import NbStateNoAppError
from .tree import Element

if TYPE_CHECKING:
    from .host import RunHost
    from .session import Session


#: The kind of the stand-in container an element handle writes through (see `add`); its
#: `data` is the `Place` whose element it replaces. It is never in the tree.
SLOT = "slot"


@dataclass(eq=False, slots=True)
class Place:
    """Where an element is: its container and the element there now (replaced in place)."""

    parent: Element
    element: Element

    def replace(self, element: Element) -> None:
        """Put `element` where `self.element` is (found by identity: the index of an element
        may change, e.g. when a spinner before it is removed)."""
        children = self.parent.children
        assert children is not None
        for index in range(len(children) - 1, -1, -1):
            if children[index] is self.element:
                children[index] = element
                break
        else:  # gone: an st.empty placeholder holds whatever was written to it last
            if self.parent.kind == "empty":
                children.clear()
            children.append(element)
        self.element = element


class RunContext:
    """Everything one run of one app collects: its element tree and the widgets it created."""

    def __init__(self, app: RunHost, session: Session) -> None:
        self.app = app
        self.session = session
        self.state = session.state
        #: Elements written by callbacks; shown above the script's elements until the next run.
        self.callback_area = Element("container", children=[])
        self.main = Element("container", children=[])
        #: The app's side panel (`st.sidebar`); keyless widgets in it get other ids.
        self.sidebar = Element("container", {"_root": "sidebar", "_area": True}, children=[])
        #: The area pinned below the main area (`st.bottom`, a top-level st.chat_input).
        self.bottom = Element("container", {"_root": "bottom", "_area": True}, children=[])
        self._stack: list[Element] = [self.callback_area]
        #: True once the callbacks are done and the script runs (a run may be abandoned for a
        #: newer event only then).
        self.in_script = False
        self.widget_keys: dict[str, str] = {}
        #: The forms of this run, by key (an `api.forms.FormInfo` each).
        self.forms: dict[str, Any] = {}
        #: Fragments of this run by id: what it takes to rerun each alone.
        self.fragments: dict[str, tuple[Any, ...]] = {}
        self.fragment_calls: dict[str, int] = {}
        #: `@st.fragment(key=...)` keys of this run: the function each belongs to.
        self.fragment_keys: dict[str, str] = {}
        #: The fragments a keyed `st.rerun(<key>)` in a callback asked to rerun.
        self.rerun_fragments: tuple[str, ...] = ()
        #: The fragment whose body is running now ("" outside fragments).
        self.fragment_id = ""
        #: The fragment this run reruns alone, or None for a run of the whole app.
        self.fragment_run: str | None = None
        #: The new element of the fragment a fragment run reran.
        self.fragment_element: Element | None = None
        #: The page switch this run carries out (a page hash), taken from the app.
        self.requested_page: str | None = app.requested_page
        #: True when `st.switch_page` asked for it (no widget states come with such a run).
        self.switch_drops_widgets: bool = app.switch_drops_widgets
        app.requested_page, app.switch_drops_widgets = None, False
        #: The page this run shows: the one `st.navigation` picked ("" without pages).
        self.page_hash: str = self.requested_page or app.current_page
        #: What widget ids are scoped to: the app, or the app and the page that is running.
        self.id_scope: str = app.app_id
        #: The navigation menu `st.navigation` asked for in this run, or None.
        self.navigation: dict[str, Any] | None = None
        #: The `persist_state` of the widget being created ("page", "session" or None).
        self.persist_scope: str | None = None
        #: What st.set_page_config asked for in this run.
        self.page_config: dict[str, Any] | None = None
        self.widget_ids: set[str] = set()
        self.widget_count = 0
        #: The cached functions computing now (`caching.replay.Recording`s): each sees every
        #: element added, to show it again on a cache hit.
        self.recorders: list[Any] = []
        #: True when the run ended with an uncaught exception.
        self.failed = False
        #: A time.monotonic() limit (AppTest's timeout): past it, the next element stops the run.
        self.deadline: float | None = app.deadline
        self.started = time.monotonic()
        self._last_flush = self.started
        #: Whether adding an element looks at the clock (for the deadline, or to show a slow
        #: run's progress on a live page).
        self._timed = self.deadline is not None or app.live

    def start_script(self) -> None:
        """Callbacks are done: from now on elements go to the main area."""
        self._stack = [self.main]
        self.in_script = True

    @property
    def container(self) -> Element:
        """The container that the next element goes to."""
        return self._stack[-1]

    @property
    def areas(self) -> tuple[Element, Element, Element]:
        """The run's areas in page order: main, sidebar and bottom (without the callbacks')."""
        return self.main, self.sidebar, self.bottom

    def at_top_level(self) -> bool:
        """True when elements go to the main area itself (or to a placeholder or an element's
        handle right in it, or to the callbacks' area): where Streamlit 1.67 pins a
        st.chat_input to the bottom instead."""
        container = self.container
        if container is self.main or container is self.callback_area:
            return True
        if container.kind == SLOT:
            return container.data.parent is self.main
        return container.kind == "empty" and any(c is container for c in self.main.children or ())

    @contextmanager
    def to_bottom(self) -> Iterator[None]:
        """Send the elements created in the block to the end of the bottom area, with the ids
        they would have in the main area (as Streamlit moves a top-level st.chat_input)."""
        stand_in = Element("container", children=[])
        with self.inside(stand_in):
            yield
        self.bottom.children.extend(stand_in.children or ())  # type: ignore[union-attr]

    @property
    def root(self) -> str:
        """ "main", "sidebar" or "bottom": the area the current container belongs to."""
        root: str = self.container.props.get("_root", "main")
        return root

    @property
    def form_id(self) -> str:
        """The key of the form the current container is in, or ""."""
        form_id: str = self.container.props.get("_form", "")
        return form_id

    def add(self, element: Element) -> Element:
        """Append `element` to the current container and return it.

        A new container inherits the area and the form of the one it is created in. In an
        `st.empty` placeholder, or through an element's handle, the new element replaces
        what was there.
        """
        if self.in_script and self.app.newer_event:
            raise StaleRunException
        if self._timed:
            now = time.monotonic()
            if self.deadline is not None and now > self.deadline:
                raise ScriptTimeout
        container = self._stack[-1]
        if element.children is not None:
            for name in ("_root", "_form"):
                if name in container.props and name not in element.props:
                    element.props[name] = container.props[name]
        if container.kind == SLOT:
            # An element's handle (`t = st.text("a"); t.text("b")`): replace that element.
            container.data.replace(element)
        else:
            if container.kind == "empty":
                container.children.clear()  # type: ignore[union-attr]
            container.children.append(element)  # type: ignore[union-attr]
        for recorder in self.recorders:
            recorder.saw(element, container)
        if (
            self._timed
            and self.app.live
            and now - self.started > SLOW_RUN
            and now - self._last_flush > FLUSH_INTERVAL
        ):
            self.flush()
        return element

    def flush(self) -> None:
        """Show what this run has produced so far (a slow run shows progress as it goes)."""
        if self.app.live:
            self._last_flush = time.monotonic()
            self.app.show_partial(self)

    @contextmanager
    def inside(self, container: Element) -> Iterator[Element]:
        """Send the elements created in the block to `container`."""
        self._stack.append(container)
        try:
            yield container
        finally:
            self._stack.pop()


#: A run slower than this (seconds) starts showing its elements before it ends...
SLOW_RUN = 0.25
#: ...at most this often.
FLUSH_INTERVAL = 0.1

_current: RunContext | None = None


def current_context() -> RunContext:
    """The context of the run in progress, or a clear error outside any run."""
    if _current is None:
        raise NbStateNoAppError(
            "This st.* call creates an element, so it must run inside an app: put it in a "
            "`%%rerun` cell (after `import nbstate`), in a function shown with `st.app(fn)`, "
            "or in a script run by `nbstate.testing.AppTest`."
        )
    return _current


def active_context() -> RunContext | None:
    """The context of the run in progress, or None."""
    return _current


@contextmanager
def activate(ctx: RunContext) -> Iterator[RunContext]:
    """Make `ctx` the current run context for the duration of the block."""
    global _current
    previous = _current
    _current = ctx
    ctx.session.query_params.begin_run()
    try:
        yield ctx
    finally:
        _current = previous
        ctx.session.after_run()
