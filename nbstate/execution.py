"""`st.rerun()` and `st.stop()`: control flow of a run.

Both raise exceptions of `control` (derived from `BaseException`, as in Streamlit, so a
script's ``except Exception:`` does not swallow them).
"""

from __future__ import annotations

from typing import NoReturn

from .control import RerunException, StopException
from .errors import NbStateAPIException, NbStateInvalidLayoutContextError
from .run_context import current_context


def rerun(scope: str = "app") -> NoReturn:
    """Stop the current run and start the app again from the top.

    Whatever the interrupted run displayed is discarded; session_state keeps every value
    written so far. Called from a callback, the rest of that callback is skipped, the other
    callbacks still run, and the body then runs once. ``scope="fragment"``, inside a fragment
    that is being rerun on its own, reruns only that fragment.
    """
    ctx = current_context()  # a clear error when called outside an app
    if scope not in ("app", "fragment"):
        raise NbStateAPIException(
            f"st.rerun got scope={scope!r}; use scope='app' or scope='fragment'."
        )
    if scope == "fragment" and (ctx.fragment_run is None or not ctx.fragment_id):
        raise NbStateInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
            "during fragment reruns."
        )
    raise RerunException(scope)


def stop() -> NoReturn:
    """End the current run here. What was already displayed stays on the page."""
    current_context()
    raise StopException
