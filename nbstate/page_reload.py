"""Noticing a browser page reload, to start a new session as Streamlit does.

In Jupyter the kernel outlives the page. A tiny anywidget keeps a random id per page in the
browser (``globalThis``) and sends it whenever the page's widget manager creates the model —
on first display and again after every reload, saved notebook or not. A websocket reconnect
(a laptop waking up) keeps the page and so the id: no reset. A new id while the page that
sent the old one still answers is a second tab on the same kernel: both show the same apps
and the same state, and nothing is reset.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import anywidget
import traitlets

from .frontend_messages import guard_frontend_messages

log = logging.getLogger("nbstate")

#: How long (seconds) the page with the old id has to answer before we call it gone.
PING_TIMEOUT = 1.5

_ESM = """
function pageId() {
  return (globalThis.__nbstate_page_id ||= Math.random().toString(36).slice(2) + Date.now());
}
export default {
  initialize({ model }) {
    model.send({ event: "page", page_id: pageId() });
    model.on("msg:custom", (msg) => {
      if (msg && msg.event === "ping") model.send({ event: "pong", page_id: pageId() });
    });
  },
  render({ el }) { el.style.display = "none"; },
};
"""


class PageProbe(anywidget.AnyWidget):
    """An invisible widget that reports the id of each browser page showing the kernel."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)


class PageTracker:
    """Calls `on_reload` when the page that showed the kernel was replaced by a new one."""

    def __init__(self, on_reload: Callable[[], None]) -> None:
        self.on_reload = on_reload
        self.current: str | None = None
        self._candidate: str | None = None
        self._answered: set[str] = set()
        #: What each new page turned out to be, in order: "reload" or "second tab" (tests
        #: wait for the decision here instead of sleeping past PING_TIMEOUT).
        self.decisions: list[str] = []
        self.probe = PageProbe()
        self.probe.on_msg(self._on_msg)
        guard_frontend_messages(self.probe, "the page probe", lambda content: True)

    def _on_msg(self, _widget: Any, content: Any, _buffers: Any) -> None:
        event = content.get("event") if isinstance(content, dict) else None
        page_id = content.get("page_id") if isinstance(content, dict) else None
        if event not in ("page", "pong") or not isinstance(page_id, str) or not page_id:
            log.warning("nbstate: ignored a malformed page message: %.300r", content)
            return
        if event == "pong":
            self._answered.add(page_id)
        else:
            self.page_seen(page_id)

    def page_seen(self, page_id: str) -> None:
        """A page announced itself: the first one, the same one again, or a new one."""
        if self.current is None:
            self.current = page_id
            return
        if page_id == self.current or page_id == self._candidate:
            return
        self._candidate = page_id
        self._answered = set()
        self.probe.send({"event": "ping"})
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.decide()
            return
        loop.call_later(PING_TIMEOUT, self.decide)

    def decide(self) -> None:
        """After the ping: a reload if the old page did not answer, else a second tab."""
        new, self._candidate = self._candidate, None
        if new is None:
            return
        if self.current in self._answered:
            log.info("nbstate: a second page (tab) shows this kernel; state is shared")
            self.decisions.append("second tab")
            return
        self.current = new
        try:
            self.on_reload()
        finally:
            self.decisions.append("reload")

    def close(self) -> None:
        """Close the probe widget."""
        self.probe.close()
