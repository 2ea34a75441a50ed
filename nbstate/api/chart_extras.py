"""The simple charts' stack, sort and size parameters (Streamlit 1.67) on a Vega-Lite encoding."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from .sizes import check_height, check_width

STACKS = (True, False, "normalize", "center", "layered", None)
#: The name the simple charts give their series column (as in api/charts.py).
_SERIES = "series -- nbstate"
_VALUE = "value -- nbstate"


def _missing(column: str, columns: list[str]) -> NbStateAPIException:
    return NbStateAPIException(
        f'Data does not have a column named `"{column}"`. Available columns are '
        f"`{', '.join(columns)}`"
    )


def check_extras(extras: dict[str, Any], columns: list[str], x: str, ys: list[str]) -> list[str]:
    """Check `extras` (a clear error for a bad one); the columns they need kept in the data."""
    keep: list[str] = []
    stack = extras.get("stack")
    if not any(
        stack is choice or (isinstance(choice, str) and stack == choice) for choice in STACKS
    ):
        raise NbStateValueError(
            "Invalid `stack` value. Supported values: True, False, 'normalize', 'center', "
            "'layered', None."
        )
    sort = extras.get("sort", True)
    if isinstance(sort, str):
        column = sort.removeprefix("-")
        if column not in columns:
            raise _missing(column, columns)
        if column != x and column not in ys:
            keep.append(column)
    size = extras.get("size")
    if isinstance(size, str):
        if size not in columns:
            raise NbStateValueError(
                f"Invalid `size` value. Supported values: a column name, a number. Got {size!r}."
            )
        if size != x and size not in ys:
            keep.append(size)
    elif size is not None and (isinstance(size, bool) or not isinstance(size, (int, float))):
        raise NbStateValueError(
            f"Invalid `size` value. Supported values: a column name, a number. Got {size!r}."
        )
    return [c for c in dict.fromkeys(keep)]


def apply_extras(
    extras: dict[str, Any], encoding: dict[str, Any], x_channel: str, y_channel: str, ys: list[str]
) -> None:
    """Set the stack (on the values' channel), sort (on the x column's) and size encodings."""
    import altair as alt

    stack = extras.get("stack")
    if stack is not None:
        encoding[y_channel]["stack"] = False if stack == "layered" else stack
        if stack is False and "color" in encoding:  # side by side bars
            offset = alt.XOffset if x_channel == "x" else alt.YOffset
            encoding[f"{x_channel}Offset"] = offset(field=_SERIES)
    sort = extras.get("sort", True)
    if sort is False:
        encoding[x_channel]["sort"] = None
    elif isinstance(sort, str):
        column = sort.removeprefix("-")
        field = _VALUE if column in ys else column
        descending = sort.startswith("-")
        encoding[x_channel]["sort"] = alt.EncodingSortField(
            field=field, order="descending" if descending else "ascending"
        )
    size = extras.get("size")
    if isinstance(size, str):
        encoding["size"] = alt.Size(field=size)
    elif size is not None:
        encoding["size"] = alt.SizeValue(size)


def normalize_alt(alt: Any, allow_empty: bool = False) -> str | None:
    """Streamlit 1.67's `alt` text: stripped; None when omitted or blank ("" kept as "" for
    a decorative image when `allow_empty`)."""
    if alt is None:
        return None
    text = str(alt)
    if text == "" and allow_empty:
        return ""
    return text.strip() or None


def vega_size(spec: dict[str, Any], width: Any, height: Any, use_container_width: Any) -> dict:
    """`spec` sized as Streamlit 1.67 sizes a Vega-Lite chart: `width` pixels, or "stretch"
    (the container's width, Vega-Lite's "container"; also ``use_container_width=True``), or
    "content" (the spec's own); `height` pixels or "content". Bad sizes are errors."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else width if type(width) is int else "content"
    if width is not None:
        check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    sized = dict(spec)
    if width == "stretch":
        sized["width"] = "container"
    elif type(width) is int:
        sized["width"] = width
    if type(height) is int:
        sized["height"] = height
    return sized
