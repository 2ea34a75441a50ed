"""What the run context and the views may ask of the app that owns them, as two Protocols.

`runner.App` satisfies both; neither the context nor the views import the runner, so the
pipeline has one direction: runner -> context / render -> views -> host (this module).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .run_context import RunContext


class AppEvents(Protocol):
    """The app's event methods: how a view reports what the user did."""

    def post_value(self, widget_id: str, value: Any) -> None:
        """The user gave a widget a new value."""

    def post_click(self, widget_id: str, value: Any = True) -> None:
        """The user clicked a button (or sent a chat message: `value` is its text)."""

    def post_enter(self, widget_id: str) -> None:
        """The user pressed Enter in a text box (a form may submit)."""

    def post_rerun(self) -> None:
        """Rerun without any widget change (a dialog's close button)."""

    def post_page(self, page_hash: str, query_string: str | None = None) -> None:
        """The user picked a page (a navigation menu entry, a page link): rerun on it; a
        link with query parameters gives them to the page (`query_string`)."""

    def note_arrival(self, widget_id: str, data: Any) -> None:
        """A frontend message to a widget reached the kernel (called on the shell thread)."""

    def pending_form_value(self, widget_id: str) -> Any:
        """The value a form widget holds until its form is submitted, or `tree.NOTHING`."""


class RunHost(Protocol):
    """What a run context needs of the app it runs for."""

    app_id: str
    #: A time.monotonic() limit for runs (AppTest's timeout), or None.
    deadline: float | None
    #: True once the app area is on a page.
    live: bool
    #: True when a newer user event reached the kernel during the run.
    newer_event: bool
    #: The page a switch asked the next run to show (its hash), or None.
    requested_page: str | None
    #: True when `st.switch_page` made the request (the run drops the app's widgets first).
    switch_drops_widgets: bool
    #: The page the last run showed ("" before any `st.navigation`).
    current_page: str
    #: The pages the last `st.navigation` call declared, by hash (`navigation.Page`s).
    pages: dict[str, Any]

    def script_dir(self) -> Path:
        """The folder of the app's entrypoint: page files are found relative to it."""

    def fragments_with_key(self, key: str) -> list[str]:
        """The ids of the fragments on the page made with ``@st.fragment(key=key)``."""

    def show_partial(self, ctx: RunContext) -> None:
        """Show what the run of `ctx` has produced so far (a slow run's progress)."""
