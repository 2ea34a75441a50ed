"""The layout parameters text elements share in Streamlit 1.67: width, text_alignment, wrap.

They are checked as Streamlit checks them and kept in the element's props, where
`markup.with_layout` turns them into the CSS of the element's box.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateValueError
from .sizes import check_height, check_width

ALIGNMENTS = ("left", "center", "right", "justify")


def text_layout(
    width: Any,
    text_alignment: Any = "left",
    wrap: Any = True,
    *,
    allow_content: bool = True,
    allow_auto: bool = False,
) -> dict[str, Any]:
    """The checked layout props of a text element (a clear error for a bad value)."""
    if not (allow_auto and width == "auto"):
        check_width(width, allow_content=allow_content)
    if text_alignment is None:
        text_alignment = "left"
    if text_alignment not in ALIGNMENTS:
        raise NbStateValueError(
            "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', "
            "'justify'."
        )
    return {"width": width, "text_alignment": text_alignment, "wrap": bool(wrap)}


def box_height(height: Any) -> Any:
    """A checked `height` ("content", "stretch" or pixels) of a box that may scroll."""
    return check_height(height, allow_content=True)
