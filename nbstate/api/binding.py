"""Streamlit 1.67's `bind` and `persist_state` parameters of input widgets.

`persist_state` ("page" or "session", with a key) keeps a widget's value in session_state
while the script does not show the widget, and gives it back when the widget returns;
"page" only while the app stays on the widget's page (`st.navigation`), "session" across
page switches (`state.SessionState._remove_stale_widgets`). `bind="query-params"` syncs a widget
with the app's URL in Streamlit; an app in a notebook has no URL, so nbstate checks it and
does nothing more (docs/parameters-without-effect.md).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import NbStateAPIException, NbStateValueError
from ..run_context import current_context
from .block_state import check_bind

F = TypeVar("F", bound=Callable[..., Any])


def check_persist_state(persist_state: Any, key: Any) -> None:
    """Check a `persist_state` argument as Streamlit does: None, "page" or "session" + key."""
    if persist_state is None:
        return
    if persist_state not in ("page", "session"):
        raise NbStateValueError(
            "Invalid `persist_state` value. Supported values: 'page', 'session', None."
        )
    if key is None:
        raise NbStateAPIException(
            "The `key` parameter is required. When using persist_state, the widget must have "
            "a unique 'key' parameter specified so its value can be preserved across reruns "
            "and page switches."
        )


def binds(function: F) -> F:
    """Give the widget function `function` the keyword parameters `bind` and `persist_state`."""
    signature = inspect.signature(function)
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
        for name, kind in (("bind", "str | None"), ("persist_state", "str | None"))
    ]

    @functools.wraps(function)
    def widget(*args: Any, bind: Any = None, persist_state: Any = None, **kwargs: Any) -> Any:
        if bind is None and persist_state is None:
            return function(*args, **kwargs)
        key = signature.bind_partial(*args, **kwargs).arguments.get("key")
        check_bind(bind, key)
        check_persist_state(persist_state, key)
        if persist_state is None:
            return function(*args, **kwargs)
        ctx = current_context()
        ctx.persist_scope = persist_state  # read by the widget's registration
        try:
            return function(*args, **kwargs)
        finally:
            ctx.persist_scope = None

    widget.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), *extra]
    )
    return widget  # type: ignore[return-value]


def check_no_binding(name: str, bind: Any, persist_state: Any, key: Any = None) -> None:
    """A clear error when a widget is asked to bind to the URL; `persist_state` checked as
    Streamlit checks it (it works: see `persists`).

    A notebook has no page URL to sync with (`bind="query-params"`).
    """
    if bind is not None:
        raise NbStateAPIException(
            f"st.{name} got bind={bind!r}, but a notebook has no page URL to bind a widget to: "
            "leave bind=None, and keep the value in st.session_state."
        )
    check_persist_state(persist_state, key)


def persists(function: F) -> F:
    """Make the `persist_state` argument of the widget function `function` (which declares
    it and checks it) apply to the widget it creates."""

    @functools.wraps(function)
    def widget(*args: Any, **kwargs: Any) -> Any:
        persist_state = kwargs.get("persist_state")
        if persist_state is None:
            return function(*args, **kwargs)
        ctx = current_context()
        ctx.persist_scope = persist_state  # read by the widget's registration
        try:
            return function(*args, **kwargs)
        finally:
            ctx.persist_scope = None

    return widget  # type: ignore[return-value]
