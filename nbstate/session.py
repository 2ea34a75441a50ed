"""The session: one `SessionState` shared by every app of a kernel (or of one AppTest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .state import SessionState

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
        #: Called on `reset` (session-scoped caches clear themselves this way).
        self.reset_hooks: list[Callable[[], None]] = []

    def reset(self) -> None:
        """Start over with empty session state, as a new Streamlit session; rerun every app."""
        self.state.clear()
        self.warned_keys.clear()
        for hook in self.reset_hooks:
            hook()
        for app in list(self.apps.values()):
            app.run()

    def on_page_reload(self) -> None:
        """The browser page was reloaded: reset, unless `session.resetOnReload` is off."""
        from . import options

        if options.get_option("session.resetOnReload"):
            self.reset()

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


_kernel_session: Session | None = None


def kernel_session() -> Session:
    """The session of this kernel (created on first use)."""
    global _kernel_session
    if _kernel_session is None:
        _kernel_session = Session()
    return _kernel_session


_page_tracker: PageTracker | None = None


def watch_page_reloads() -> None:
    """In a kernel with a frontend: reset the kernel session when the page is reloaded."""
    global _page_tracker
    if _page_tracker is None:
        from .page_reload import PageTracker

        _page_tracker = PageTracker(lambda: kernel_session().on_page_reload())


def page_tracker() -> PageTracker | None:
    """The kernel's page-reload tracker, once `watch_page_reloads` started it (else None)."""
    return _page_tracker
