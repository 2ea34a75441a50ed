"""`st.rerun()` and `st.stop()`: control flow of a run.

Both raise exceptions derived from `BaseException`, as in Streamlit, so a script's
``except Exception:`` does not swallow them.
"""

from __future__ import annotations

from typing import NoReturn


class ScriptControlException(BaseException):  # noqa: N818 (Streamlit's name)
    """Base of the exceptions that end a run early on purpose."""


class RerunException(ScriptControlException):
    """Raised by `st.rerun()`: the current run ends and a new one starts at once.

    `scope` is "app" (the whole app reruns) or "fragment" (only the fragment being rerun).
    """

    def __init__(self, scope: str = "app") -> None:
        super().__init__(scope)
        self.scope = scope


class StaleRunException(ScriptControlException):
    """Raised at the next st.* call of a run when a newer user event has reached the kernel.

    The run is abandoned like one that called st.rerun() (session_state keeps what it wrote,
    the page keeps showing the last complete run), and the run for the newer event follows.
    Streamlit calls this a fast rerun.
    """


class StopException(ScriptControlException):
    """Raised by `st.stop()`: the current run ends here, keeping what it showed."""


def rerun(*, scope: str = "app") -> NoReturn:
    """Stop the current run and start the app again from the top.

    Whatever the interrupted run displayed is discarded; session_state keeps every value
    written so far. Called from a callback, the rest of that callback is skipped, the other
    callbacks still run, and the body then runs once. ``scope="fragment"``, inside a fragment
    that is being rerun on its own, reruns only that fragment.
    """
    from .context import current_context
    from .errors import NbStateAPIException, NbStateInvalidLayoutContextError

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
    from .context import current_context

    current_context()
    raise StopException


class ScriptTimeout(ScriptControlException):
    """Raised inside a run that exceeded its time limit (AppTest's `timeout`)."""
