"""The kernel's Interrupt button during a run: it lands in the app's code, never in nbstate's."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class InterruptGate:
    """Where the kernel's Interrupt lands during a run: in the app's code, never in nbstate's.

    A SIGINT that arrives while a callback or the script runs raises KeyboardInterrupt there,
    and the app shows it like any error. One that arrives while nbstate itself works (between
    two runs of an st.rerun() loop, while it cleans up or updates the page) is held and
    raised as soon as the app's code runs again; if the run has no more code to run, it is
    dropped. A KeyboardInterrupt raised inside nbstate's bookkeeping would leave session
    state half updated, and escaping from an event-loop run it would end the kernel.
    """

    def __init__(self) -> None:
        self.open = False
        self.pending = False

    def handle(self, signum: int, frame: Any) -> None:
        if self.open:
            raise KeyboardInterrupt
        self.pending = True

    def __enter__(self) -> None:
        """The app's code starts: an interrupt held meanwhile is raised now."""
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt
        self.open = True

    def __exit__(self, *exc: object) -> None:
        self.open = False


@contextmanager
def interruptible() -> Iterator[InterruptGate]:
    """Let the kernel's Interrupt button stop a run (also one started from the event loop)."""
    gate = InterruptGate()
    if threading.current_thread() is not threading.main_thread():
        yield gate  # signals only reach the main thread
        return
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, gate.handle)
    try:
        yield gate
    finally:
        signal.signal(signal.SIGINT, previous)
