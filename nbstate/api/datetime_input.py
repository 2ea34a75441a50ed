"""st.datetime_input: a date and a time of day in one widget (Streamlit 1.67)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from .binding import binds
from .datetime import _years_from
from .widget import WidgetCallback, create_widget, shown_only_if_valid

#: The date formats Streamlit 1.67 accepts.
FORMATS = ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY",
           "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY")  # fmt: skip
_EARLIEST, _LATEST = dt.time(0, 0), dt.time(23, 59)
_TEXT_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _minute(moment: dt.datetime) -> dt.datetime:
    """The moment to the minute, without a time zone (as the widget shows it)."""
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def to_datetime(value: Any, what: str, day: dt.date, time: dt.time) -> dt.datetime:
    """A datetime from what st.datetime_input takes: a datetime, a date (at `time`), a
    time (on `day`), an ISO string or "now"."""
    if isinstance(value, str) and value == "now":
        return _minute(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _minute(value)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, time)
    if isinstance(value, dt.time):
        return dt.datetime.combine(day, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        try:
            return _minute(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
        for pattern in _TEXT_FORMATS:
            try:
                return _minute(dt.datetime.strptime(text, pattern))
            except ValueError:
                continue
        for parse, combine in (
            (dt.date.fromisoformat, lambda d: dt.datetime.combine(d, time)),
            (dt.time.fromisoformat, lambda t: dt.datetime.combine(day, t.replace(second=0))),
        ):
            try:
                return combine(parse(text))
            except ValueError:
                continue
    raise NbStateAPIException(
        f"st.datetime_input got {what}={value!r} (of type {type(value).__name__}); give a "
        "datetime, a date, a time, an ISO string such as '2024-05-01 10:30', or \"now\"."
    )


def _step_seconds(step: Any) -> int:
    if isinstance(step, dt.timedelta):
        seconds = int(step.total_seconds())
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise NbStateAPIException(
            f"st.datetime_input got step={step!r}; give an int (seconds) or a timedelta."
        )
    if not 60 <= seconds <= 23 * 3600:
        raise NbStateAPIException(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[60 seconds, 23 hours]."
        )
    return seconds


@binds
def datetime_input(
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    format: str = "YYYY/MM/DD",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> dt.datetime | None:
    """Display a date and time picker and return the chosen `datetime.datetime` (to the minute).

    `value` is a datetime, a date (midnight), a time (today), an ISO string, "now" (the
    default) or None (nothing until the user picks). Bounds default to ten years either side
    of the value; `step` (seconds or a timedelta, 1 minute to 23 hours) spaces the times
    offered. With `required`, the user cannot clear a value once there is one.
    """
    label = str(label)
    if format not in FORMATS:
        raise NbStateValueError(
            f"st.datetime_input got format={format!r}; supported values: "
            f"{', '.join(map(repr, FORMATS))}."
        )
    seconds = _step_seconds(step)
    today = dt.date.today()
    default = None if value is None else to_datetime(value, "value", today, _EARLIEST)
    anchor = default.date() if default is not None else today
    low = (
        dt.datetime.combine(_years_from(anchor, -10), _EARLIEST)
        if min_value is None
        else to_datetime(min_value, "min_value", anchor, _EARLIEST)
    )
    high = (
        dt.datetime.combine(_years_from(anchor, 10), _LATEST)
        if max_value is None
        else to_datetime(max_value, "max_value", anchor, _LATEST)
    )
    if low > high:
        raise NbStateAPIException(
            f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to {high}."
        )
    if default is not None and not low <= default <= high:
        relation = "less than the `min_value`" if default < low else "greater than the `max_value`"
        bound = low if default < low else high
        raise NbStateAPIException(f"The `value` {default} is {relation} {bound}.")
    result, element, changed = create_widget(
        "datetime_input",
        key=key,
        identity={
            "label": label,
            "value": str(value) if value is None or isinstance(value, str) else str(default),
            "min_value": str(min_value),
            "max_value": str(max_value),
            "help": help,
            "format": format,
            "step": seconds,
        },
        props={
            "label": label,
            "min_value": low,
            "max_value": high,
            "step": seconds,
            "format": format,
            "required": bool(required),
            "help": help,
            "label_visibility": label_visibility,
        },
        default=default,
        warn_default=None if isinstance(value, str) and value == "now" else default,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    with shown_only_if_valid(element):
        if changed and result is not None and not isinstance(result, dt.datetime):
            raise TypeError(
                f"st.session_state['{element.key}'] holds {result!r} (of type "
                f"{type(result).__name__}), but st.datetime_input needs a datetime.datetime "
                "(or None)."
            )
    return result
