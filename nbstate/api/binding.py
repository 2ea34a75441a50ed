"""Streamlit 1.67's `bind` and `persist_state` widget parameters, which nbstate lacks."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException


def check_no_binding(name: str, bind: Any, persist_state: Any) -> None:
    """A clear error when a widget is asked to bind to the URL or persist its state.

    A notebook has no page URL to sync with (`bind="query-params"`), and nbstate does not
    keep the values of widgets that are no longer shown (`persist_state`).
    """
    if bind is not None:
        raise NbStateAPIException(
            f"st.{name} got bind={bind!r}, but a notebook has no page URL to bind a widget to: "
            "leave bind=None, and keep the value in st.session_state."
        )
    if persist_state is not None:
        raise NbStateAPIException(
            f"st.{name} got persist_state={persist_state!r}, which nbstate does not support "
            "yet: leave persist_state=None, and copy the value to a session_state key of your "
            "own to keep it while the widget is not shown."
        )
