"""Button groups: st.pills, st.segmented_control and st.feedback."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from .binding import binds
from .choices import _position, options_list
from .widget import WidgetCallback, correct_value, create_widget, shown_only_if_valid

#: What each `st.feedback` kind shows, in value order (0 first).
FEEDBACK_LABELS: dict[str, tuple[str, ...]] = {
    "thumbs": ("👎", "👍"),
    "faces": ("😞", "🙁", "😐", "🙂", "😀"),
    "stars": ("1 star", "2 stars", "3 stars", "4 stars", "5 stars"),
}


def _as_list(default: Any) -> list[Any]:
    if default is None:
        return []
    if isinstance(default, (list, tuple, set, frozenset)) or hasattr(default, "tolist"):
        return list(default.tolist() if hasattr(default, "tolist") else default)
    return [default]


def _button_group(
    kind: str,
    label: Any,
    options: Any,
    selection_mode: str,
    default: Any,
    required: bool,
    format_func: Callable[[Any], Any] | None,
    key: Any,
    help: str | None,
    on_change: WidgetCallback | str | None,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
) -> Any:
    label = str(label)
    if selection_mode not in ("single", "multi"):
        raise NbStateValueError(
            "Invalid `selection_mode` value. Supported values: 'single', 'multi'."
        )
    multi = selection_mode == "multi"
    if required and multi:
        raise NbStateAPIException(
            "`required=True` and `selection_mode='multi'` cannot be used together. "
            "`required` is only supported for single-select mode."
        )
    opts = options_list(options)
    fmt = format_func if format_func is not None else str
    labels = tuple(str(fmt(option)) for option in opts)
    chosen = _as_list(default)
    for item in chosen:
        if _position(opts, item) is None:
            raise NbStateAPIException(
                f"The default value {item!r} of st.{kind} {label!r} is not part of the options "
                f"{opts!r}. Please make sure that every default value also exists in the "
                "options."
            )
    if not multi and len(chosen) > 1:
        raise NbStateAPIException(
            f"The default argument to `st.{kind}` must be a single value when "
            f"`selection_mode='single'`; got {default!r}."
        )
    initial: Any = chosen if multi else (chosen[0] if chosen else None)
    value, element, _changed = create_widget(
        kind,
        key=key,
        identity={
            "label": label,
            "options": labels,
            "selection_mode": selection_mode,
            "default": tuple(str(v) for v in chosen),
            "required": bool(required),
            "help": help,
        },
        props={
            "label": label,
            "options": tuple(opts),
            "labels": labels,
            "selection_mode": selection_mode,
            "required": bool(required),
            "help": help,
            "label_visibility": label_visibility,
        },
        default=initial,
        warn_default=chosen or None,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    if not multi:
        if value is not None and _position(opts, value) is None:
            # Not one of the options (set through session_state): the default, as in Streamlit.
            value = correct_value(element, initial)
        return value
    with shown_only_if_valid(element):
        if not isinstance(value, Iterable):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {value!r} (of type "
                f"{type(value).__name__}), but the st.{kind} with that key needs a list of its "
                "options (selection_mode='multi')."
            )
    # As in Streamlit, a value that is not a list of options keeps only the ones that are.
    items = list(value)
    valid = [item for item in items if _position(opts, item) is not None]
    if len(valid) != len(items) or not isinstance(value, list):
        value = correct_value(element, valid)
    return value


@binds
def pills(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display options as pill buttons and return the chosen one.

    With ``selection_mode="single"`` (the default) the value is an option or None (a click on
    the chosen pill clears it, unless `required`); with ``"multi"`` it is the list of chosen
    options. `default` preselects options; `format_func` turns an option into its label.
    """
    return _button_group(
        "pills", label, options, selection_mode, default, required, format_func, key, help,
        on_change, args, kwargs, disabled, label_visibility,
    )  # fmt: skip


@binds
def segmented_control(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display options as a row of joined buttons and return the chosen one.

    The same as `st.pills` (single or multi selection, `default`, `required`,
    `format_func`), shown as a segmented control.
    """
    return _button_group(
        "segmented_control", label, options, selection_mode, default, required, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility,
    )  # fmt: skip


@binds
def feedback(
    options: str = "thumbs",
    *,
    key: Any = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | None:
    """Display a rating and return the index chosen, or None before the user picks one.

    "thumbs": 0 (thumbs down) or 1 (thumbs up); "faces" and "stars": 0 to 4 (one star is 0).
    """
    labels = FEEDBACK_LABELS.get(options) if isinstance(options, str) else None
    if labels is None:
        raise NbStateValueError(
            f"Invalid `options` value {options!r}. Supported values: 'thumbs', 'faces', 'stars'."
        )
    if default is not None:
        if isinstance(default, bool) or not isinstance(default, int):
            raise NbStateAPIException(
                f"st.feedback got default={default!r}; give the index of an option (an int) "
                "or None."
            )
        if not 0 <= default < len(labels):
            raise NbStateAPIException(
                f"The `default` parameter, set to {default}, is outside the required range "
                f"[0, {len(labels) - 1}]."
            )
    value, element, _changed = create_widget(
        "feedback",
        key=key,
        identity={"options": options, "default": default},
        props={"options": tuple(range(len(labels))), "labels": labels, "look": options},
        default=default,
        warn_default=default,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(labels)
    ):
        # Set through session_state to something that is not an option: the default.
        value = correct_value(element, default)
    return value
