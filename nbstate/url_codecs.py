"""How each widget kind's value is written in a URL query string (Streamlit 1.67's forms).

`parse(kind, props, raw)` reads a bound widget's value from its query parameter (`props` are
the widget element's: options, labels, bounds...) and raises ValueError for a value the
widget cannot take, which is then ignored and removed from the URL. `to_param` writes a value
back; `same` tells whether a parameter already says what `to_param` would write.

The forms: ``true``/``false`` for checkboxes and toggles; numbers (an integral float without
".0" in slider ranges); an option's label (as `format_func` shows it); ISO dates and times;
a repeated key for every value of a range or a multi-selection.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

Raw = str | list[str]

_UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
_TIME_BASE = dt.date(2000, 1, 1)
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def _parts(raw: Raw) -> list[str]:
    return list(raw) if isinstance(raw, list) else [raw]


def _last(raw: Raw) -> str:
    parts = _parts(raw)
    return parts[-1] if parts else ""


def _non_empty(raw: Raw) -> list[str]:
    return [p for p in _parts(raw) if p != ""]


def is_empty(raw: Raw) -> bool:
    """``?key=``: every value of the parameter is blank."""
    parts = _parts(raw)
    return bool(parts) and all(p == "" for p in parts)


def _micros(value: dt.date | dt.time | dt.datetime) -> int:
    """A date, time or datetime as microseconds since the epoch (how slider values travel)."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=_UTC)
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(), tzinfo=_UTC)
    else:
        moment = dt.datetime.combine(_TIME_BASE, value.replace(tzinfo=None), tzinfo=_UTC)
    delta = moment - _EPOCH
    return delta.microseconds + (delta.seconds + delta.days * 86400) * 1_000_000


def _iso_micros(text: str) -> float | None:
    """An ISO date, time or datetime as microseconds (None when it is none of them)."""
    try:
        if "T" in text:
            moment = dt.datetime.fromisoformat(text)
            return None if moment.tzinfo else float(_micros(moment))
        if "-" in text:
            return float(_micros(dt.date.fromisoformat(text)))
        if ":" in text:
            clock = dt.time.fromisoformat(text)
            return None if clock.tzinfo else float(_micros(clock))
    except ValueError:
        return None
    return None


def _number(text: str) -> float:
    """A URL part as a number: a float, or a date/time in ISO form as microseconds."""
    try:
        return float(text)
    except ValueError:
        micros = _iso_micros(text)
        if micros is None:
            raise
        return micros


def _format_number(value: float) -> str:
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


def _label_of(props: dict[str, Any], value: Any) -> str:
    options = list(props["options"])
    labels = list(props.get("labels") or [str(o) for o in options])
    for option, label in zip(options, labels, strict=False):
        if option == value:
            return str(label)
    return str(value)


def _option_for(props: dict[str, Any], label: str) -> Any:
    labels = [str(label) for label in props.get("labels") or props["options"]]
    if label not in labels:
        raise ValueError(f"{label!r} is not one of the options")
    return list(props["options"])[labels.index(label)]


def _pick_options(props: dict[str, Any], raw: Raw, limit: int | None = None) -> list[Any]:
    """The options a multi-selection names: unknown labels dropped, repeats once."""
    labels = [str(label) for label in props.get("labels") or props["options"]]
    options = list(props["options"])
    chosen: list[Any] = []
    seen: set[int] = set()
    for part in _non_empty(raw):
        if part in labels and labels.index(part) not in seen:
            seen.add(labels.index(part))
            chosen.append(options[labels.index(part)])
    if _non_empty(raw) and not chosen:
        raise ValueError("none of the values is an option")
    return chosen[:limit] if limit else chosen


def _in_bounds(value: Any, props: dict[str, Any]) -> Any:
    low, high = props.get("min_value"), props.get("max_value")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{value!r} is out of bounds")
    return value


def _time(text: str) -> dt.time:
    match = _TIME.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a time")
    hour, minute, second = (int(g) if g else 0 for g in match.groups())
    return dt.time(hour, minute, second)


def _slider(props: dict[str, Any], raw: Raw) -> Any:
    parts = _non_empty(raw)
    is_range = isinstance(props.get("value"), tuple)
    if len(parts) != (2 if is_range else 1):
        raise ValueError("wrong number of values")
    if "options" in props:  # a date, time or datetime slider
        by_micros = {_micros(option): option for option in props["options"]}
        values = [by_micros[int(_number(p))] for p in parts]
    else:
        numbers = [_number(p) for p in parts]
        values = [_in_bounds(n if props.get("is_float") else int(n), props) for n in numbers]
    return tuple(values) if is_range else values[0]


def _select_slider(props: dict[str, Any], raw: Raw) -> Any:
    parts = _non_empty(raw)
    is_range = isinstance(props.get("value"), tuple)
    if len(parts) != (2 if is_range else 1):
        raise ValueError("wrong number of values")
    values = [_option_for(props, p) for p in parts]
    if not is_range:
        return values[0]
    order = list(props["options"])
    return tuple(sorted(values, key=order.index))


def _number_input(props: dict[str, Any], raw: Raw) -> Any:
    number = float(_last(raw))
    value = number if props.get("is_float") else int(number)
    return _in_bounds(value, props)


def _date_input(props: dict[str, Any], raw: Raw) -> Any:
    dates = [_in_bounds(dt.date.fromisoformat(p), props) for p in _non_empty(raw)]
    if props.get("is_range"):
        if not 1 <= len(dates) <= 2:
            raise ValueError("a date range has one or two dates")
        return tuple(dates)
    return dates[-1]


def _datetime_input(props: dict[str, Any], raw: Raw) -> Any:
    text = _last(raw)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", text):
        raise ValueError(f"{text!r} is not YYYY-MM-DDTHH:MM")
    return _in_bounds(dt.datetime.fromisoformat(text), props)


def _color(props: dict[str, Any], raw: Raw) -> Any:
    text = _last(raw)
    if not _HEX_COLOR.fullmatch(text):
        raise ValueError(f"{text!r} is not a #rrggbb color")
    return text


def _choice(props: dict[str, Any], raw: Raw) -> Any:
    return _option_for(props, _last(raw))


def _pills(props: dict[str, Any], raw: Raw) -> Any:
    if props.get("selection_mode") == "multi":
        return _pick_options(props, raw)
    return _option_for(props, _last(raw))


def _feedback(props: dict[str, Any], raw: Raw) -> Any:
    index = int(_last(raw))
    if not 0 <= index < len(props["options"]):
        raise ValueError(f"{index} is not a feedback option")
    return index


def _pagination(props: dict[str, Any], raw: Raw) -> Any:
    page = int(_last(raw))
    if not 1 <= page <= int(props["num_pages"]):
        raise ValueError(f"page {page} does not exist")
    return page


def _text(props: dict[str, Any], raw: Raw) -> Any:
    text = _last(raw)
    limit = props.get("max_chars")
    return text[:limit] if limit else text


def _checkbox(props: dict[str, Any], raw: Raw) -> Any:
    text = _last(raw).lower()
    if text not in ("true", "false"):
        raise ValueError(f"{text!r} is not true or false")
    return text == "true"


_PARSERS = {
    "checkbox": _checkbox,
    "toggle": _checkbox,
    "slider": _slider,
    "select_slider": _select_slider,
    "selectbox": _choice,
    "radio": _choice,
    "multiselect": lambda props, raw: _pick_options(props, raw, props.get("max_selections")),
    "pills": _pills,
    "segmented_control": _pills,
    "feedback": _feedback,
    "pagination": _pagination,
    "text_input": _text,
    "text_area": _text,
    "number_input": _number_input,
    "color_picker": _color,
    "date_input": _date_input,
    "time_input": lambda props, raw: _time(_last(raw)),
    "datetime_input": _datetime_input,
    "tabs": lambda props, raw: _option_for({"options": props["labels"]}, _last(raw)),
    "expander": _checkbox,
}

#: The widget kinds that can be bound to a query parameter.
BINDABLE = frozenset(_PARSERS)


def _clears(kind: str, props: dict[str, Any]) -> bool:
    """Whether ``?key=`` is a value of this widget (no selection, no text)."""
    if kind in ("text_input", "text_area", "multiselect"):
        return True
    return kind in ("pills", "segmented_control", "feedback")


def parse(kind: str, props: dict[str, Any], raw: Raw, clearable: bool = False) -> Any:
    """The value a bound widget takes from its parameter; ValueError when it cannot.

    `clearable`: the widget was created without a value (``index=None``, ``value=None``), so
    a blank parameter means no value.
    """
    if is_empty(raw):
        if not (clearable or _clears(kind, props)):
            raise ValueError("blank value")
        if kind in ("text_input", "text_area"):
            return ""
        if kind == "multiselect" or (kind == "pills" and props.get("selection_mode") == "multi"):
            return []
        return None
    try:
        return _PARSERS[kind](props, raw)
    except (LookupError, TypeError, OverflowError) as exc:
        raise ValueError(str(exc)) from exc


def to_param(kind: str, props: dict[str, Any], value: Any) -> Raw:
    """A bound widget's value as its query parameter (a list for several values)."""
    if value is None:
        return ""
    if kind in ("checkbox", "toggle", "expander"):
        return "true" if value else "false"
    if kind == "slider":
        values = list(value) if isinstance(value, tuple) else [value]
        if "options" in props:
            return [str(_micros(v)) for v in values]
        return [_format_number(v) for v in values]
    if kind in ("selectbox", "radio", "select_slider", "multiselect", "pills", "segmented_control"):
        if isinstance(value, (list, tuple)):
            return [_label_of(props, v) for v in value]
        return _label_of(props, value)
    if kind == "date_input":
        if isinstance(value, tuple):
            return [v.isoformat() for v in value]
        return value.isoformat()
    if kind == "time_input":
        return value.strftime("%H:%M")
    if kind == "datetime_input":
        return value.strftime("%Y-%m-%dT%H:%M")
    return str(value)


def same(raw: Raw, param: Raw) -> bool:
    """True when the parameter `raw` already says `param` (numbers compare as numbers)."""
    left, right = _parts(raw), _parts(param)
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b or a.lower() == b.lower() in ("true", "false"):
            continue
        try:
            if _number(a) != _number(b):
                return False
        except ValueError:
            return False
    return True
