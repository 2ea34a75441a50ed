"""The views of st.grid (a CSS grid box) and of its cells."""

from __future__ import annotations

from typing import Any

from ..container_options import GAPS
from .layout import BoxView
from .registry import shows


def _gap(value: Any) -> str:
    if value is None:
        return "0"
    return f"{value}px" if isinstance(value, int) else f"{GAPS[value]}rem"


def grid_layout(props: dict[str, Any]) -> dict[str, Any]:
    """The Layout traits (CSS grid) of a grid with these props."""
    columns, min_width = props["columns"], props["min_column_width"]
    least = f"{min_width}px" if isinstance(min_width, int) else "200px"
    if columns == "auto":
        template = f"repeat(auto-fill, minmax(min({least}, 100%), 1fr))"
    elif props["wrap"]:
        # as many columns as fit `least` wide, at most `columns`
        template = (
            f"repeat(auto-fill, minmax(max({least}, calc((100% - {columns - 1} * "
            f"var(--nbstate-grid-column-gap, 1rem)) / {columns})), 1fr))"
        )
    else:
        template = f"repeat({columns}, minmax({least}, 1fr))"
    gap = props["gap"]
    rows, cols = gap if isinstance(gap, tuple) else (gap, gap)
    row_height = props["row_height"]
    traits = {
        "display": "grid",
        "grid_template_columns": template,
        "grid_gap": f"{_gap(rows)} {_gap(cols)}",
        "grid_auto_rows": f"{row_height}px" if isinstance(row_height, int) else "",
        "grid_auto_flow": "row dense" if props["dense"] else "",
        "align_items": {"top": "start", "center": "center", "bottom": "end"}[
            props["vertical_alignment"]
        ],
        "overflow": "auto" if not props["wrap"] else "",
        "width": f"{props['width']}px" if isinstance(props["width"], int) else "",
        "height": f"{props['height']}px" if isinstance(props["height"], int) else "",
    }
    return {name: value or None for name, value in traits.items()}


@shows("grid", wrapper="Grid")
class GridView(BoxView):
    """st.grid: a box laid out as a CSS grid; its elements are the cells."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return grid_layout(props)


@shows("grid_cell", lists=(), wrapper="Container")
class GridCellView(BoxView):
    """A cell made with `grid.cell()`: a box spanning columns and rows of its grid."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        span = props["column_span"]
        return {
            **super().layout_traits(props),
            "grid_column": "1 / -1" if span == "all" else f"span {span}",
            "grid_row": f"span {props['row_span']}",
        }
