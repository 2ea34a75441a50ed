"""The session: one `SessionState` shared by every app of a kernel (or of one AppTest)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .page_url import PageUrl, page_for
from .state import SessionState
from .url_query import QueryParams, parse_query_string

if TYPE_CHECKING:
    from .page_reload import PageTracker
    from .runner import App


class Session:
    """One user session: its session_state and the apps that share it."""

    def __init__(self) -> None:
        self.state = SessionState()
        self.apps: dict[str, App] = {}
        #: Keys whose value-plus-session-state warning was already shown.
        self.warned_keys: set[str] = set()
        #: True once an app read `st.context` (its values may change when the page reports).
        self.context_read = False
        #: Called on `reset` (session-scoped caches clear themselves this way).
        self.reset_hooks: list[Callable[[], None]] = []
        #: The page's URL query parameters (`st.query_params`) and the widgets bound to them.
        self.query_params = QueryParams()
        #: The page of a multipage app that the page's URL names (its fragment).
        self.page_url = PageUrl()
        #: What the browser page told about itself (`st.context`): see `browser_context`.
        self.browser: dict[str, Any] = {}
        #: Called with the session after every run of one of its apps (bound widgets and
        #: the URL are reconciled this way).
        self.after_run_hooks: list[Callable[[Session], None]] = []
        #: Who `st.user` is (see `hub_login`): nobody logged in, until a hub or a test says.
        self.user: dict[str, Any] = {"is_logged_in": False}
        #: True when `user` is the JupyterHub user this kernel runs for.
        self.user_from_hub = False

    def reset(self) -> None:
        """Start over with empty session state, as a new Streamlit session; rerun every app."""
        self.state.clear()
        self.query_params.reset(self.query_params.query_string())
        self.warned_keys.clear()
        for hook in self.reset_hooks:
            hook()
        for app in list(self.apps.values()):
            app.run()

    def on_page_reload(self, page: dict[str, Any] | None = None) -> None:
        """The browser page was reloaded: reset, unless `session.resetOnReload` is off.

        `page` is what the new page reported (its query string and `st.context`): a reset
        session starts from its URL, so widgets bound to the URL get their values back.
        """
        from . import options

        if options.get_option("session.resetOnReload"):
            if page is not None:
                self.browser = page
                self.query_params.set_query_string(str(page.get("search", "")))
                self.page_url.reported(str(page.get("hash", "")))
                self.aim_apps_at_url_page()
            self.reset()
        elif page is not None:
            self.on_first_page(page)

    def on_first_page(self, page: dict[str, Any]) -> None:
        """The first page showing this kernel reported its URL and context after the apps
        ran: rerun them so that they see it, seeding bound widgets from the URL."""
        self.browser = {**self.browser, **page}
        qp = self.query_params
        search = str(page.get("search", "")).removeprefix("?")
        changed = parse_query_string(search) != parse_query_string(qp.query_string())
        if changed:
            qp.set_query_string(search)
            qp.reseed = set(qp.keys())
        self.page_url.reported(str(page.get("hash", "")))
        aimed = self.aim_apps_at_url_page()
        for app in list(self.apps.values()):
            if changed or self.context_read or app in aimed:
                app.run()

    def aim_apps_at_url_page(self) -> list[App]:
        """Have each multipage app show the page the URL names on its next run (the default
        page for an unknown name); return those that show another page now."""
        aimed = []
        for app in self.apps.values():
            if not app.pages or self.page_url.path is None:
                continue
            wanted = page_for(app.pages, self.page_url.path)
            if wanted and wanted != app.current_page:
                app.requested_page = wanted
                aimed.append(app)
            elif wanted in app.pages:  # already shown: the URL says so (a name it fell back from)
                self.page_url.show(app.pages[wanted].url_path)
        return aimed

    def after_run(self) -> None:
        """A run of one of the apps ended (its state is folded)."""
        for hook in self.after_run_hooks:
            hook(self)

    def add_app(self, app: App) -> None:
        """Register an app of this session."""
        self.apps[app.app_id] = app

    def rerun_apps_using(self, keys: set[str]) -> list[App]:
        """Rerun every app whose last run read or showed one of `keys`; return them."""
        rerun = [app for app in self.apps.values() if app.keys_used & keys]
        for app in rerun:
            app.run()
        return rerun

    def after_cell(self) -> None:
        """After a plain cell: rerun the apps that show keys the cell assigned or deleted."""
        if self.state.in_run:
            return
        written = self.state.outside_writes
        if written:
            self.state.outside_writes = set()
            self.rerun_apps_using(written)


#: Called by `clear_caches` (st.cache_data and st.cache_resource register their `clear`), so
#: the runner clears caches without importing them.
_clear_cache_hooks: list[Callable[[], None]] = []


def on_clear_caches(hook: Callable[[], None]) -> None:
    """Have `hook` called when the user asks to clear every cache (the toolbar's eraser)."""
    _clear_cache_hooks.append(hook)


def clear_caches() -> None:
    """Clear every cache of the kernel, as Streamlit's "Clear cache" menu entry does."""
    for hook in _clear_cache_hooks:
        hook()


def user_from_environment(environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The JupyterHub user a kernel runs for, as `st.user` shows it, or None outside a hub.

    A hub's single-user server has ``JUPYTERHUB_USER`` in its environment and its kernels
    inherit it. Only the name is known without asking the hub's API (no email: the hub's
    user model has none).
    """
    name = environ.get("JUPYTERHUB_USER", "")
    return {"is_logged_in": True, "name": name} if name else None


_kernel_session: Session | None = None


def kernel_session() -> Session:
    """The session of this kernel (created on first use)."""
    global _kernel_session
    if _kernel_session is None:
        from .voila_request import voila_request

        _kernel_session = Session()
        hub_user = user_from_environment(os.environ)
        if hub_user is not None:
            _kernel_session.user, _kernel_session.user_from_hub = hub_user, True
        request = voila_request()
        if request is not None:  # under Voilà the first run already sees the page's URL
            _kernel_session.browser = request
            _kernel_session.query_params.reset(str(request["search"]))
    return _kernel_session


_page_tracker: PageTracker | None = None


def watch_page_reloads() -> None:
    """In a kernel with a frontend: reset the kernel session when the page is reloaded."""
    global _page_tracker
    if _page_tracker is None:
        from .page_reload import PageTracker

        session = kernel_session()
        session.query_params.follows_widgets = True
        _page_tracker = PageTracker(session.on_page_reload, session.on_first_page)
        session.query_params.publish = _page_tracker.send_query_string
        session.page_url.publish = _page_tracker.send_fragment


def page_tracker() -> PageTracker | None:
    """The kernel's page-reload tracker, once `watch_page_reloads` started it (else None)."""
    return _page_tracker
