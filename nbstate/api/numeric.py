"""Numeric input widgets: `st.slider` (numbers, dates and times) and `st.number_input`."""

from __future__ import annotations

import datetime as dt
from numbers import Real
from typing import Any

from ..errors import (
    NbStateAPIException,
    NbStateValueAboveMaxError,
    NbStateValueBelowMinError,
    NbStateValueError,
)
from .binding import binds
from .inputs import type_name
from .temporal import is_temporal, strftime_format, temporal_options
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

_TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _slider_bounds(min_value: Any, max_value: Any, value: Any, step: Any):
    """Streamlit's defaults and type rules for a numeric slider."""
    values = value if isinstance(value, (list, tuple)) else [value]
    given = [v for v in [min_value, max_value, step, *values] if v is not None]
    for v in given:
        if not _is_number(v):
            raise NbStateAPIException(
                f"st.slider got {v!r} (of type {type_name(v)}); min_value, max_value, value "
                "and step must be numbers (int or float) or dates, times or datetimes "
                "(datetime.date, datetime.time, datetime.datetime, with a datetime.timedelta "
                "step), all of one kind; value may also be a (low, high) pair for a range."
            )
    is_float = any(isinstance(v, float) for v in given)
    if is_float and any(isinstance(v, int) for v in given if v is not step):
        raise NbStateAPIException(
            "All numerical arguments of st.slider must be of the same type: got "
            + ", ".join(f"{v!r} ({type_name(v)})" for v in given)
            + ". Write them all as int (e.g. 1) or all as float (e.g. 1.0)."
        )
    if min_value is None:
        min_value = 0.0 if is_float else 0
    if max_value is None:
        max_value = 1.0 if is_float else 100
    if min_value > max_value:
        raise NbStateAPIException(
            f"st.slider's min_value {min_value} is greater than its max_value {max_value}: "
            "swap them."
        )
    if step is None:
        step = 0.01 if is_float else 1
    if step == 0:
        raise NbStateValueError("st.slider got step=0; give a step greater than 0.")
    return is_float, min_value, max_value, step


_slider_specs = SpecCache()


@binds
def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
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
    """Display a slider and return its value.

    Give `value` a pair (e.g. ``(2, 5)``) for a range slider that returns a tuple. Ints and
    floats are supported; all numbers must be of one type. The value is sent when the user
    releases the handle.
    """
    label = str(label)
    parameters = (
        label,
        min_value,
        max_value,
        value,
        step,
        format,
        key,
        help,
        label_visibility,
        width,
    )
    spec = _slider_specs.get(parameters)
    if spec is None:
        if is_temporal(min_value, max_value, value):
            return _temporal_slider(
                label, min_value, max_value, value, step, format, key, help, label_visibility,
                on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
            )  # fmt: skip
        spec = _slider_specs.put(parameters, _slider_spec(*parameters))
    result, element, changed = place_widget(spec, on_change, args, kwargs, disabled)
    if changed:
        lo, hi = spec.props["min_value"], spec.props["max_value"]
        with shown_only_if_valid(element):
            for v in result if isinstance(result, (list, tuple)) else (result,):
                number = float(v)  # a ValueError/TypeError for a non-number, as in Streamlit
                if number != number:
                    raise ValueError(
                        f"st.session_state['{element.key}'] holds NaN, but the slider with that "
                        f"key needs a number from {lo} to {hi}."
                    )
                if number > hi:
                    raise NbStateValueAboveMaxError(v, hi)
                if number < lo:
                    raise NbStateValueBelowMinError(v, lo)
    if isinstance(result, list):
        result = tuple(result)
    return result


def _slider_spec(
    label: str,
    min_value: Any,
    max_value: Any,
    value: Any,
    step: Any,
    format: str | None,
    key: Any,
    help: str | None,
    label_visibility: str,
    width: Any,
) -> WidgetSpec:
    """Check a numeric slider's parameters; return its spec."""
    if isinstance(value, (list, tuple)) and len(value) not in (1, 2):
        raise NbStateValueError(
            f"st.slider {label!r} got value={value!r}; give one number, or a pair of numbers "
            "(low, high) for a range slider."
        )
    is_float, lo, hi, step_value = _slider_bounds(min_value, max_value, value, step)
    default = lo if value is None else value
    if isinstance(default, list):
        default = tuple(default)
    for v in default if isinstance(default, tuple) else (default,):
        if not lo <= v <= hi:
            raise NbStateAPIException(
                f"The default `value` {v} of st.slider {label!r} must lie between the "
                f"`min_value` of {lo} and the `max_value` of {hi}, inclusively."
            )
    return widget_spec(
        "slider",
        key=key,
        identity={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "help": help,
            "width": width,
        },
        props={
            "label": label,
            "min_value": lo,
            "max_value": hi,
            "step": step_value,
            "is_float": is_float,
            "format": format,
            "help": help,
            "label_visibility": label_visibility,
        },
        default=default,
        warn_default=value,
    )


def _number_args(min_value: Any, max_value: Any, value: Any, step: Any):
    """Streamlit's type rules and defaults for number_input."""
    given = [v for v in (min_value, max_value, step) if v is not None]
    if value not in (None, "min"):
        given.append(value)
    for v in given:
        if not _is_number(v):
            raise NbStateAPIException(
                f"st.number_input got {v!r} (of type {type_name(v)}); min_value, max_value, "
                "value and step must be numbers."
            )
    # With no number given at all, Streamlit's number_input works with floats.
    is_float = not given or any(isinstance(v, float) for v in given)
    if given and is_float and any(isinstance(v, int) for v in given):
        raise NbStateAPIException(
            "All numerical arguments of st.number_input must be of the same type: got "
            + ", ".join(f"{v!r} ({type_name(v)})" for v in given)
            + ". Write them all as int (e.g. 1) or all as float (e.g. 1.0)."
        )
    if min_value is not None and max_value is not None and min_value > max_value:
        raise NbStateAPIException(
            f"st.number_input's min_value {min_value} is greater than its max_value "
            f"{max_value}: swap them."
        )
    if value == "min":
        value = min_value if min_value is not None else (0.0 if is_float else 0)
    if value is not None:
        if min_value is not None and value < min_value:
            raise NbStateValueBelowMinError(value, min_value)
        if max_value is not None and value > max_value:
            raise NbStateValueAboveMaxError(value, max_value)
    if step is None:
        step = 0.01 if is_float else 1
    return is_float, value, step


_number_specs = SpecCache()


@binds
def number_input(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = "min",
    step: Any = None,
    format: str | None = None,
    key: Any = None,
    help: str | None = None,
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
) -> Any:
    """Display a number box and return its value (an int or a float, as its arguments are).

    `value="min"` starts at `min_value` (or 0); `value=None` returns None until the user
    types a number. A value set through session_state outside the bounds falls back to the
    default, as in Streamlit.
    """
    label = str(label)
    parameters = (
        label, min_value, max_value, value, step, format, key, help, placeholder,
        label_visibility, width, bool(required),
    )  # fmt: skip
    spec = _number_specs.get_or_build(parameters, _number_spec, *parameters)
    result, element, _changed = place_widget(spec, on_change, args, kwargs, disabled)
    with shown_only_if_valid(element):
        if result is not None and not isinstance(result, Real):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type_name(result)}), but the number_input with that key needs a number or "
                "None."
            )
    out_of_bounds = result is not None and (
        (min_value is not None and result < min_value)
        or (max_value is not None and result > max_value)
    )
    if out_of_bounds:
        # Streamlit falls back to the default for an out-of-range value set via session_state.
        result = correct_value(element, spec.default)
    return result


def _number_spec(
    label: str,
    min_value: Any,
    max_value: Any,
    value: Any,
    step: Any,
    format: str | None,
    key: Any,
    help: str | None,
    placeholder: str | None,
    label_visibility: str,
    width: Any,
    required: bool = False,
) -> WidgetSpec:
    is_float, default, step_value = _number_args(min_value, max_value, value, step)
    return widget_spec(
        "number_input",
        key=key,
        identity={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "help": help,
            "placeholder": placeholder,
            "width": width,
        },
        props={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "step": step_value,
            "is_float": is_float,
            "format": format,
            "help": help,
            "label_visibility": label_visibility,
            "required": required,
        },
        default=default,
        warn_default=None if value == "min" else value,
    )


def _temporal_slider(
    label: str,
    min_value: Any,
    max_value: Any,
    value: Any,
    step: Any,
    format: str | None,
    key: Any,
    help: str | None,
    label_visibility: str,
    **widget_args: Any,
) -> Any:
    """A slider over dates, datetimes or times; returns the same type (a pair for a range)."""
    options, default = temporal_options(label, min_value, max_value, value, step)
    if format:
        fmt = strftime_format(format)
    elif isinstance(options[0], dt.datetime):
        fmt = "%Y-%m-%d %H:%M"
    elif isinstance(options[0], dt.date):
        fmt = "%Y-%m-%d"
    else:
        fmt = "%H:%M"
    labels = tuple(o.strftime(fmt) for o in options)
    result, element, changed = create_widget(
        "slider",
        key=key,
        identity={
            "label": label,
            "min_value": str(min_value),
            "max_value": str(max_value),
            "value": str(value),
            "step": str(step),
            "format": format,
            "help": help,
        },
        props={
            "label": label,
            "options": options,
            "labels": labels,
            "temporal": True,
            "help": help,
            "label_visibility": label_visibility,
        },
        default=default,
        warn_default=value,
        **widget_args,
    )
    if changed:
        for item in result if isinstance(result, (list, tuple)) else (result,):
            with shown_only_if_valid(element):
                if type(item) is not type(options[0]):
                    raise TypeError(
                        f"st.session_state['{element.key}'] holds {item!r}, but this slider "
                        f"needs {type(options[0]).__name__} values."
                    )
                if item > options[-1]:
                    raise NbStateValueAboveMaxError(item, options[-1])
                if item < options[0]:
                    raise NbStateValueBelowMinError(item, options[0])
    return tuple(result) if isinstance(result, list) else result
