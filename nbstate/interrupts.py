"""The kernel's Interrupt button during a run: it lands in the app's code, never in nbstate's.

AppTest's timeout uses the same gate from another thread (`InterruptGate.interrupt`).
"""

from __future__ import annotations

import ctypes
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

    Another thread (AppTest's timeout) stops a run the same way with `interrupt`.
    """

    def __init__(self) -> None:
        self.open = False
        #: The exception held until the app's code runs again, or None.
        self.pending: type[BaseException] | None = None
        #: True while `handle` is the SIGINT handler (in the main thread).
        self.signals = False
        self._thread_id = threading.get_ident()
        self._lock = threading.Lock()
        self._requested: type[BaseException] | None = None
        self._sent = False

    def handle(self, signum: int, frame: Any) -> None:
        requested, self._requested = self._requested or KeyboardInterrupt, None
        if self.open:
            raise requested
        self.pending = requested

    def interrupt(self, exc_type: type[BaseException]) -> None:
        """From another thread: raise `exc_type` in the app's code of the gate's thread.

        If the app's code runs, it is raised at once: in the main thread through SIGINT,
        which also ends a time.sleep; in another thread at its next bytecode (after a
        blocking call returns). Else it is held for when the app's code runs again.
        """
        with self._lock:
            if not self.open:
                self.pending = exc_type
            elif self.signals:
                self._requested = exc_type
                signal.pthread_kill(self._thread_id, signal.SIGINT)
            else:
                _raise_in_thread(self._thread_id, exc_type)
                self._sent = True

    def __enter__(self) -> None:
        """The app's code starts: an interrupt held meanwhile is raised now."""
        with self._lock:
            pending, self.pending = self.pending, None
            self.open = pending is None
        if pending is not None:
            raise pending

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self.open = False
            if self._sent:  # not raised yet: it must not land in nbstate's bookkeeping
                _raise_in_thread(self._thread_id, None)
                self._sent = False


def _raise_in_thread(thread_id: int, exc_type: type[BaseException] | None) -> None:
    """Make a thread raise `exc_type` at its next bytecode; None withdraws one not yet raised."""
    exc = ctypes.py_object(exc_type) if exc_type is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), exc)


@contextmanager
def interruptible() -> Iterator[InterruptGate]:
    """Let the kernel's Interrupt button stop a run (also one started from the event loop)."""
    gate = InterruptGate()
    if threading.current_thread() is not threading.main_thread():
        yield gate  # signals only reach the main thread
        return
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, gate.handle)
    gate.signals = True
    try:
        yield gate
    finally:
        gate.signals = False
        signal.signal(signal.SIGINT, previous)
