"""st.map's data, as Streamlit 1.67 reads it: the latitude and longitude columns, each point's
colour and size (a column or one value), and the view (centre and zoom) that fits the points.

Pure functions of the data: no widget here (the map is drawn by `nbstate.views.maps`).
"""

from __future__ import annotations

import math
from typing import Any

from ..errors import NbStateAPIException

#: The column names st.map takes as latitude and longitude when none is given, in the order
#: they are tried (Streamlit tries them in a set's order; nbstate's order is fixed).
LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
#: A point's radius in meters when `size` is not given, and the least radius drawn, in pixels.
DEFAULT_SIZE = 100
MIN_RADIUS_PIXELS = 3
#: The zoom without data, or when the points' spread fits no level.
DEFAULT_ZOOM = 12
#: Degrees of longitude that fit the map at each zoom level (OpenStreetMap's zoom table).
_ZOOM_DEGREES = (360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176,
                 0.088, 0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025)  # fmt: skip
#: The view of a map without data.
EMPTY_VIEW = {"latitude": 0.0, "longitude": 0.0, "zoom": 1}


def _color_error(color: Any) -> NbStateAPIException:
    return NbStateAPIException(
        f"This does not look like a valid color: {color!r}.\n\n"
        "Colors must be in one of the following formats:\n\n"
        "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
        "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
    )


def _is_hex(color: Any) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in (4, 5, 7, 9)
    )


def _is_tuple(color: Any) -> bool:
    return (
        isinstance(color, (tuple, list))
        and len(color) in (3, 4)
        and all(isinstance(c, (int, float)) for c in color)
    )


def looks_like_color(color: Any) -> bool:
    """A quick check (Streamlit's): a hex string, an ``rgb(...)`` string or a 3/4-tuple."""
    return (
        _is_hex(color)
        or _is_tuple(color)
        or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))
    )


def _component(value: Any, color: Any) -> int:
    """One component as an int 0..255: floats are fractions of 255, clipped."""
    if isinstance(value, float):
        value = int(value * 255)
    if isinstance(value, int):
        return min(255, max(value, 0))
    raise _color_error(color)


def rgba(color: Any) -> tuple[int, int, int, int]:
    """`color` (hex with 3, 4, 6 or 8 digits, or 3 or 4 numbers) as (r, g, b, a), 0..255
    each; an error naming the accepted forms otherwise."""
    if hasattr(color, "tolist"):
        color = color.tolist()  # a numpy array in a column
    if _is_hex(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(2 * d for d in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            color = tuple(int(digits[i : i + 2], 16) for i in range(0, 8, 2))
        except ValueError:
            raise _color_error(color) from None
    if not _is_tuple(color):
        raise _color_error(color)
    parts = [_component(c, color) for c in color]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 255)


def zoom_for(degrees: float) -> int:
    """The zoom level at which `degrees` of longitude fit the map (0..20)."""
    for level in range(len(_ZOOM_DEGREES) - 1):
        if _ZOOM_DEGREES[level + 1] < degrees <= _ZOOM_DEGREES[level]:
            return level
    return DEFAULT_ZOOM


def _coordinate_column(frame: Any, what: str, given: Any, names: tuple[str, ...]) -> Any:
    name: str | None = given if isinstance(given, str) and given in frame.columns else None
    if name is None:  # as Streamlit: a name that is not a column falls back to the usual names
        name = next((n for n in names if n in frame.columns), None)
        if name is None:
            allowed = ", ".join(map(repr, sorted(names)))
            existing = ", ".join(map(repr, list(frame.columns)))
            raise NbStateAPIException(
                f"Map data must contain a {what} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
    if frame[name].isna().any():
        raise NbStateAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _column_or_value(frame: Any, value: Any) -> str | None:
    """The column `value` names, or None when it is a constant (or None)."""
    return value if isinstance(value, str) and value in frame.columns else None


def _frame(data: Any) -> Any:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with the maps extra
        raise NbStateAPIException(
            "st.map needs pandas and ipyleaflet: pip install 'nbstate[maps]'."
        ) from None
    if isinstance(data, pd.DataFrame):
        return data
    if callable(getattr(data, "to_pandas", None)):  # a Polars or PyArrow table
        data = data.to_pandas()
    return pd.DataFrame(data)


def _numbers(frame: Any, name: Any, what: str) -> list[float]:
    """The column's values as floats; an error naming the column when one is not a number."""
    try:
        return [float(v) for v in frame[name].tolist()]
    except (TypeError, ValueError):
        raise NbStateAPIException(
            f"Column {name} holds {what} that are not numbers, e.g. {frame[name].iat[0]!r}: "
            "give numbers (degrees for coordinates, meters for sizes)."
        ) from None


def map_points(
    data: Any, latitude: Any, longitude: Any, color: Any, size: Any, zoom: Any
) -> dict[str, Any]:
    """What st.map shows: ``{"latitude": [...], "longitude": [...], "colors": one (r, g, b, a)
    or a list, "sizes": meters (one or a list), "view": {"latitude", "longitude", "zoom"}}``.

    ``colors`` is None for the theme's primary colour. Errors are Streamlit's: a missing
    coordinate column, nulls in one, a colour column or value that is no colour.
    """
    empty: dict[str, Any] = {"latitude": [], "longitude": [], "colors": None, "sizes": DEFAULT_SIZE}
    if data is None or (hasattr(data, "empty") and data.empty):
        return {**empty, "view": dict(EMPTY_VIEW)}
    frame = _frame(data)
    lat = _coordinate_column(frame, "latitude", latitude, LAT_NAMES)
    lon = _coordinate_column(frame, "longitude", longitude, LON_NAMES)
    size_column = _column_or_value(frame, size)
    color_column = _column_or_value(frame, color)
    if size_column is not None:
        # a missing size is drawn at the least radius, as deck.gl draws it
        sizes: Any = [s if math.isfinite(s) else 0.0 for s in _numbers(frame, size_column, "sizes")]
    else:
        sizes = DEFAULT_SIZE if size is None else size
    colors: Any
    if color_column is not None:
        column = frame[color_column]
        if len(column) == 0 or not looks_like_color(column.iat[0]):
            raise NbStateAPIException(
                f'Column "{color_column}" does not appear to contain valid colors.'
            )
        colors = [rgba(c) for c in column.tolist()]
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        colors = None
    else:
        colors = rgba(color)
    lats = _numbers(frame, lat, "latitudes")
    lons = _numbers(frame, lon, "longitudes")
    if not lats:
        return {**empty, "sizes": sizes, "view": dict(EMPTY_VIEW)}
    spread = max(max(lats) - min(lats), max(lons) - min(lons))
    view = {
        "latitude": (max(lats) + min(lats)) / 2.0,
        "longitude": (max(lons) + min(lons)) / 2.0,
        "zoom": zoom_for(spread) if zoom is None else zoom,
    }
    return {"latitude": lats, "longitude": lons, "colors": colors, "sizes": sizes, "view": view}
