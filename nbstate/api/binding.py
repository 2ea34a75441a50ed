"""Streamlit 1.67's `bind` and `persist_state` parameters of input widgets.

`persist_state` ("page" or "session", with a key) keeps a widget's value in session_state
while the script does not show the widget, and gives it back when the widget returns;
"page" only while the app stays on the widget's page (`st.navigation`), "session" across
page switches (`state.SessionState._remove_stale_widgets`). `bind="query-params"` keeps a
widget's value in the page URL's query string (`url_binding`); a bound widget also keeps its
value while not shown, on every page, as with "session". Every widget that has these
parameters in Streamlit gets them from `binds`, the one place that checks and applies them.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import NbStateAPIException, NbStateValueError
from ..run_context import current_context
from .block_state import check_bind
from .url_binding import call_bound, unbind_if_bound
from .widget import to_key

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
    """Give the widget function `function` the keyword parameters `bind` and `persist_state`
    (a function that declares them in its own signature, at Streamlit's place, keeps it)."""
    signature = inspect.signature(function)
    own = "bind" in signature.parameters
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
        for name, kind in (("bind", "str | None"), ("persist_state", "str | None"))
    ]

    @functools.wraps(function)
    def widget(*args: Any, bind: Any = None, persist_state: Any = None, **kwargs: Any) -> Any:
        if bind is None and persist_state is None:
            result = function(*args, **kwargs)
            if current_context().session.query_params.bindings:
                key = signature.bind_partial(*args, **kwargs).arguments.get("key")
                if key is not None:
                    unbind_if_bound(to_key(key))  # type: ignore[arg-type]
            return result
        key = signature.bind_partial(*args, **kwargs).arguments.get("key")
        check_bind(bind, key)
        check_persist_state(persist_state, key)
        if bind is not None:  # the URL wins over persist_state (`call_bound` keeps the value)
            return call_bound(function, args, kwargs, to_key(key))  # type: ignore[arg-type]
        ctx = current_context()
        ctx.persist_scope = persist_state  # read by the widget's registration
        try:
            return function(*args, **kwargs)
        finally:
            ctx.persist_scope = None

    if not own:
        signature = signature.replace(parameters=[*signature.parameters.values(), *extra])
    widget.__signature__ = signature  # type: ignore[attr-defined]
    return widget  # type: ignore[return-value]
