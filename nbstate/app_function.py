"""`st.app`: an app whose script is a Python function (plain-import use, Voilà pages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .runner import App
from .script import Script
from .session import kernel_session
from .stylesheet import ensure_stylesheet


def app(
    function: Callable[[], Any] | None = None, *, key: str | None = None, display: bool = True
) -> Any:
    """Run `function` as an app and display its app area; usable as ``@st.app``.

    Each widget event reruns the function top to bottom, as a ``%%rerun`` cell reruns. Calling
    ``st.app`` again with a function of the same name (or the same `key`) updates that app and
    keeps its state. Returns the `App`.
    """

    def make(fn: Callable[[], Any]) -> App:
        session = kernel_session()
        app_id = key or f"app:{fn.__module__}.{fn.__qualname__}"
        existing = session.apps.get(app_id)
        if existing is not None:
            existing.script = Script(function=fn)
            result = existing
        else:
            result = App(session, app_id, Script(function=fn), label=fn.__qualname__)
        if display:
            from IPython.display import display as show

            ensure_stylesheet()
            show(result.widget)
            result.live = True
        result.run()
        return result

    return make(function) if function is not None else make
