"""`st.rerun()` and `st.stop()`: control flow of a run.

Both raise exceptions derived from `BaseException`, as in Streamlit, so a script's
``except Exception:`` does not swallow them.
"""

from __future__ import annotations

from typing import NoReturn


class ScriptControlException(BaseException):  # noqa: N818 (Streamlit's name)
    """Base of the exceptions that end a run early on purpose."""


class RerunException(ScriptControlException):
    """Raised by `st.rerun()`: the current run ends and a new one starts at once."""


class StopException(ScriptControlException):
    """Raised by `st.stop()`: the current run ends here, keeping what it showed."""


def rerun() -> NoReturn:
    """Stop the current run and start the app again from the top.

    Whatever the interrupted run displayed is discarded; session_state keeps every value
    written so far. Called from a callback, the rest of that callback is skipped, the other
    callbacks still run, and the body then runs once.
    """
    from .context import current_context

    current_context()  # a clear error when called outside an app
    raise RerunException


def stop() -> NoReturn:
    """End the current run here. What was already displayed stays on the page."""
    from .context import current_context

    current_context()
    raise StopException


class ScriptTimeout(ScriptControlException):
    """Raised inside a run that exceeded its time limit (AppTest's `timeout`)."""
