"""Containers that are also widgets: keyed tabs and expanders that track their state.

In Streamlit 1.67 `st.tabs` and `st.expander` track which tab is open (or whether the
expander is open) when `on_change` is "rerun" or a callback, or with ``bind="query-params"``:
that state is a widget value (in ``session_state[key]``), the user's switch is a widget
event that reruns the app (and calls the callback), and each container's ``.open`` tells
whether it is open. Otherwise ``.open`` is None and the state stays in the browser.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from ..run_context import current_context
from ..tree import Element
from .widget import correct_value, create_widget

_ON_CHANGE_ERROR = (
    "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
)


def tracks_state(on_change: Any, bind: Any, key: Any) -> bool:
    """Check `on_change` and `bind`; True when the container tracks its state."""
    if not (callable(on_change) or on_change in ("rerun", "ignore")):
        raise NbStateValueError(_ON_CHANGE_ERROR)
    check_bind(bind, key)
    return on_change != "ignore" or bind == "query-params"


def check_bind(bind: Any, key: Any) -> None:
    """Check a `bind` argument as Streamlit does: None, or "query-params" with a key."""
    if bind is None:
        return
    if bind != "query-params":
        raise NbStateValueError("Invalid `bind` value. Supported values: 'query-params', None.")
    if key is None:
        raise NbStateAPIException(
            "The `key` parameter is required. When using bind='query-params', the widget must "
            "have a unique 'key' parameter specified. This 'key' will be used as the name of "
            "the query parameter."
        )


def stateful_block(
    kind: str,
    *,
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    default: Any,
    valid: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
) -> tuple[Any, Element]:
    """Register a container that tracks its state; return (its state, its element).

    `valid(value)` says whether a state (set through session_state) can be shown; another
    falls back to `default`, as Streamlit's does. The element is a container: elements
    written into it go to its children.
    """
    callback = on_change if callable(on_change) else None
    value, element, _changed = create_widget(
        kind,
        key=key,
        identity=identity,
        props=props,
        default=default,
        on_change=callback or "rerun",
        args=args if callback else None,
        kwargs=kwargs if callback else None,
    )
    if not valid(value):
        value = correct_value(element, default)
    container_props = current_context().container.props
    inherited: dict[str, Any] = {
        n: container_props[n] for n in ("_root", "_form") if n in container_props
    }
    if inherited:
        element.props = {**element.props, **inherited}
    element.children = []
    return value, element
