"""`st.rerun()` and `st.stop()`: control flow of a run.

Both raise exceptions of `control` (derived from `BaseException`, as in Streamlit, so a
script's ``except Exception:`` does not swallow them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from .control import RerunException, StopException
from .errors import (
    NbStateAPIException,
    NbStateInvalidLayoutContextError,
    NbStateInvalidParameterTypeError,
    NbStateValueError,
)
from .run_context import current_context


def rerun(scope: Any = "app") -> NoReturn:
    """Stop the current run and start the app again from the top.

    Whatever the interrupted run displayed is discarded; session_state keeps every value
    written so far. Called from a callback, the rest of that callback is skipped, the other
    callbacks still run, and the body then runs once. ``scope="fragment"``, inside a fragment
    that is being rerun on its own, reruns only that fragment. From a widget callback, a
    fragment key (or a list of keys: ``@st.fragment(key=...)``) reruns only those fragments,
    as in Streamlit 1.67.
    """
    ctx = current_context()  # a clear error when called outside an app
    names = _scope_names(scope)
    if names is None:
        scope = str(scope)
        if scope == "fragment" and (ctx.fragment_run is None or not ctx.fragment_id):
            raise NbStateInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns."
            )
        raise RerunException(scope)
    if ctx.in_script:
        raise NbStateAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
            "fragment body would abort the current run. If you meant to rerun the whole app "
            "or the current fragment, use `scope='app'` or `scope='fragment'`."
        )
    ids: dict[str, None] = {}
    for name in names:
        found = ctx.app.fragments_with_key(name)
        if not found:
            raise NbStateAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least "
                "once."
            )
        ids.update(dict.fromkeys(found))
    raise RerunException("keys", tuple(ids))


_LEVELS = ("app", "fragment")
_SCOPE_VALUES = "'app', 'fragment', a fragment key, a list of keys"


def _scope_names(scope: Any) -> list[str] | None:
    """The fragment keys `scope` names (checked as Streamlit checks them), or None for the
    levels "app" and "fragment"."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        scope = str(scope)
    if isinstance(scope, str):
        if scope == "":
            raise NbStateValueError(
                f"Invalid `scope` value. Supported values: {_SCOPE_VALUES}. Got an empty string."
            )
        return None if scope in _LEVELS else [scope]
    if not isinstance(scope, Sequence) or isinstance(scope, (bytes, bytearray)):
        raise NbStateInvalidParameterTypeError(
            "Invalid `scope` type. Expected one of: str, int, list[str | int]. Provided type: "
            f"{type(scope).__name__}."
        )
    if len(scope) == 0:
        raise NbStateValueError(
            f"Invalid `scope` value. Supported values: {_SCOPE_VALUES}. Got an empty list."
        )
    names = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            name = str(name)
        if not isinstance(name, str):
            raise NbStateInvalidParameterTypeError(
                "Invalid `scope list items` type. Expected one of: str, int. Provided type: "
                f"{type(name).__name__}."
            )
        if name == "":
            raise NbStateValueError(
                "Invalid `scope list items` value. Supported values: non-empty strings or "
                "ints. Found an empty string in the list."
            )
        if name in _LEVELS:
            raise NbStateValueError(
                f"Invalid `scope` value. Supported values: fragment keys. '{name}' is a "
                f"reserved scope name and cannot appear inside a list. Pass '{name}' directly "
                "as a string."
            )
        names.append(name)
    return names


def stop() -> NoReturn:
    """End the current run here. What was already displayed stays on the page."""
    current_context()
    raise StopException
