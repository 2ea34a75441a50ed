"""`AppTest`: run an nbstate app headlessly and interact with it, as Streamlit's AppTest does.

The real engine runs: the same `App` run cycle, `SessionState` and reconciliation with real
ipywidgets that a kernel uses. Only the browser is simulated: staged values and clicks are
delivered to the widgets as the browser's comm messages would be.
"""

from __future__ import annotations

import inspect
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import options as config
from ..control import ScriptTimeout
from ..runner import App
from ..script import Script
from ..session import Session
from ..state import SessionStateProxy
from ..tree import Element
from ..views import apptest_lists
from .elements import Block, ElementList, wrap

#: Element types an AppTest lists (``at.slider``, ``at.markdown``...), from the `@shows`
#: declarations of the views (`nbstate.views.registry`).
ELEMENT_TYPES: dict[str, tuple[str, ...]] = apptest_lists()


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
        """An AppTest of a script file; a relative path is relative to the calling file."""
        path = Path(script_path)
        if not path.is_absolute() and not path.exists():
            caller = inspect.stack()[1].filename
            path = Path(caller).parent / path
        source = path.read_text()
        return cls(Script(source, filename=str(path)), default_timeout=default_timeout)

    # ------------------------------------------------------------------ running

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Send the staged values and clicks as a browser would, and run the app once.

        Staging a value on a disabled widget raises AppTestError; a widget disabled since
        the value was staged does not send it. A run that takes longer than `timeout` seconds
        (default `default_timeout`) raises RuntimeError.
        """
        limit = self.default_timeout if timeout is None else timeout
        self._app.deadline = time.monotonic() + limit if limit else None
        try:
            self._deliver()
            if self._app.has_pending_events():
                self._app.process_events()
            else:
                self._app.run()
        except ScriptTimeout:
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)") from None
        finally:
            self._app.deadline = None
        self._has_run = True
        return self

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

    def switch_page(self, page_path: str) -> AppTest:  # pragma: no cover - Streamlit parity
        """Multipage apps are not part of nbstate."""
        raise NotImplementedError("nbstate apps have one page; switch_page is not available")

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
        last = self._app.last_run
        sidebar = [last.sidebar] if last is not None and last.sidebar.children else []
        return Element("container", children=[*(self._main().children or ()), *sidebar])

    @property
    def main(self) -> Block:
        """The app's main area; iterating it yields every element depth-first."""
        return Block(self, self._main())

    @property
    def sidebar(self) -> Block:
        """The app's side panel (`st.sidebar`)."""
        last = self._app.last_run
        return Block(self, last.sidebar if last is not None else Element("container", children=[]))

    def __iter__(self) -> Iterator[Any]:
        return iter(self.main)

    def _list(self, kinds: tuple[str, ...]) -> ElementList:
        return ElementList(wrap(self, e) for e in self._tree().walk() if e.kind in kinds)

    def __getattr__(self, name: str) -> ElementList:
        kinds = ELEMENT_TYPES.get(name)
        if kinds is None:
            raise AttributeError(f"AppTest has no attribute {name!r}")
        return self._list(kinds)

    def __repr__(self) -> str:
        return f"<AppTest runs={self._app.run_count}>"


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
