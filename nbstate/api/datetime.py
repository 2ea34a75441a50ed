"""Date and time widgets: date_input (one date or a range) and time_input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from .binding import binds
from .widget import WidgetCallback, create_widget, shown_only_if_valid


def _to_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value == "today":
            return dt.date.today()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise NbStateAPIException(
        f"st.date_input got {what}={value!r}; give a datetime.date, a datetime.datetime, an "
        "ISO string such as '2024-01-31', or 'today'."
    )


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@binds
def date_input(
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    required: bool = False,
) -> Any:
    """Display a date picker and return the chosen `datetime.date`.

    Give `value` a list or tuple of dates for a range (a tuple is returned); `value=None`
    returns None until the user picks a date. Bounds default to ten years around the value.
    """
    label = str(label)
    is_range = isinstance(value, (list, tuple))
    if is_range:
        default: Any = tuple(_to_date(v, "value") for v in value)
        if len(default) > 2:
            raise NbStateAPIException(
                f"st.date_input {label!r} got {len(default)} dates; a range has at most two."
            )
        anchor = default[0] if default else dt.date.today()
    elif value is None:
        default, anchor = None, dt.date.today()
    else:
        default = anchor = _to_date(value, "value")
    low = _to_date(min_value, "min_value") if min_value is not None else _years_from(anchor, -10)
    high = _to_date(max_value, "max_value") if max_value is not None else _years_from(anchor, 10)
    result, element, changed = create_widget(
        "date_input",
        key=key,
        identity={
            "label": label,
            "value": str(value),
            "min_value": str(min_value),
            "max_value": str(max_value),
            "help": help,
            "format": format,
            "width": width,
            "required": bool(required),
        },
        props={
            "label": label,
            "min_value": low,
            "max_value": high,
            "is_range": is_range,
            "help": help,
            "label_visibility": label_visibility,
            "required": bool(required),
        },
        default=default,
        warn_default=None if value == "today" else default,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    with shown_only_if_valid(element):
        items = result if isinstance(result, (list, tuple)) else (result,)
        for item in items if changed and result is not None else ():
            if not isinstance(item, dt.date):
                raise TypeError(
                    f"st.session_state['{element.key}'] holds {item!r} (of type "
                    f"{type(item).__name__}), but date_input needs datetime.date values."
                )
    if isinstance(result, list):
        result = tuple(result)
    return result


def _to_time(value: Any) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        if value == "now":
            return dt.datetime.now().time().replace(second=0, microsecond=0)
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise NbStateAPIException(
        f"st.time_input got value={value!r}; give a datetime.time, a datetime.datetime, an ISO "
        "string such as '12:30', or 'now'."
    )


@binds
def time_input(
    label: str,
    value: Any = "now",
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: Any = 900,
    width: Any = "stretch",
    format: str = "24h",
    required: bool = False,
) -> dt.time | None:
    """Display a time picker and return the chosen `datetime.time` (None with `value=None`).

    `step` is the picker's step in seconds (or a `datetime.timedelta`), 900 by default.
    """
    label = str(label)
    if format not in ("12h", "24h", "localized"):
        raise NbStateValueError(
            "Invalid `format` value. Supported values: '12h', '24h', 'localized'."
        )
    if isinstance(step, dt.timedelta):
        step = int(step.total_seconds())
    if not isinstance(step, int) or not 60 <= step <= 23 * 3600:
        raise NbStateAPIException(
            f"st.time_input got step={step!r}; give a number of seconds between 60 and 82800 "
            "(or a datetime.timedelta)."
        )
    default = None if value is None else _to_time(value)
    result, element, changed = create_widget(
        "time_input",
        key=key,
        identity={"label": label, "value": str(value), "help": help, "step": step},
        props={
            "label": label,
            "step": step,
            "help": help,
            "label_visibility": label_visibility,
            "required": bool(required),
        },
        default=default,
        warn_default=None if value == "now" else default,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    with shown_only_if_valid(element):
        if changed and result is not None and not isinstance(result, dt.time):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type(result).__name__}), but the time_input with that key needs a "
                "datetime.time or None."
            )
    return result
