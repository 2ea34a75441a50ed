"""The look parameters of st.metric in Streamlit 1.67: icon, size and the delta's arrow."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateValueError
from .icons import check_icon
from .sizes import check_height, check_width

DELTA_ARROWS = ("auto", "up", "down", "off")


def metric_look(
    icon: Any, width: Any, height: Any, delta_arrow: Any, delta_description: Any
) -> dict[str, Any]:
    """The checked props these parameters give a metric (a clear error for a bad one)."""
    if delta_arrow not in DELTA_ARROWS:
        raise NbStateValueError(
            "Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'."
        )
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    return {
        "icon": None if icon is None else check_icon(icon),
        "width": width,
        "height": height if type(height) is int else None,
        "delta_arrow": delta_arrow,
        "delta_description": None if delta_description is None else str(delta_description),
    }


def _as_list(data: Any) -> list[Any]:
    if isinstance(data, (str, int, float, bool)):
        return [data]
    if hasattr(data, "columns") and hasattr(data, "iloc"):  # a DataFrame: its first column
        return list(data.iloc[:, 0]) if len(data.columns) else []
    if isinstance(data, dict):
        return list(data)
    return list(data)


def metric_chart(chart_data: Any, chart_type: Any, format: Any) -> dict[str, Any]:
    """The sparkline (numbers and type) and number format props of a metric.

    As in Streamlit 1.67, every value of `chart_data` must convert to a float, and a
    `chart_type` other than "bar" or "area" draws a line.
    """
    values: list[float] = []
    for value in [] if chart_data is None else _as_list(chart_data):
        try:
            values.append(float(value))
        except Exception as exc:
            raise NbStateValueError(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{value}' is of type {type(value)} and cannot be converted to float."
            ) from exc
    return {
        "chart_data": tuple(values) or None,
        "chart_type": chart_type if chart_type in ("bar", "area") else "line",
        "format": None if format is None else str(format),
    }
