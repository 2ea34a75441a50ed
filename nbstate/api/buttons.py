"""Buttons: True for the one run after a click, False otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import NbStateInvalidLayoutContextError, forms_message
from ..run_context import current_context
from ..tree import Element
from .button_options import check_icon_position, normalize_shortcut
from .widget import SpecCache, WidgetCallback, WidgetSpec, place_widget, widget_spec


def button(
    label: str,
    key: Any = None,
    help: str | None = None,
    on_click: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    icon_position: str = "left",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button and return True in the run that follows a click on it.

    `on_click` is called with `args` and `kwargs` before the rerun that the click causes. A
    button's key is read-only in session_state: assigning it raises an error. `icon` goes
    left or right of the label (`icon_position`); a `shortcut` is checked as in Streamlit
    but not bound to a key in a notebook (see docs/parameters-without-effect.md).
    """
    ctx = current_context()
    if ctx.form_id:
        raise NbStateInvalidLayoutContextError(
            forms_message(
                "`st.button()` can't be used in an `st.form()`. Use "
                "`st.form_submit_button()` instead to submit the form."
            )
        )
    value, _element = button_widget(
        "button",
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
    return value


@dataclass(frozen=True)
class ButtonLook:
    """The parameters of a button that only change how it looks (and its id)."""

    icon_position: str = "left"
    shortcut: str | None = None

    def checked(self) -> tuple[str, str | None]:
        """(icon position, normalized shortcut), or a clear error."""
        return check_icon_position(self.icon_position), normalize_shortcut(self.shortcut)


def button_widget(
    kind: str,
    label: Any,
    key: Any,
    help: str | None,
    on_click: WidgetCallback | None,
    args: Any,
    kwargs: Any,
    type: str,
    icon: str | None,
    width: Any,
    disabled: bool,
    look: ButtonLook = ButtonLook(),
) -> tuple[bool, Element]:
    """Create a button or form submit button: a read-only trigger, True for one run."""
    icon_position, shortcut = look.checked()
    parameters = (kind, str(label), key, help, type, icon, width, icon_position, shortcut)
    spec = _button_specs.get_or_build(parameters, _button_spec, *parameters)
    value, element, _changed = place_widget(spec, on_click, args, kwargs, disabled)
    return value, element


_button_specs = SpecCache()


def _button_spec(
    kind: str,
    label: str,
    key: Any,
    help: str | None,
    type: str,
    icon: str | None,
    width: Any,
    icon_position: str,
    shortcut: str | None,
) -> WidgetSpec:
    return widget_spec(
        kind,
        key=key,
        identity={
            "label": label,
            "help": help,
            "type": type,
            "icon": icon,
            "width": width,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        props={
            "label": label,
            "help": help,
            "type": type,
            "icon": icon,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        default=False,
        trigger=True,
        writes_allowed=False,
    )
