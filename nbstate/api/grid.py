"""st.grid (Streamlit 1.67): a responsive grid whose direct children are its cells."""

from __future__ import annotations

from typing import Any

from ..container_options import GAPS
from ..errors import NbStateAPIException, NbStateValueError
from ..layout import Container, _add_container


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_gap(gap: Any) -> Any:
    def one(value: Any) -> Any:
        if value is None or (_is_int(value) and value >= 0):
            return value
        if isinstance(value, str) and value.lower() in GAPS:
            return value.lower()
        raise NbStateValueError(
            f"st.grid got gap={gap!r}; each gap is one of {', '.join(map(repr, GAPS))}, None "
            "or a non-negative number of pixels (an int)."
        )

    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise NbStateValueError(
                f"st.grid got gap={gap!r}: give a gap size, or a 2-tuple or 2-list of "
                f"(row_gap, column_gap); got a sequence with {len(gap)} elements."
            )
        return (one(gap[0]), one(gap[1]))
    return one(gap)


class GridContainer(Container):
    """The container `st.grid` returns: each element written to it is a cell; `cell()`
    groups several elements into one cell, which may span columns or rows."""

    def cell(self, *, column_span: int | str = 1, row_span: int = 1) -> Container:
        """The next cell of the grid, spanning `column_span` columns ("all": a whole row)
        and `row_span` rows."""
        declared = self._element.props["columns"] if self._element is not None else "auto"
        if column_span != "all":
            if not _is_int(column_span) or column_span < 1:  # type: ignore[operator]
                raise NbStateValueError(
                    f'grid.cell got column_span={column_span!r}; use "all" or a positive int.'
                )
            if declared != "auto" and column_span > declared:  # type: ignore[operator]
                raise NbStateAPIException(
                    f"The `column_span` parameter, set to {column_span}, is outside the "
                    f"required range [1, {declared}]."
                )
        if not _is_int(row_span) or row_span < 1:
            raise NbStateValueError(f"grid.cell got row_span={row_span!r}; use a positive int.")
        with self:
            props = {"column_span": column_span, "row_span": row_span,
                     "border": self._element.props["border"]}  # type: ignore[union-attr]  # fmt: skip
            return _add_container("grid_cell", props)


def grid(
    columns: int | str = "auto",
    *,
    min_column_width: int | str = "auto",
    wrap: bool = True,
    gap: Any = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    row_height: int | str = "content",
    width: Any = "stretch",
    height: Any = "content",
    key: Any = None,
    dense: bool = False,
) -> GridContainer:
    """A grid of equal-width columns: each element written to it is a cell, placed row by
    row (`columns`: their number, or "auto" to fit columns `min_column_width` wide)."""
    for name, value in (("wrap", wrap), ("border", border), ("dense", dense)):
        if not isinstance(value, bool):
            raise NbStateAPIException(
                f"st.grid got {name}={value!r} (of type {type(value).__name__}); use True or False."
            )
    if columns != "auto":
        if not _is_int(columns):
            raise NbStateValueError(
                f'st.grid got columns={columns!r}; supported values: "auto", an integer from '
                "1 to 24."
            )
        if not 1 <= columns <= 24:  # type: ignore[operator]
            raise NbStateAPIException(
                f"The `columns` parameter, set to {columns}, is outside the required range [1, 24]."
            )
    elif not wrap:
        raise NbStateAPIException(
            '`columns="auto"` and `wrap=False` cannot be used together. `wrap=False` requires '
            "an explicit column count. Pass an integer, such as `st.grid(3, wrap=False)`."
        )
    if min_column_width != "auto" and not (_is_int(min_column_width) and min_column_width > 0):  # type: ignore[operator]
        raise NbStateValueError(
            f'st.grid got min_column_width={min_column_width!r}; supported values: "auto", '
            "a positive integer."
        )
    if vertical_alignment not in ("top", "center", "bottom"):
        raise NbStateValueError(
            f"st.grid got vertical_alignment={vertical_alignment!r}; supported values: 'top', "
            "'center', 'bottom'."
        )
    if row_height != "content" and not (_is_int(row_height) and row_height > 0):  # type: ignore[operator]
        raise NbStateValueError(
            f'st.grid got row_height={row_height!r}; supported values: "content", a positive '
            "integer."
        )
    props = {
        "columns": columns,
        "min_column_width": min_column_width,
        "wrap": wrap,
        "gap": _check_gap(gap),
        "vertical_alignment": vertical_alignment,
        "border": border,
        "row_height": row_height,
        "width": width,
        "height": height,
        "dense": dense,
    }
    container = _add_container("grid", props, key)
    return GridContainer(container._ctx, container._element)
