"""Widgets that choose among options: selectbox, radio, multiselect, select_slider."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import (
    NbStateAPIException,
    NbStateSelectionCountExceedsMaxError,
    NbStateValueError,
)
from .binding import binds
from .choice_options import check_filter_mode, check_select_all
from .icons import check_icon
from .widget import (
    SpecCache,
    WidgetCallback,
    WidgetSpec,
    correct_value,
    create_widget,
    place_widget,
    shown_only_if_valid,
    widget_spec,
)


def options_list(options: Any) -> list[Any]:
    """The options as a list: any iterable; a dict gives its keys, a DataFrame its first column."""
    if options is None:
        return []
    columns = getattr(options, "columns", None)
    if columns is not None and hasattr(options, "iloc"):
        options = options.iloc[:, 0] if len(columns) else []
    if not isinstance(options, Iterable) or isinstance(options, (str, bytes)):
        raise NbStateAPIException(
            f"options must be a list (or another iterable) of choices; got {options!r}."
        )
    return list(options)


def _labels(options: list[Any], format_func: Callable[[Any], Any]) -> tuple[str, ...]:
    return tuple(str(format_func(option)) for option in options)


def _position(options: list[Any], value: Any) -> int | None:
    """The index of `value` in `options`, or None when it is not one of them."""
    for index, option in enumerate(options):
        try:
            if option is value or option == value:
                return index
        except Exception:
            continue
    return None


def _index_default(name: str, options: list[Any], index: Any) -> Any:
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise NbStateAPIException(
            f"st.{name} got index={index!r} (of type {type(index).__name__}); index must be an "
            "int (the position of the preselected option) or None."
        )
    if not options:
        return None
    if not 0 <= index < len(options):
        raise NbStateAPIException(
            f"st.{name} got index={index}, but there are {len(options)} options: the index "
            f"must be greater than or equal to 0 and less than {len(options)}."
        )
    return options[index]


def _single_choice(
    kind: str,
    label: Any,
    options: Any,
    index: Any,
    format_func: Callable[[Any], Any],
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    **widget_args: Any,
) -> Any:
    label = str(label)
    opts = options_list(options)
    if format_func is str:
        # Only with the default format_func: a function's labels may change between runs.
        parameters = (kind, label, tuple(opts), index, key, *identity.values(), *props.values())
        spec = _single_choice_specs.get_or_build(
            parameters, _single_choice_spec, kind, label, opts, index, str, key, identity, props
        )
    else:
        spec = _single_choice_spec(kind, label, opts, index, format_func, key, identity, props)
    value, element, _changed = place_widget(spec, **widget_args)
    default = spec.default
    if value is not None and _position(opts, value) is None:
        # Not one of the options (set through session_state, or the option went away).
        value = correct_value(element, default)
    return value


_single_choice_specs = SpecCache()


def _single_choice_spec(
    kind: str,
    label: str,
    opts: list[Any],
    index: Any,
    format_func: Callable[[Any], Any],
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
) -> WidgetSpec:
    labels = _labels(opts, format_func)
    default = _index_default(kind, opts, index)
    return widget_spec(
        kind,
        key=key,
        identity={"label": label, "options": labels, "index": index, **identity},
        props={"label": label, "options": tuple(opts), "labels": labels, **props},
        default=default,
        warn_default=None if index == 0 else default,
    )


@binds
def selectbox(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: Any = "stretch",
    filter_mode: str | None = "fuzzy",
    icon: str | None = None,
    required: bool = False,
) -> Any:
    """Display a drop-down list and return the selected option.

    `index` preselects an option (None: nothing until the user chooses, and the widget returns
    None); `format_func` turns an option into its label. A value set through session_state
    that is not one of the options falls back to the `index` option.
    """
    check_filter_mode(filter_mode, accept_new_options)
    if icon is not None:
        check_icon(icon)
    return _single_choice(
        "selectbox",
        label,
        options,
        index,
        format_func,
        key,
        identity={
            "help": help,
            "placeholder": placeholder,
            "accept_new_options": accept_new_options,
        },
        props={
            "help": help,
            "placeholder": placeholder,
            "label_visibility": label_visibility,
            "required": bool(required),
        },
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )


@binds
def radio(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Any = None,
    label_visibility: str = "visible",
    width: Any = "content",
) -> Any:
    """Display radio buttons and return the selected option (None with `index=None`)."""
    return _single_choice(
        "radio",
        label,
        options,
        index,
        format_func,
        key,
        identity={"help": help, "horizontal": horizontal, "captions": captions},
        props={"help": help, "horizontal": horizontal, "label_visibility": label_visibility},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )


@binds
def multiselect(
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: Any = "stretch",
    filter_mode: str | None = "fuzzy",
    select_all: bool | int = 1000,
    wrap: bool | None = None,
) -> list[Any]:
    """Display a multiple-choice list and return the selected options.

    `default` preselects options (each must be one of `options`). Values set through
    session_state that are not options are dropped. More than `max_selections` options is an
    error.
    """
    check_filter_mode(filter_mode, accept_new_options)
    check_select_all(select_all)
    label = str(label)
    opts = options_list(options)
    labels = _labels(opts, format_func)
    if default is None:
        chosen: list[Any] = []
    elif isinstance(default, (list, tuple, set)) or hasattr(default, "tolist"):
        chosen = list(default)
    else:
        chosen = [default]
    for item in chosen:
        if _position(opts, item) is None:
            raise NbStateAPIException(
                f"The default value {item!r} of st.multiselect {label!r} is not one of its "
                f"options {opts!r}: every default value must also be an option."
            )
    if max_selections is not None and (
        isinstance(max_selections, bool)
        or not isinstance(max_selections, int)
        or max_selections < 1
    ):
        raise NbStateValueError(
            f"st.multiselect {label!r} got max_selections={max_selections!r}; give a positive "
            "int, or None for no limit (to stop all selection, use disabled=True)."
        )
    _check_max(chosen, max_selections)
    value, element, _changed = create_widget(
        "multiselect",
        key=key,
        identity={
            "label": label,
            "options": labels,
            "default": tuple(str(v) for v in chosen),
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": accept_new_options,
        },
        props={
            "label": label,
            "options": tuple(opts),
            "labels": labels,
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "filter_mode": filter_mode,
            "select_all": select_all,
            "wrap": wrap,
            "label_visibility": label_visibility,
        },
        default=chosen,
        warn_default=chosen or None,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    with shown_only_if_valid(element):
        if not isinstance(value, Iterable):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {value!r} (of type "
                f"{type(value).__name__}), but the multiselect with that key needs a list of "
                "its options."
            )
    value = list(value) if not isinstance(value, list) else value
    valid = [item for item in value if _position(opts, item) is not None]
    if len(valid) != len(value):
        # As in Streamlit, the corrected list is the session_state value itself.
        value = correct_value(element, valid)
    with shown_only_if_valid(element):
        _check_max(value, max_selections)
    return value


def _check_max(selected: list[Any], max_selections: int | None) -> None:
    if max_selections is not None and len(selected) > max_selections:
        raise NbStateSelectionCountExceedsMaxError(len(selected), max_selections)


@binds
def select_slider(
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """Display a slider over a list of options and return the selected one.

    Give `value` a pair of options for a range, returned as a tuple.
    """
    label = str(label)
    opts = options_list(options)
    if not opts:
        raise NbStateAPIException(
            f"st.select_slider {label!r} has no options: pass a non-empty list of options."
        )
    labels = _labels(opts, format_func)
    is_range = isinstance(value, (list, tuple)) and len(value) == 2
    default = (tuple(value) if is_range else value) if value is not None else opts[0]
    for item in default if is_range else (default,):
        if _position(opts, item) is None:
            raise NbStateAPIException(
                f"The value {item!r} of st.select_slider {label!r} is not one of its options "
                f"{opts!r}."
            )
    result, element, _changed = create_widget(
        "select_slider",
        key=key,
        identity={
            "label": label,
            "options": labels,
            "value": str(value),
            "help": help,
        },
        props={
            "label": label,
            "options": tuple(opts),
            "labels": labels,
            "help": help,
            "label_visibility": label_visibility,
        },
        default=default,
        warn_default=value,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    items = tuple(result) if isinstance(result, (list, tuple)) else (result,)
    if not items or any(_position(opts, item) is None for item in items):
        result = correct_value(element, default)
    elif isinstance(result, list):
        result = tuple(result)
    return result
