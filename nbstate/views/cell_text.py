"""The text a grid cell shows for the column types ipydatagrid cannot draw itself.

ipydatagrid has text, bar, link and image renderers but no chart or chip cells, so list,
multiselect, JSON and chart columns are turned into text in the kernel: items joined, compact
JSON, and sparklines of block characters scaled as Streamlit 1.67 scales its chart cells.
"""

from __future__ import annotations

import json
import math
from typing import Any

#: Eight heights, lowest first: a value's share of the y-axis picks one.
BLOCKS = "▁▂▃▄▅▆▇█"
#: At most this many blocks per cell; longer series are averaged into this many buckets.
MAX_POINTS = 40
#: Ends a sparkline whose "auto" colour is red (falling; "auto-inverse": rising); invisible.
FALLING = "\u200b"
#: Streamlit 1.67's light-theme colours of the names its chart and progress columns accept.
THEME_COLORS = {
    "red": "#ff4b4b", "orange": "#ffa421", "yellow": "#faca2b", "green": "#21c354",
    "blue": "#1c83e1", "violet": "#803df5", "gray": "#a3a8b8", "grey": "#a3a8b8",
    "primary": "#ff4b4b",
}  # fmt: skip
CHART_KINDS = frozenset({"line_chart", "bar_chart", "area_chart"})
TEXT_KINDS = CHART_KINDS | {"list", "multiselect", "json"}


def _missing(value: Any) -> bool:
    """True for None and a missing scalar (NaN, NaT, pd.NA); never for a list or text."""
    if value is None:
        return True
    if isinstance(value, str) or hasattr(value, "__len__"):
        return False
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def as_items(value: Any) -> list[Any]:
    """A cell's value as a list of items, as Streamlit reads list cells: a JSON array text
    is parsed, another text is split at commas, a scalar is one item."""
    if _missing(value):
        return []
    if isinstance(value, str):
        if not value:
            return []
        stripped = value.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            try:
                parsed = json.loads(stripped)
            except ValueError:
                return [value]
            return parsed if isinstance(parsed, list) else [value]
        return value.split(",")
    if isinstance(value, (int, float, bool)):
        return [value]
    try:
        return list(value)
    except TypeError:
        return [value]


def _item_text(item: Any) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (dict, list)):
        return json.dumps(item, separators=(",", ":"), default=str)
    if hasattr(item, "item"):  # numpy scalars
        item = item.item()
    if isinstance(item, float) and item.is_integer():
        return str(int(item))
    return str(item)


def list_text(value: Any, labels: dict[str, str] | None = None) -> str:
    """The items of a list (or multiselect) cell joined by ", " (Streamlit draws each as a
    chip); a multiselect shows an option's label in place of its value."""
    if _missing(value):
        return ""
    texts = [_item_text(item) for item in as_items(value)]
    if labels is not None:
        texts = [labels.get(t.strip(), t.strip()) for t in texts]
    return ", ".join(texts)


def json_text(value: Any) -> str:
    """A JSON cell: a text as it is, anything else as compact JSON; line breaks become
    spaces (one line per cell, as Streamlit shows it)."""
    if _missing(value):
        return ""
    if isinstance(value, str):
        text = value
    else:
        if hasattr(value, "tolist"):
            value = value.tolist()
        try:
            text = json.dumps(value, separators=(",", ":"), default=str, allow_nan=False)
        except ValueError:
            text = str(value)
    return " ".join(text.splitlines())


def _y_axis(values: list[float], y_min: Any, y_max: Any) -> tuple[float, float]:
    """Streamlit's y-axis of a chart cell: the values' range (from 0 for one repeated
    value), overridden by ``y_min`` / ``y_max``."""
    high, low = max(values), min(values)
    if low == high:
        top = (1.0 if high == 0 else 0.0) if high <= 0 else high
        return (low if high < 0 else 0.0) if y_min is None else y_min, (
            top if y_max is None else y_max
        )
    return low if y_min is None else y_min, high if y_max is None else y_max


def _buckets(values: list[float]) -> list[float]:
    if len(values) <= MAX_POINTS:
        return values
    size = len(values) / MAX_POINTS
    return [
        sum(chunk) / len(chunk)
        for i in range(MAX_POINTS)
        if (chunk := values[int(i * size) : int((i + 1) * size)])
    ]


def sparkline(value: Any, y_min: Any = None, y_max: Any = None, color: Any = None) -> str:
    """A chart cell as block characters, each value's height on Streamlit's y-axis (values
    outside ``y_min``/``y_max`` are rescaled into it, as Streamlit does). With ``color``
    "auto" ("auto-inverse") a falling (rising) series ends with an invisible marker that
    the renderer colours red. A value that is no number gives Streamlit's error text."""
    items = as_items(value)
    if not items:
        return ""
    values: list[float] = []
    for item in items:
        try:
            number = float(item)
        except (TypeError, ValueError):
            number = math.nan
        if math.isnan(number):
            return ",".join(_item_text(i) for i in items)
        values.append(number)
    low, high = _y_axis(values, y_min, y_max)
    if not low < high:
        return "Invalid min/max y-axis configuration"
    top, bottom = max(values), min(values)
    if top > high or bottom < low:  # rescale into the axis
        span = top - bottom
        values = [
            (high if top > (high or 1) else low)
            if span == 0
            else (high - low) * (v - bottom) / span + low
            for v in values
        ]
    line = "".join(
        BLOCKS[min(len(BLOCKS) - 1, max(0, round((v - low) / (high - low) * (len(BLOCKS) - 1))))]
        for v in _buckets(values)
    )
    falling = values[0] > values[-1]
    rising = values[0] < values[-1]
    if (color == "auto" and falling) or (color == "auto-inverse" and rising):
        line += FALLING
    return line


def cell_color(color: Any) -> str | None:
    """A chart or progress colour as CSS: a theme name as Streamlit's theme colour, a hex
    or rgb() colour as it is; None for none."""
    if color is None or color in ("auto", "auto-inverse"):
        return None
    return THEME_COLORS.get(color, str(color))


def column_texts(series: Any, type_config: dict[str, Any]) -> list[str]:
    """The text of each cell of a list, multiselect, JSON or chart column."""
    kind = type_config.get("type")
    if kind in CHART_KINDS:
        y_min, y_max, color = (type_config.get(k) for k in ("y_min", "y_max", "color"))
        return [sparkline(v, y_min, y_max, color) for v in series]
    if kind == "json":
        return [json_text(v) for v in series]
    labels = None
    if kind == "multiselect":
        labels = {
            str(o["value"]).strip(): o["label"]
            for o in type_config.get("options") or ()
            if isinstance(o, dict) and o.get("label") is not None
        }
    return [list_text(v, labels) for v in series]
