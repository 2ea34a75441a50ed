"""The read-only column types of st.column_config: charts, media, JSON, progress, buttons.

Each returns the dict Streamlit 1.67 returns (see `column_config`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import NbStateMissingRequiredParameterError, NbStateValueError

ColumnConfig = dict[str, Any]

#: Chart and progress colours Streamlit 1.67 accepts by name (besides hex and rgb()).
CHART_COLORS = (
    "auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray",
    "grey", "primary",
)  # fmt: skip


def _check_chart_color(color: Any) -> None:
    """Raise for a colour that is neither a name Streamlit knows, a hex nor an rgb() colour."""
    if color is None or color in CHART_COLORS:
        return
    is_hex = (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in (4, 5, 7, 9)
    )
    if is_hex or (isinstance(color, str) and color.startswith(("rgb(", "rgba("))):
        return
    raise NbStateValueError(
        "Invalid `color` value. Supported values: "
        + ", ".join((*CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"))
        + "."
    )


def _chart(kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any,
           color: Any) -> ColumnConfig:  # fmt: skip
    _check_chart_color(color)
    return {
        "label": label,
        "width": width,
        "help": help,
        "pinned": pinned,
        "type_config": {"type": kind, "y_min": y_min, "y_max": y_max, "color": color},
    }


def BarChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of number lists, each shown as a small bar chart."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of number lists, each shown as a small line chart."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of number lists, each shown as a small area chart."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def _media(
    kind: str, label: Any, width: Any, help: Any, pinned: Any, alignment: Any
) -> ColumnConfig:
    return {
        "label": label,
        "width": width,
        "help": help,
        "pinned": pinned,
        "alignment": alignment,
        "type_config": {"type": kind},
    }


def ImageColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of image URLs (or data URLs) shown as images."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of audio URLs shown as players."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of video URLs shown as players."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of JSON-like values (dicts, lists, JSON strings) shown as JSON."""
    return _media("json", label, width, help, pinned, alignment)


def ProgressColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A number column shown as a progress bar between `min_value` and `max_value`."""
    _check_chart_color(color)
    return {
        "label": label,
        "width": width,
        "help": help,
        "pinned": pinned,
        "type_config": {
            "type": "progress",
            "format": format,
            "min_value": min_value,
            "max_value": max_value,
            "step": step,
            "color": color,
        },
    }


@dataclass(frozen=True)
class ButtonColumnResult:
    """A keyed `ButtonColumn`: its config and the click callback registered under `key`."""

    config: ColumnConfig
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None


def ButtonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    type: str = "secondary",
    on_click: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: Any = None,
    key: str | None = None,
) -> ColumnConfig | ButtonColumnResult:
    """A column of buttons (read-only); with a `key`, clicks are reported under it."""
    config: ColumnConfig = {
        "label": label,
        "width": width,
        "help": help,
        "pinned": pinned,
        "alignment": alignment,
        "disabled": True,
        "type_config": {"type": "button", "button_type": type},
    }
    if key is not None:
        return ButtonColumnResult(config, on_click, args, kwargs, key)
    if on_click is not None or args is not None or kwargs is not None:
        raise NbStateMissingRequiredParameterError(
            "The `key` parameter is required. Callbacks passed via `on_click`, `args`, or "
            "`kwargs` need a unique key to be registered."
        )
    return config
