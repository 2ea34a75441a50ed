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
