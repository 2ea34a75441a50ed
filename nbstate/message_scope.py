"""Runs that a frontend message asks for start as soon as the kernel has applied it.

A widget change reaches the kernel as one comm message. Running the app right after that
message is applied, still inside its handler, puts the run's updates on the wire before the
kernel reports idle, as a plain ipywidgets observer would; waiting for a later turn of the
event loop cost about a third of a fast rerun's latency. The run waits until the whole message
is applied (every trait it carries is set and every observer has fired), not just the first
observer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("nbstate")

_depth = 0
_waiting: list[Callable[[], None]] = []


@contextmanager
def handling_frontend_message() -> Iterator[None]:
    """Apply a frontend message in the block; then call what `call_after_message` queued."""
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            while _waiting:
                callback = _waiting.pop(0)
                try:
                    callback()
                except Exception:
                    log.exception("nbstate: a run started by a frontend message failed")


def call_after_message(callback: Callable[[], None]) -> bool:
    """Queue `callback` for the end of the frontend message being handled.

    Returns False (and queues nothing) when no frontend message is being handled.
    """
    if _depth == 0:
        return False
    if callback not in _waiting:
        _waiting.append(callback)
    return True


def watch_arrivals(widget: Any, on_arrival: Callable[[Any], None]) -> None:
    """Call ``on_arrival(data)`` as each frontend message to `widget` reaches the kernel.

    ipykernel 7 receives shell messages on a thread of its own and asks the target comm's
    ``_reply_subshell_for(data, default)`` where to route each comm message; wrapping it is
    the one place that sees a message while the main thread is still busy (with a run). On
    kernels without that hook this does nothing (and runs are never cut short).
    """
    comm = getattr(widget, "comm", None)
    route = getattr(comm, "_reply_subshell_for", None)
    if comm is None or route is None:
        return

    def routed(data: Any, default: Any) -> Any:
        try:
            on_arrival(data)
        except Exception:  # never break ipykernel's routing
            log.debug("nbstate: on_arrival failed", exc_info=True)
        return route(data, default)

    comm._reply_subshell_for = routed
