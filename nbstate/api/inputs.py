"""Input widgets whose value persists between runs: text, booleans and colors.

The numeric ones (`st.slider`, `st.number_input`) are in `numeric`.
"""

from __future__ import annotations

import re
from numbers import Integral
from typing import Any

from ..errors import (
    NbStateAPIException,
    NbStateValueError,
)
from .binding import binds
from .text_checks import live_ms, validate_rule
from .widget import (
    SpecCache,
    WidgetCallback,
    WidgetSpec,
    create_widget,
    place_widget,
    shown_only_if_valid,
    widget_spec,
)

_TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")


@binds
def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: Any = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: Any = "stretch",
    required: bool = False,
    validate: str | tuple[str, str] | None = None,
    live: bool | str = False,
) -> str | None:
    """Display a single-line text box and return what it holds.

    The value is sent when the user presses Enter or leaves the box (with `live`, after a
    pause in typing). `type="password"` hides what is typed. With `value=None` the widget
    returns None until the user types. A `required` box does not send an empty value, and
    one with `validate` (a regex, or a (regex, message) pair) only values that match.
    """
    pause = live_ms(live)
    regex, _message = validate_rule(validate)
    if type not in _TEXT_INPUT_TYPES:
        raise NbStateValueError(
            f"st.text_input {label!r} got type={type!r}; use one of "
            + ", ".join(repr(t) for t in _TEXT_INPUT_TYPES)
            + "."
        )
    return _text_widget(
        "text_input",
        label,
        value,
        key,
        identity={"max_chars": max_chars, "type": type, "autocomplete": autocomplete,
                  "icon": icon, "live": pause, "validate": regex, "required": bool(required)},
        props={"type": type, "max_chars": max_chars, "live": pause, "validate": regex,
               "required": bool(required)},
        help=help,
        placeholder=placeholder,
        label_visibility=label_visibility,
        width=width,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )  # fmt: skip


def _text_widget(
    kind: str,
    label: Any,
    value: str | None,
    key: Any,
    *,
    identity: dict[str, Any],
    props: dict[str, Any],
    help: str | None,
    placeholder: str | None,
    label_visibility: str,
    width: Any,
    **widget_args: Any,
) -> str | None:
    """A text_input or text_area: its value must be a str (or None)."""
    label = str(label)
    if value is not None:
        value = str(value)
    parameters = (
        kind, label, value, key, help, placeholder, label_visibility, width,
        *identity.values(), *props.values(),
    )  # fmt: skip
    spec = _text_specs.get_or_build(
        parameters, _text_spec, kind, label, value, key, identity, props, help, placeholder,
        label_visibility, width,
    )  # fmt: skip
    result, element, changed = place_widget(spec, **widget_args)
    if changed and result is not None and not isinstance(result, str):
        with shown_only_if_valid(element):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type_name(result)}), but the {kind} with that key needs a str or None. "
                "Assign a string."
            )
    return result


_text_specs = SpecCache()


def _text_spec(
    kind: str,
    label: str,
    value: str | None,
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    help: str | None,
    placeholder: str | None,
    label_visibility: str,
    width: Any,
) -> WidgetSpec:
    return widget_spec(
        kind,
        key=key,
        identity={
            "label": label,
            "value": value,
            **identity,
            "help": help,
            "placeholder": str(placeholder),
            "width": width,
        },
        props={
            "label": label,
            "placeholder": placeholder,
            **props,
            "help": help,
            "label_visibility": label_visibility,
        },
        default=value,
        warn_default=value or None,
    )


def type_name(value: Any) -> str:
    """The name of `value`'s type, for error messages."""
    return type(value).__name__


@binds
def checkbox(
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> bool:
    """Display a checkbox and return True while it is checked."""
    return _bool_widget(
        "checkbox", label, value, key, help, label_visibility, width,
        on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
    )  # fmt: skip


def _bool_widget(
    kind: str,
    label: Any,
    value: bool,
    key: Any,
    help: str | None,
    label_visibility: str,
    width: Any,
    **widget_args: Any,
) -> bool:
    """A checkbox or toggle: its value must be a bool (or an int, as Streamlit accepts)."""
    label = str(label)
    parameters = (kind, label, value, key, help, label_visibility, width)
    spec = _bool_specs.get_or_build(parameters, _bool_spec, *parameters)
    result, element, changed = place_widget(spec, **widget_args)
    if changed and not isinstance(result, Integral):
        with shown_only_if_valid(element):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type_name(result)}), but the {kind} with that key needs True or False."
            )
    return result


_bool_specs = SpecCache()


def _bool_spec(
    kind: str, label: str, value: Any, key: Any, help: str | None, label_visibility: str, width: Any
) -> WidgetSpec:
    return widget_spec(
        kind,
        key=key,
        identity={"label": label, "value": bool(value), "help": help, "width": width},
        props={"label": label, "help": help, "label_visibility": label_visibility},
        default=bool(value),
        warn_default=True if value else None,
    )


@binds
def toggle(
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> bool:
    """Display a toggle switch and return True while it is on."""
    return _bool_widget(
        "toggle", label, value, key, help, label_visibility, width,
        on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
    )  # fmt: skip


@binds
def text_area(
    label: str,
    value: str | None = "",
    height: Any = None,
    max_chars: int | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    required: bool = False,
) -> str | None:
    """Display a multi-line text box and return what it holds (sent when it loses focus).

    A `required` box does not send an empty value.
    """
    return _text_widget(
        "text_area",
        label,
        value,
        key,
        identity={"height": height, "max_chars": max_chars, "required": bool(required)},
        props={"height": height, "max_chars": max_chars, "required": bool(required)},
        help=help,
        placeholder=placeholder,
        label_visibility=label_visibility,
        width=width,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )


#: What st.color_picker takes as its value: "#" and 3 or 6 hex digits, as in Streamlit.
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def _color_default(value: Any) -> str:
    if value is None:
        return "#000000"
    if not isinstance(value, str):
        raise NbStateAPIException(
            f"st.color_picker got value={value!r}; give a hex color string such as '#00f900'."
        )
    if not _HEX_COLOR.fullmatch(value):
        raise NbStateAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or "
            "'#000'."
        )
    return value


@binds
def color_picker(
    label: str,
    value: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> str:
    """Display a color picker and return the chosen color as a hex string ('#rrggbb')."""
    label = str(label)
    default = _color_default(value)
    result, element, changed = create_widget(
        "color_picker",
        key=key,
        identity={"label": label, "value": value, "help": help, "width": width},
        props={"label": label, "help": help, "label_visibility": label_visibility},
        default=default,
        warn_default=value,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    with shown_only_if_valid(element):
        if changed and not isinstance(result, str):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type_name(result)}), but the color_picker with that key needs a hex color "
                "string such as '#00f900'."
            )
    return result
