"""Noticing a browser page reload, to start a new session as Streamlit does.

In Jupyter the kernel outlives the page. A tiny anywidget keeps a random id per page in the
browser (``globalThis``) and sends it whenever the page's widget manager creates the model —
on first display and again after every reload, saved notebook or not. A websocket reconnect
(a laptop waking up) keeps the page and so the id: no reset. A new id while the page that
sent the old one still answers is a second tab on the same kernel: both show the same apps
and the same state, and nothing is reset.

With its id the page reports what `st.query_params` and `st.context` read: its query string
(``location.search`` less the Jupyter server's login ``token``; JupyterLab removes the query
string while it loads, so the first report falls back on the address the page was loaded with), its URL without query and fragment, time zone, locale, theme and
whether it is embedded (``?embed=true``), plus the cookies that scripts may read. The kernel
sends back ``{"event": "query", "search": ...}`` when the app's query parameters change: the
page replaces its query string in place (``history.replaceState``: no reload, no new history
entry; the path and ``#fragment`` stay, and JupyterLab's router is not notified). It reports
its ``#fragment`` too and replaces it on ``{"event": "hash", "hash": ...}``: the page a
multipage app shows (see `page_url`).
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
function pageInfo() {
  const loc = globalThis.location;
  const body = globalThis.document && document.body;
  let theme = null;
  const light = body && body.dataset ? body.dataset.jpThemeLight : undefined;
  if (light === "true" || light === "false") theme = light === "true" ? "light" : "dark";
  else if (globalThis.matchMedia) {
    theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  const search = new URLSearchParams(loc.search);
  const embed = [...search.entries()].some(([k, v]) => k.toLowerCase() === "embed" && v.toLowerCase() === "true");
  return {
    hash: pageHash(),
    search: pageSearch(),
    url: loc.origin + loc.pathname,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: (globalThis.navigator && navigator.language) || null,
    theme,
    is_embedded: embed,
    cookies: (globalThis.document && document.cookie) || "",
  };
}
function pageSearch() {
  // The page's query string, less the Jupyter server's login `token` (a credential, not an
  // app parameter: the server has set its login cookie). JupyterLab drops the query string
  // while it routes a freshly loaded page: then the one the page was loaded with counts.
  const loc = globalThis.location;
  const first = !globalThis.__nbstate_search_seen;
  globalThis.__nbstate_search_seen = true;
  let search = loc.search;
  if (!search && first) {
    try {
      search = new URL(performance.getEntriesByType("navigation")[0].name).search;
    } catch (e) {
      search = "";
    }
  }
  const params = new URLSearchParams(search);
  if (!params.has("token")) return search;
  params.delete("token");
  const rest = params.toString();
  return rest ? "?" + rest : "";
}
function pageHash() {
  // The fragment names a multipage app's page (#/<url_path>); as for the query string, the
  // address the page was loaded with counts if the fragment is gone while it loads.
  const first = !globalThis.__nbstate_hash_seen;
  globalThis.__nbstate_hash_seen = true;
  let hash = globalThis.location.hash;
  if (!hash && first) {
    try {
      hash = new URL(performance.getEntriesByType("navigation")[0].name).hash;
    } catch (e) {
      hash = "";
    }
  }
  return hash;
}
function replaceHash(hash) {
  // Only a fragment naming a page (#/...) is replaced or removed: a heading's anchor stays.
  const loc = globalThis.location;
  if (loc.hash === hash || (!hash && loc.hash && !loc.hash.startsWith("#/"))) return;
  history.replaceState(history.state, "", loc.pathname + loc.search + hash);
}
function replaceSearch(search) {
  const loc = globalThis.location;
  const query = search ? "?" + search : "";
  if (loc.search === query) return;
  history.replaceState(history.state, "", loc.pathname + query + loc.hash);
}
export default {
  initialize({ model }) {
    model.send({ event: "page", page_id: pageId(), ...pageInfo() });
    model.on("msg:custom", (msg) => {
      if (msg && msg.event === "ping") model.send({ event: "pong", page_id: pageId() });
      if (msg && msg.event === "query" && typeof msg.search === "string") replaceSearch(msg.search);
      if (msg && msg.event === "hash" && typeof msg.hash === "string") replaceHash(msg.hash);
    });
  },
  render({ el }) { el.style.display = "none"; },
};
"""


class PageProbe(anywidget.AnyWidget):
    """An invisible widget that reports the id of each browser page showing the kernel."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)


#: What a page may report about itself, with the type of each value.
PAGE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "search": str,
    "url": str,
    "timezone": str,
    "timezone_offset": int,
    "locale": str,
    "theme": str,
    "is_embedded": bool,
    "cookies": str,
    "hash": str,
}


def page_info(content: dict[str, Any]) -> dict[str, Any]:
    """The well-typed fields of a page's report (a field of another type is left out)."""
    info = {}
    for name, kind in PAGE_FIELDS.items():
        value = content.get(name)
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            info[name] = value
    if info.get("theme") not in ("light", "dark"):
        info.pop("theme", None)
    return info


class PageTracker:
    """Calls `on_reload(page)` when the page that showed the kernel was replaced by a new
    one, and `on_first(page)` when the first page reports; `page` is what it reported."""

    def __init__(
        self,
        on_reload: Callable[[dict[str, Any]], None],
        on_first: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.on_reload = on_reload
        self.on_first = on_first
        self.current: str | None = None
        #: What the current page reported about itself (see `page_info`).
        self.page: dict[str, Any] = {}
        self._candidate: str | None = None
        self._candidate_page: dict[str, Any] = {}
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
            self.page_seen(page_id, page_info(content))

    def page_seen(self, page_id: str, page: dict[str, Any] | None = None) -> None:
        """A page announced itself: the first one, the same one again, or a new one."""
        if self.current is None:
            self.current = page_id
            self.page = page or {}
            if self.on_first is not None:
                self.on_first(self.page)
            return
        if page_id == self.current or page_id == self._candidate:
            return
        self._candidate = page_id
        self._candidate_page = page or {}
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
        self.page = self._candidate_page
        try:
            self.on_reload(self.page)
        finally:
            self.decisions.append("reload")

    def send_query_string(self, query_string: str) -> None:
        """Have the page show `query_string` (without "?") as its URL's query string."""
        self.page["search"] = f"?{query_string}" if query_string else ""
        self.probe.send({"event": "query", "search": query_string})

    def send_fragment(self, fragment: str) -> None:
        """Have the page show `fragment` ("#/<url_path>", or "" for none) in its URL."""
        self.page["hash"] = fragment
        self.probe.send({"event": "hash", "hash": fragment})

    def close(self) -> None:
        """Close the probe widget."""
        self.probe.close()
