"""The layout parameters of st.container (Streamlit 1.67): checked, and turned into props."""

from __future__ import annotations

from typing import Any

from .errors import NbStateValueError

#: Gap sizes by name, in rem (Streamlit 1.67's names).
GAPS: dict[str, float] = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 1,
    "medium": 2,
    "large": 4,
    "xlarge": 6,
    "xxlarge": 8,
}
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


def _is_pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def container_props(
    border: Any,
    width: Any,
    height: Any,
    horizontal: Any,
    wrap: Any,
    horizontal_alignment: Any,
    vertical_alignment: Any,
    gap: Any,
    autoscroll: Any = None,
) -> dict[str, Any]:
    """The props of a container element, or a clear error for a bad parameter."""
    if autoscroll is not None and not isinstance(autoscroll, bool):
        raise NbStateValueError(
            f"st.container got autoscroll={autoscroll!r}; use True, False or None (scroll to "
            "new content when the container holds chat messages)."
        )
    if horizontal_alignment not in HORIZONTAL_ALIGNMENTS:
        raise NbStateValueError(
            f"st.container got horizontal_alignment={horizontal_alignment!r}; supported "
            f"values: {', '.join(map(repr, HORIZONTAL_ALIGNMENTS))}."
        )
    if vertical_alignment not in VERTICAL_ALIGNMENTS:
        raise NbStateValueError(
            f"st.container got vertical_alignment={vertical_alignment!r}; supported values: "
            f"{', '.join(map(repr, VERTICAL_ALIGNMENTS))}."
        )
    gap_is_pixels = isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0
    if not (gap is None or gap_is_pixels or (isinstance(gap, str) and gap.lower() in GAPS)):
        raise NbStateValueError(
            f"st.container got gap={gap!r}; supported values: "
            f"{', '.join(map(repr, GAPS))}, None, or a non-negative number of pixels (an int)."
        )
    if not (_is_pixels(height) or height in ("content", "stretch")):
        raise NbStateValueError(
            f"st.container got height={height!r}; use 'content', 'stretch' or a positive "
            "number of pixels (an int)."
        )
    if not (_is_pixels(width) or width in ("content", "stretch")):
        raise NbStateValueError(
            f"st.container got width={width!r}; use 'stretch', 'content' or a positive number "
            "of pixels (an int)."
        )
    return {
        # As in Streamlit, a container of fixed height has a border unless border=False.
        "border": bool(border) if border is not None else _is_pixels(height),
        "height": height if _is_pixels(height) else None,
        "width": width,
        "horizontal": bool(horizontal),
        "wrap": bool(wrap),
        "horizontal_alignment": horizontal_alignment,
        "vertical_alignment": vertical_alignment,
        "gap": gap.lower() if isinstance(gap, str) else gap,
        "autoscroll": autoscroll,
    }


def flex_layout(props: dict[str, Any]) -> dict[str, Any]:
    """The ipywidgets Layout traits (CSS flexbox) that lay out a container's elements."""
    horizontal = props.get("horizontal", False)
    gap = props.get("gap", "small")
    spacing = "" if gap is None else (f"{gap}px" if isinstance(gap, int) else f"{GAPS[gap]}rem")
    main = {"left": "flex-start", "center": "center", "right": "flex-end"}
    cross = {"top": "flex-start", "center": "center", "bottom": "flex-end"}
    h, v = props.get("horizontal_alignment", "left"), props.get("vertical_alignment", "top")
    width = props.get("width", "stretch")
    if horizontal:
        flow = "row wrap" if props.get("wrap", True) else "row nowrap"
        justify = "space-between" if h == "distribute" else main[h]
        align = "stretch" if v == "distribute" else cross[v]
    else:
        # A column of elements as nbstate always showed it, unless the script asks otherwise.
        flow = ""
        spacing = "" if gap == "small" else spacing
        justify = "" if v == "top" else ("space-between" if v == "distribute" else cross[v])
        align = "" if h in ("left", "distribute") else main[h]
    if isinstance(width, int):
        size = f"{width}px"
    else:
        size = "fit-content" if width == "content" else ""
    traits = {
        "flex_flow": flow,
        "justify_content": justify,
        "align_items": align,
        "grid_gap": spacing,
        "width": size,
    }
    # None (not "") for what is not set: a default container's Layout then sends nothing new
    return {name: value or None for name, value in traits.items()}
