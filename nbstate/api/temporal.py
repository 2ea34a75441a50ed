"""Sliders over dates, datetimes and times (st.slider with temporal values)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import NbStateAPIException

_PLAIN_NUMBERS = (int, float)
#: The most positions a temporal slider may have (each is an option sent to the page).
MAX_POSITIONS = 20_000


def is_temporal(*values: Any) -> bool:
    """True when any of `values` (or of the pairs among them) is a date, datetime or time."""
    for value in values:
        if value is None or type(value) in _PLAIN_NUMBERS:
            continue  # the common case, checked first: this runs for every slider of every run
        items = value if isinstance(value, (list, tuple)) else (value,)
        if any(isinstance(v, (dt.date, dt.time)) for v in items):
            return True
    return False


def _anchor(time: dt.time) -> dt.datetime:
    return dt.datetime.combine(dt.date(2000, 1, 1), time)


def temporal_options(
    label: str, min_value: Any, max_value: Any, value: Any, step: Any
) -> tuple[tuple[Any, ...], Any]:
    """The slider's positions (min to max by step) and its default value, as Streamlit sets
    them: a date steps by a day and a datetime or time by 15 minutes; bounds default to two
    weeks around the value (a whole day for times)."""
    values = value if isinstance(value, (list, tuple)) else (value,)
    sample = next((v for v in (*values, min_value, max_value) if v is not None), None)
    kind = type(sample)
    if kind is dt.datetime:
        default_step = dt.timedelta(minutes=15)
    elif kind is dt.date:
        default_step = dt.timedelta(days=1)
    else:
        default_step = dt.timedelta(minutes=15)
    step = step or default_step
    if not isinstance(step, dt.timedelta) or step <= dt.timedelta(0):
        raise NbStateAPIException(
            f"st.slider {label!r} got step={step!r}; for dates and times give a positive "
            "datetime.timedelta."
        )
    for v in (*values, min_value, max_value):
        if v is not None and type(v) is not kind:
            raise NbStateAPIException(
                f"st.slider {label!r} mixes {kind.__name__} and {type(v).__name__} values; "
                "give min_value, max_value and value of one type."
            )
    first = values[0] if value is not None else min_value
    if kind is dt.time:
        low = _anchor(min_value or dt.time(0, 0))
        high = _anchor(max_value or dt.time(23, 59, 59))
    else:
        last = values[-1] if value is not None else first
        low = min_value if min_value is not None else first - dt.timedelta(days=14)
        high = max_value if max_value is not None else last + dt.timedelta(days=14)
    if low > high:
        raise NbStateAPIException(
            f"st.slider {label!r}: min_value {min_value} is after max_value {max_value}."
        )
    positions = []
    current = low
    while current <= high:
        positions.append(current.time() if kind is dt.time else current)
        if len(positions) > MAX_POSITIONS:
            raise NbStateAPIException(
                f"st.slider {label!r} would have more than {MAX_POSITIONS} positions: use a "
                "larger step or a narrower range."
            )
        current += step
    options = tuple(positions)
    default = value if value is not None else options[0]
    if isinstance(default, list):
        default = tuple(default)
    for item in default if isinstance(default, tuple) else (default,):
        if item not in options:
            raise NbStateAPIException(
                f"The default `value` {item} of st.slider {label!r} must be one of its steps "
                f"between {options[0]} and {options[-1]}."
            )
    return options, default


_MOMENT_TOKENS = (("YYYY", "%Y"), ("YY", "%y"), ("MMM", "%b"), ("MM", "%m"), ("DD", "%d"),
                  ("HH", "%H"), ("hh", "%I"), ("mm", "%M"), ("ss", "%S"), ("A", "%p"))  # fmt: skip


def strftime_format(format: str) -> str:
    """Streamlit's slider formats are moment.js ones ("MM/DD/YY"); Python's are strftime's."""
    if "%" in format:
        return format
    for token, directive in _MOMENT_TOKENS:
        format = format.replace(token, directive)
    return format
