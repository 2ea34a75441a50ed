"""Forms: widgets whose changes are held until a submit button sends them all at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import (
    NbStateDuplicateElementKey,
    NbStateInvalidLayoutContextError,
    NbStateValueAssignmentNotAllowedError,
    forms_message,
)
from ..layout import Container
from ..run_context import current_context
from ..tree import Element
from .buttons import ButtonLook, button_widget
from .widget import WidgetCallback, warn_cached_widget


@dataclass
class FormInfo:
    """What the app must know of a form of the last run to batch its widgets."""

    key: str
    clear_on_submit: bool
    enter_to_submit: bool
    submit_ids: list[str] = field(default_factory=list)


def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: Any = "stretch",
    height: Any = "content",
) -> Container:
    """A form: its widgets send their values only when its submit button is pressed.

    Until then the widgets keep what the user entered, and nothing reruns. On submit, all new
    values apply at once, the submit button's callback runs, then the app reruns. With
    `clear_on_submit`, the widgets go back to their defaults after a submit. Pressing Enter
    in a text box of the form submits it, unless `enter_to_submit` is False.
    """
    if not isinstance(key, str):
        raise TypeError(
            f"st.form needs a str key; got {key!r} (of type {type(key).__name__}). "
            'Give the form a name, e.g. st.form("my_form").'
        )
    ctx = current_context()
    if ctx.form_id:
        raise NbStateInvalidLayoutContextError("Forms cannot be nested in other forms.")
    if ctx.recorders:
        warn_cached_widget(ctx)
    if key in ctx.forms:
        raise NbStateDuplicateElementKey(key)
    if ctx.state.is_new_value(key):
        raise NbStateValueAssignmentNotAllowedError(key)
    ctx.state.register_form(key)
    ctx.forms[key] = FormInfo(key, bool(clear_on_submit), bool(enter_to_submit))
    element = ctx.add(
        Element(
            "form",
            {"_form": key, "border": bool(border), "clear_on_submit": bool(clear_on_submit)},
            key=key,
            children=[],
        )
    )
    return Container(ctx, element)


def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    icon_position: str = "left",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """The button that submits its form; True in the run that the submit causes.

    Without a `key`, its key is ``FormSubmitter:<form key>-<label>``, as in Streamlit.
    """
    ctx = current_context()
    form_key = ctx.form_id
    if not form_key:
        raise NbStateInvalidLayoutContextError(
            forms_message("`st.form_submit_button()` must be used inside an `st.form()`.")
        )
    label = str(label)
    if key is None:
        key = f"FormSubmitter:{form_key}-{label}"
    value, element = button_widget(
        "form_submit_button",
        label,
        key,
        help,
        on_click,
        args,
        kwargs,
        type,
        icon,
        width,
        disabled,
        ButtonLook(icon_position, shortcut),
    )
    ctx.forms[form_key].submit_ids.append(element.widget_id)
    return value
