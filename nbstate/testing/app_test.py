"""`AppTest`: run an nbstate app headlessly and interact with it, as Streamlit's AppTest does.

The real engine runs: the same `App` run cycle, `SessionState` and reconciliation with real
ipywidgets that a kernel uses. Only the browser is simulated: staged values and clicks are
delivered to the widgets as the browser's comm messages would be.
"""

from __future__ import annotations

import copy
import inspect
import logging
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import options as config
from ..control import ScriptTimeout
from ..multipage import icon_and_name, page_hash
from ..page_config import secrets as app_secrets
from ..runner import App
from ..script import Script
from ..session import Session
from ..state import SessionStateProxy
from ..tree import Element
from ..url_query import parse_query_string, to_query_string
from ..views import apptest_lists
from .base import AppTestError, Block, BlockList, ElementList, TestElement
from .browser import page_from_context
from .elements import wrap

#: Element types an AppTest lists (``at.slider``, ``at.markdown``...): the `@shows`
#: declarations of the views (`nbstate.views.registry`).
ELEMENT_TYPES: dict[str, tuple[str, ...]] = apptest_lists()


def _log_to_the_console() -> None:
    """Send nbstate's log lines to the process's own stderr, as Streamlit's go to its
    console: not to ``sys.stderr``, which a run redirects into the page (in a kernel they go
    to the kernel's log instead, see `nbstate.magic`)."""
    logger = logging.getLogger("nbstate")
    if not logger.handlers and sys.__stderr__ is not None:
        logger.addHandler(logging.StreamHandler(sys.__stderr__))


_log_to_the_console()

#: Names `get` also accepts for a list (Streamlit's element types of a column and a tab).
_GET_ALIASES = {"column": "columns", "tab": "tabs"}


class AppTest:
    """A headless run of an app script, for tests.

    Create one with `from_string`, `from_function` or `from_file`, call `run()`, then inspect
    and interact: ``at.slider[0].set_value(5).run()``, ``at.button(key="go").click().run()``,
    ``at.session_state["x"]``, ``at.markdown[0].value``, ``at.exception``.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, script: Script, *, default_timeout: float = 3) -> None:
        self.default_timeout = default_timeout
        self._session = Session()
        self._app = App(self._session, "apptest", script, label="AppTest", headless=True)
        self._staged: dict[str, Any] = {}
        self._clicks: list[str] = []
        self._has_run = False
        #: The page `switch_page` asked for (a page hash; it holds for every later run).
        self._page_hash = ""
        #: Secrets the script sees as `st.secrets` during runs (when not empty).
        self.secrets: dict[str, Any] = {}
        #: The page URL's query parameters: set before `run()`, the script sees them as
        #: `st.query_params`; after it, what the script left (one value: a str, a repeated
        #: key: a list of str), as Streamlit's AppTest.
        self.query_params: dict[str, Any] = {}
        #: What the simulated browser tells `st.context` (timezone, timezone_offset, locale,
        #: url, is_embedded, theme), as Streamlit's AppTest.context.
        self.context: dict[str, Any] = {}
        #: Who the script sees as `st.user`, as Streamlit's AppTest.user (its default
        #: too); after a run, what the run left (`st.logout()` clears it).
        self.user: dict[str, Any] = {"email": "test@example.com"}

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of a script given as a string (``import nbstate as st`` in it)."""
        source = textwrap.dedent(script)
        return cls(Script(source, filename="<AppTest script>"), default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An AppTest whose script is `script` called with `args` and `kwargs` on every run."""
        return cls(
            Script(function=script, args=tuple(args or ()), kwargs=kwargs),
            default_timeout=default_timeout,
        )

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of a script file; a relative path is relative to the calling file's
        folder (not the working directory), as in Streamlit.

        The script sees ``__file__`` as Streamlit sets it: the path it was found at (the
        calling file's folder joined with a relative path; an absolute path unchanged).
        """
        path = Path(script_path)
        if not path.is_absolute():
            caller = inspect.stack()[1].filename
            path = Path(caller).parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        source = path.read_text()
        file_name = str(path)
        script = Script(source, filename=file_name, globals_factory=lambda: {"__file__": file_name})
        return cls(script, default_timeout=default_timeout)

    @property
    def args(self) -> tuple[Any, ...] | None:
        """The positional arguments of a `from_function` script (None for other scripts);
        assign to change them for the next run."""
        script = self._app.script
        return script.args if script.function is not None else None

    @args.setter
    def args(self, value: tuple[Any, ...] | None) -> None:
        self._app.script.args = tuple(value or ())

    @property
    def kwargs(self) -> dict[str, Any] | None:
        """The keyword arguments of a `from_function` script (None for other scripts)."""
        script = self._app.script
        return script.kwargs if script.function is not None else None

    @kwargs.setter
    def kwargs(self, value: dict[str, Any] | None) -> None:
        self._app.script.kwargs = dict(value or {})

    # ------------------------------------------------------------------ running

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Send the staged values and clicks as a browser would, and run the app once.

        Staging a value on a disabled widget raises AppTestError; a widget disabled since
        the value was staged does not send it. A run that takes longer than `timeout` seconds
        (default `default_timeout`; 0 or less times out at once, as in Streamlit) raises
        RuntimeError.
        """
        limit = self.default_timeout if timeout is None else timeout
        if limit is None:
            self._app.deadline = None
        else:  # 0 or less: timed out already, as in Streamlit (0 is not "no limit")
            self._app.deadline = time.monotonic() + limit if limit > 0 else 0.0
        if self._app.deadline is not None:
            _watchdog.watch(self._app, self._app.deadline)
        if not isinstance(self.user, dict):
            raise AppTestError(f"AppTest.user must be a dict, not {type(self.user).__name__}.")
        self._session.browser = page_from_context(self.context)
        self._session.user = copy.deepcopy(self.user)
        self._session.query_params.set_query_string(to_query_string(self.query_params))
        try:
            with app_secrets.overridden(self.secrets or None):
                self._run_once()
        except ScriptTimeout:
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)") from None
        finally:
            _watchdog.unwatch()
            self._app.deadline = None
            self.query_params = parse_query_string(self._session.query_params.url)
            self.user = dict(self._session.user)
        self._has_run = True
        return self

    def _run_once(self) -> None:
        if self._page_hash:
            self._app.requested_page = self._page_hash
        self._deliver()
        if self._app.has_pending_events():
            self._app.process_events()
        else:
            self._app.run()

    def _deliver(self) -> None:
        staged, clicks = self._staged, self._clicks
        self._staged, self._clicks = {}, []
        renderer = self._app.renderer
        for widget_id, value in staged.items():
            view = renderer.view_for(widget_id)
            if view is not None and not view.disabled:
                view.simulate_user_value(value)  # type: ignore[attr-defined]
        for widget_id in clicks:
            view = renderer.view_for(widget_id)
            if view is not None and not view.disabled:
                view.simulate_click()  # type: ignore[attr-defined]

    def switch_page(self, page_path: str) -> AppTest:
        """Make the next runs show the page file `page_path` (relative to the main script's
        folder), as a click in the navigation menu would; call `run()` next.

        As in Streamlit, the request holds for every later run, a page registered by
        `st.navigation` is matched by its file, and a file that is not a registered page
        raises ValueError (run the app once first, so that its pages are known).
        """
        script = Path(self._app.script.filename)
        main_dir = self._app.script_dir()
        full_path = main_dir / page_path
        if not full_path.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{str(script)!r}. Resolved page path: {str(full_path.resolve())!r}."
            )
        self._page_hash = self._resolve_page_hash(full_path.resolve())
        return self

    def _resolve_page_hash(self, target: Path) -> str:
        _icon, name = icon_and_name(target)
        pages = self._app.pages
        matches = [
            h for h, page in pages.items() if isinstance(page._page, Path) and page._page == target
        ]
        if matches:
            return next((h for h in matches if pages[h].url_path == name), matches[0])
        if pages:
            known = [
                str(page._page) if isinstance(page._page, Path) else page.url_path or page.title
                for page in pages.values()
            ]
            raise ValueError(
                f"Could not find a navigation page for {str(target)!r}. "
                "AppTest.switch_page() matches registered script paths. "
                "If page registration depends on Session State, call "
                "AppTest.run() after updating the state and before switching. "
                f"Known pages: {known}."
            )
        return page_hash(name)

    # ------------------------------------------------------------------ reading

    @property
    def session_state(self) -> SessionStateProxy:
        """The app's session state; a write between runs acts like a callback write."""
        return SessionStateProxy(lambda: self._session.state)

    def _main(self) -> Element:
        last = self._app.last_run
        if last is None:
            return Element("container", children=[])
        shown = [*(last.callback_area.children or ()), *(last.main.children or ())]
        return Element("container", children=shown)

    def _tree(self) -> Element:
        # In page order, as Streamlit's AppTest: main, sidebar, then the bottom (`st.bottom`).
        last = self._app.last_run
        areas = [a for a in last.areas[1:] if a.children] if last is not None else []
        return Element("container", children=[*(self._main().children or ()), *areas])

    @property
    def main(self) -> Block:
        """The app's main area (type "main"); iterating it yields every element depth-first."""
        return self._root_block(self._main(), "main")

    @property
    def sidebar(self) -> Block:
        """The app's side panel (`st.sidebar`, type "sidebar")."""
        last = self._app.last_run
        root = last.sidebar if last is not None else Element("container", children=[])
        return self._root_block(root, "sidebar")

    def _root_block(self, element: Element, name: str) -> Block:
        block = Block(self, element)
        block.type = name
        return block

    def __iter__(self) -> Iterator[Any]:
        return iter(self.main)

    def get(self, element_type: str) -> ElementList:
        """The elements of `element_type` (a list name such as ``"markdown"``), in page order.

        As in Streamlit, a name that is not an element type gives an empty list.
        """
        return self._list_in(self._tree(), element_type)

    def get_by_key(self, key: str) -> TestElement:
        """The one element or container whose key is `key`, whatever its type.

        Raises KeyError when no element has the key, AppTestError when several have it
        (then pick by type: ``at.text_input(key="x")``).
        """
        return self._by_key_in(self._tree(), key)

    def __getattr__(self, name: str) -> ElementList:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._list_in(self._tree(), name, attribute=True)

    # Queries shared with the containers (`Block`): they ask the AppTest, which knows the
    # table of element types, the wrapper classes and the whole tree.

    def _wrap(self, element: Element) -> TestElement:
        return wrap(self, element)

    def _list_in(self, root: Element, name: str, *, attribute: bool = False) -> ElementList:
        kinds = ELEMENT_TYPES.get(_GET_ALIASES.get(name, name))
        if kinds is None:
            if attribute:
                raise AttributeError(
                    f"AppTest has no attribute {name!r}: it is not an element list. The lists "
                    f"are named after Streamlit's element types: {', '.join(sorted(ELEMENT_TYPES))}"
                )
            # As Streamlit's `get`, any other name is an element type, maybe with no element.
            kinds = (name,)
        found = [self._wrap(e) for e in root.walk() if e.kind in kinds and "_area" not in e.props]
        return BlockList(found) if found and isinstance(found[0], Block) else ElementList(found)

    def _by_key_in(self, root: Element, key: str) -> TestElement:
        matches = [e for e in root.walk() if e.key == key]
        if not matches:
            raise KeyError(key)
        if len(matches) > 1:
            raise AppTestError(
                f"Multiple elements have key {key!r}. Pick one by type, e.g. "
                f"at.{matches[0].kind}(key={key!r}), or look inside a container."
            )
        return self._wrap(matches[0])

    def _parent_of(self, element: Element) -> Element | None:
        """The container holding `element` in the last run, or None."""
        for parent in [self._tree(), *self._tree().walk()]:
            if any(child is element for child in parent.children or ()):
                return parent
        return None

    def _form_of(self, element: Element) -> str:
        """The key of the form around `element` ("" when it is in no form)."""
        parent = self._parent_of(element)
        while parent is not None:
            if parent.kind == "form":
                return str(parent.props.get("_form", parent.key or ""))
            parent = self._parent_of(parent)
        return ""

    def __repr__(self) -> str:
        return f"<AppTest runs={self._app.run_count}>"


class _Watchdog:
    """A thread that stops an AppTest run at its deadline, wherever its code is.

    A run is stopped with a ScriptTimeout raised in the app's code (the script or a
    callback), never in nbstate's bookkeeping: see `_InterruptGate`. The thread wakes at
    deadlines only; a run that ends in time costs a few attribute writes.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._app: App | None = None
        self._deadline = 0.0
        #: When the thread wakes next (None: it waits for a run to watch).
        self._wakes_at: float | None = None
        self._thread: threading.Thread | None = None

    def watch(self, app: App, deadline: float) -> None:
        """Stop `app`'s run if it is still going at `deadline` (a time.monotonic())."""
        with self._cond:
            self._app, self._deadline = app, deadline
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._serve, name="nbstate-AppTest-timeout", daemon=True
                )
                self._thread.start()
            elif self._wakes_at is None or self._wakes_at > deadline:
                self._cond.notify()

    def unwatch(self) -> None:
        """The run ended: nothing to stop."""
        with self._cond:
            self._app = None

    def _serve(self) -> None:
        with self._cond:
            while True:
                if self._app is None:
                    self._wakes_at = None
                    self._cond.wait()
                    continue
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._wakes_at = self._deadline
                    self._cond.wait(remaining)
                    continue
                app, self._app = self._app, None
                app.deadline = 0.0  # a later run of the same at.run() stops at its start
                gate = app.gate
                if gate is not None:
                    gate.interrupt(ScriptTimeout)


_watchdog = _Watchdog()


@contextmanager
def patch_options(options: dict[str, Any]) -> Iterator[None]:
    """Set nbstate options (Streamlit's names) for the duration of the block."""
    saved = config.snapshot()
    try:
        for name, value in options.items():
            config.set_option(name, value)
        yield
    finally:
        config.restore(saved)
