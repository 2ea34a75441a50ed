"""The exceptions that end a run early on purpose (a leaf module: it imports nothing of nbstate).

They derive from `BaseException`, as in Streamlit, so a script's ``except Exception:`` does not
swallow them. `st.rerun()` and `st.stop()`, which raise two of them, live in `execution`.
"""

from __future__ import annotations


class ScriptControlException(BaseException):  # noqa: N818 (Streamlit's name)
    """Base of the exceptions that end a run early on purpose."""


class RerunException(ScriptControlException):
    """Raised by `st.rerun()`: the current run ends and a new one starts at once.

    `scope` is "app" (the whole app reruns), "fragment" (only the fragment being rerun) or
    "keys" (from a callback: only the fragments `fragment_ids`, named by their keys).
    """

    def __init__(self, scope: str = "app", fragment_ids: tuple[str, ...] = ()) -> None:
        super().__init__(scope)
        self.scope = scope
        self.fragment_ids = fragment_ids


class StaleRunException(ScriptControlException):
    """Raised at the next st.* call of a run when a newer user event has reached the kernel.

    The run is abandoned like one that called st.rerun() (session_state keeps what it wrote,
    the page keeps showing the last complete run), and the run for the newer event follows.
    Streamlit calls this a fast rerun.
    """


class StopException(ScriptControlException):
    """Raised by `st.stop()`: the current run ends here, keeping what it showed."""


class ScriptTimeout(ScriptControlException):
    """Raised inside a run that exceeded its time limit (AppTest's `timeout`)."""
