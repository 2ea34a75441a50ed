"""st.menu_button (a button with a drop-down list of actions) and st.pagination (Streamlit 1.67)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import NbStateAPIException, NbStateInvalidLayoutContextError, forms_message
from ..run_context import current_context
from .binding import binds
from .choices import options_list
from .widget import WidgetCallback, correct_value, create_widget


def menu_button(
    label: str,
    options: Any,
    *,
    key: Any = None,
    help: str | None = None,
    on_click: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: Any = "content",
    format_func: Callable[[Any], Any] = str,
    wrap: bool | None = None,
) -> Any:
    """Display a button that opens a list of options; return the option clicked, in the run
    that follows the click only (None otherwise), like a button.

    `on_click` is called before that run. Its key is read-only in session_state.
    """
    label = str(label)
    if current_context().form_id:
        raise NbStateInvalidLayoutContextError(
            forms_message("`st.menu_button()` can't be used in an `st.form()`.")
        )
    opts = options_list(options)
    if not opts:
        raise NbStateAPIException(
            f"st.menu_button {label!r} has no options: the `options` parameter is required. "
            "Provide at least one option."
        )
    labels = tuple(str(format_func(option)) for option in opts)
    value, _element, _changed = create_widget(
        "menu_button",
        key=key,
        identity={"label": label, "options": labels, "help": help, "type": type, "icon": icon},
        props={
            "label": label,
            "options": tuple(opts),
            "labels": labels,
            "help": help,
            "type": type,
            "icon": icon,
        },
        default=None,
        trigger=True,
        writes_allowed=False,
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@binds
def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: Any = "content",
    key: Any = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    bind: str | None = None,
    persist_state: str | None = None,
) -> int:
    """Display page buttons (1 to `num_pages`) and return the current page, `default` at first.

    At most `max_visible_pages` page buttons show at once (None: all). A page set through
    session_state that is not an int from 1 to `num_pages` falls back to `default`.
    """
    if not _is_int(num_pages) or num_pages < 1:
        raise NbStateAPIException(
            f"`num_pages` must be an integer of at least 1. Got {num_pages!r}."
        )
    if not _is_int(default):
        raise NbStateAPIException(
            f"st.pagination got default={default!r} (of type {type(default).__name__}); give "
            "the page to start on, an int."
        )
    if not 1 <= default <= num_pages:
        raise NbStateAPIException(
            f"The `default` parameter, set to {default}, is outside the required range "
            f"[1, {num_pages}]."
        )
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise NbStateAPIException(
            f"`max_visible_pages` must be a non-negative integer or None. Got "
            f"{max_visible_pages!r}."
        )
    value, element, _changed = create_widget(
        "pagination",
        key=key,
        identity={"num_pages": num_pages, "default": default},
        props={"num_pages": num_pages, "default": default, "max_visible_pages": max_visible_pages},
        default=default,
        warn_default=None if default == 1 else default,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    if not _is_int(value) or not 1 <= value <= num_pages:
        # Set through session_state to something that is no page: the default, as in Streamlit.
        value = correct_value(element, default)
    return value
