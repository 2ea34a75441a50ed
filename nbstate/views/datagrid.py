"""What an ipydatagrid shows of a frame and its column configuration (`st.column_config`).

Pure functions: the frame as displayed (order, hidden columns, labels), the grid's traits
(widths, heights, header visibility) and cell renderers (number formats, right-aligned
numbers), and the conversion between Streamlit's selection state and the grid's selection
rectangles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .cell_text import CHART_KINDS, TEXT_KINDS, column_texts

#: Streamlit's named column widths, in pixels.
NAMED_WIDTHS = {"small": 75, "medium": 200, "large": 400}
DEFAULT_ROW_HEIGHT = 35
#: Rows an ``height="auto"`` grid shows before it scrolls (as Streamlit's 400 px default).
AUTO_ROWS = 10

#: Streamlit's named number formats as d3-format (prefix, specifier, suffix).
_NAMED_FORMATS = {
    "localized": ("", ",", ""),
    "dollar": ("$", ",.2f", ""),
    "euro": ("€", ",.2f", ""),
    "yen": ("¥", ",.0f", ""),
    "percent": ("", ".2%", ""),
    "compact": ("", ".3~s", ""),
    "scientific": ("", ".3e", ""),
    "engineering": ("", ".3~s", ""),
    "accounting": ("", "(,.2f", ""),
}
_PRINTF = re.compile(r"^(.*?)%([,+\- 0#]*\d*(?:\.\d+)?)([diufeEgGs])(.*)$", re.S)


def number_format(fmt: str | None) -> tuple[str, str, str] | None:
    """A Streamlit number format (printf-style like ``"$%.2f"`` or a name like ``"percent"``)
    as (prefix, d3 specifier, suffix); None to show numbers as they are."""
    if not fmt or fmt == "plain":
        return None
    if fmt in _NAMED_FORMATS:
        return _NAMED_FORMATS[fmt]
    match = _PRINTF.match(fmt)
    if match is None:
        return None
    prefix, flags, kind, suffix = match.groups()
    kind = {"i": "d", "u": "d", "s": ""}.get(kind, kind)
    return prefix.replace("%%", "%"), flags + kind, suffix.replace("%%", "%")


@dataclass
class GridPlan:
    """How one frame is shown: the displayed frame and what the grid needs besides."""

    frame: Any
    #: The original column name of each displayed column, in display order.
    columns: list[str]
    widths: dict[str, int] = field(default_factory=dict)
    #: Displayed column name -> how its cells are drawn: ("number", format), ("link",
    #: display text), ("image", None), ("checkbox", None), ("progress", (min, max, format,
    #: color)) or ("sparkline", color); other columns as text.
    renderers: dict[str, tuple[str, Any]] = field(default_factory=dict)
    index_hidden: bool = False
    #: Displayed column name -> its cells' Styler colours by data row: (background, text),
    #: each a list (None for no colour) or None.
    cell_colors: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def progress_option(type_config: dict[str, Any], series: Any) -> tuple[Any, ...]:
    """A progress column's (min, max, (prefix, d3 format, suffix), color) with Streamlit's
    defaults: 0 to 100 shown as "%3d%%" for integers, 0 to 1 as "percent" otherwise."""
    import pandas as pd

    integer = pd.api.types.is_integer_dtype(series)
    low = type_config.get("min_value")
    high = type_config.get("max_value")
    fmt = type_config.get("format") or ("%3d%%" if integer else "percent")
    return (
        0 if low is None else low,
        (100 if integer else 1) if high is None else high,
        number_format(fmt),
        type_config.get("color"),
    )


def column_config_for(config: dict[Any, Any], name: str, position: int) -> dict[str, Any]:
    """The configuration of a column, given by its name or its position."""
    found = config.get(name)
    if found is None:
        found = config.get(position)
    return found or {}


def plan_grid(frame: Any, props: dict[str, Any]) -> GridPlan:
    """The displayed frame (ordered, hidden columns dropped, labels as headers) and its
    widths, renderers and index visibility, from a dataframe element's props."""
    import pandas as pd

    config: dict[Any, Any] = props.get("columns") or {}
    names = [str(c) for c in frame.columns]
    order = props.get("column_order")
    positions = (
        [names.index(c) for c in order if c in names] if order is not None else range(len(names))
    )
    # Pinned columns come first (ipydatagrid cannot freeze them; see the README).
    positions = sorted(
        positions, key=lambda p: not column_config_for(config, names[p], p).get("pinned")
    )
    keep: list[int] = []
    texts: dict[int, dict[str, Any]] = {}

    labels: list[str] = []
    widths: dict[str, int] = {}
    renderers: dict[str, tuple[str, Any]] = {}
    for position in positions:
        column_config = column_config_for(config, names[position], position)
        if column_config.get("hidden"):
            continue
        label = column_config.get("label") or names[position]
        while label in labels:
            label += " "  # the grid needs distinct headers
        keep.append(position)
        labels.append(label)
        width = column_config.get("width")
        if isinstance(width, int) and not isinstance(width, bool):
            widths[label] = width
        elif width in NAMED_WIDTHS:
            widths[label] = NAMED_WIDTHS[width]
        series = frame.iloc[:, position]
        type_config = column_config.get("type_config") or {}
        kind = type_config.get("type")
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if kind == "link":
            renderers[label] = ("link", type_config.get("display_text"))
        elif kind == "image":
            renderers[label] = ("image", None)
        elif kind == "checkbox" or (kind is None and pd.api.types.is_bool_dtype(series)):
            renderers[label] = ("checkbox", None)
        elif kind == "progress":
            renderers[label] = ("progress", progress_option(type_config, series))
        elif kind in TEXT_KINDS:
            texts[len(keep) - 1] = type_config
            if kind in CHART_KINDS:
                renderers[label] = ("sparkline", type_config.get("color"))
        elif numeric or kind == "number":
            renderers[label] = ("number", number_format(type_config.get("format")))
    shown = frame.iloc[:, keep].copy()
    for i, type_config in texts.items():
        shown.isetitem(i, column_texts(shown.iloc[:, i], type_config))
    for i, label in enumerate(labels):
        if renderers.get(label, ("",))[0] == "progress" and shown.iloc[:, i].dtype == object:
            shown.isetitem(i, pd.to_numeric(shown.iloc[:, i], errors="coerce"))
    shown.columns = labels
    styled = props.get("cell_colors") or {}
    cell_colors = {
        label: (styled[names[p]].get("background"), styled[names[p]].get("text"))
        for p, label in zip(keep, labels, strict=True)
        if names[p] in styled
    }
    index_config = config.get("_index") or {}
    if index_config.get("label"):
        shown.index = shown.index.rename(index_config["label"])
    return GridPlan(
        shown,
        [names[p] for p in keep],
        widths,
        renderers,
        bool(index_config.get("hidden")),
        cell_colors,
    )


def check_edit(config: dict[str, Any], value: Any) -> tuple[bool, Any]:
    """Whether a user's edit of a cell in a column configured by `config` is kept, and the
    value kept (a text longer than ``max_chars`` is cut, as the cell editor cuts it)."""
    if config.get("disabled"):
        return False, value
    if value in (None, "") and config.get("required"):
        return False, value
    type_config = config.get("type_config") or {}
    kind = type_config.get("type")
    if kind == "number" and value is not None:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False, value
        low, high = type_config.get("min_value"), type_config.get("max_value")
        if (low is not None and number < low) or (high is not None and number > high):
            return False, value
    elif kind == "selectbox" and value is not None:
        options = [
            o["value"] if isinstance(o, dict) else o for o in type_config.get("options") or ()
        ]
        if options and value not in options:
            return False, value
    elif kind in ("progress", "json", "image", "audio", "video", "button") or kind in CHART_KINDS:
        return False, value  # read-only column types in Streamlit
    elif kind in ("list", "multiselect") and isinstance(value, str):
        # The cell shows the items joined by ", ": an edit is split at commas, as
        # Streamlit splits a pasted text; a multiselect keeps only its options.
        items = [item.strip() for item in value.split(",") if item.strip()]
        options = [
            str(o["value"] if isinstance(o, dict) else o).strip()
            for o in type_config.get("options") or ()
        ]
        if kind == "multiselect" and not type_config.get("accept_new_options"):
            items = [item for item in items if item in options]
            if value.strip() and not items:
                return False, value
        if kind == "multiselect":
            items = list(dict.fromkeys(items))
        return True, items
    elif kind in ("text", "link") and isinstance(value, str):
        pattern = type_config.get("validate")
        if pattern and not re.search(pattern, value):
            return False, value
        if type_config.get("max_chars"):
            value = value[: type_config["max_chars"]]
    return True, value


def grid_height(props: dict[str, Any], rows: int) -> str:
    """The grid's CSS height: a number of pixels, or room for up to 10 rows ("auto")."""
    height = props.get("height")
    row = props.get("row_height") or DEFAULT_ROW_HEIGHT
    if isinstance(height, int) and not isinstance(height, bool):
        return f"{height}px"
    shown_rows = rows if height in ("content", "stretch") else min(rows, AUTO_ROWS)
    return f"{(max(shown_rows, 1) + 1) * row + 3}px"


def grid_width(props: dict[str, Any]) -> str:
    """The grid's CSS width: pixels, the container's width ("stretch") or its content's."""
    width = props.get("width")
    if isinstance(width, int) and not isinstance(width, bool):
        return f"{width}px"
    return "100%" if width in (None, "stretch") else "auto"


def grid_selection_mode(modes: tuple[str, ...]) -> str:
    """The ipydatagrid selection mode for Streamlit's modes (the grid has one at a time:
    rows first, then columns, then cells)."""
    if any(m.endswith("-row") or m == "single-row-required" for m in modes):
        return "row"
    if any(m.endswith("-column") for m in modes):
        return "column"
    if any(m.endswith("-cell") for m in modes):
        return "cell"
    return "none"


def _rect_cells(rect: dict[str, Any]) -> tuple[range, range]:
    r1, r2 = sorted((int(rect["r1"]), int(rect["r2"])))
    c1, c2 = sorted((int(rect["c1"]), int(rect["c2"])))
    return range(r1, r2 + 1), range(c1, c2 + 1)


def selection_from_rects(
    rects: list[dict[str, Any]],
    modes: tuple[str, ...],
    columns: list[str],
    num_rows: int,
    visible_rows: list[int] | None = None,
) -> dict[str, Any]:
    """Streamlit's selection state for the grid's selection rectangles.

    Rows are positions in the data (a sorted grid's row r shows data row
    ``visible_rows[r]``); columns are the data's column names.
    """

    def data_row(r: int) -> int | None:
        if visible_rows:
            return visible_rows[r] if 0 <= r < len(visible_rows) else None
        return r if 0 <= r < num_rows else None

    rows: list[int] = []
    names: list[str] = []
    cells: list[tuple[int, str]] = []
    mode = grid_selection_mode(modes)
    for rect in rects:
        row_range, column_range = _rect_cells(rect)
        if mode == "row":
            rows.extend(r for r in map(data_row, row_range) if r is not None)
        elif mode == "column":
            names.extend(columns[c] for c in column_range if 0 <= c < len(columns))
        elif mode == "cell":
            for r in row_range:
                row = data_row(r)
                cells.extend(
                    (row, columns[c])
                    for c in column_range
                    if row is not None and 0 <= c < len(columns)
                )
    # The browser's grid reports selected rows and columns in data order, as Streamlit's does.
    rows = sorted(set(rows))
    names = sorted(set(names), key=columns.index)
    cells = list(dict.fromkeys(cells))
    if "multi-row" not in modes and rects:
        rows = (
            rows[-1:]
            if mode != "row"
            else [r for r in [data_row(_rect_cells(rects[-1])[0][0])] if r is not None]
        )
    if "multi-column" not in modes and rects and mode == "column":
        last = _rect_cells(rects[-1])[1][0]
        names = [columns[last]] if 0 <= last < len(columns) else []
    if "multi-cell" not in modes:
        cells = cells[-1:]
    return {"selection": {"rows": rows, "columns": names, "cells": cells}}


def rects_from_selection(
    state: Any, columns: list[str], num_rows: int, visible_rows: list[int] | None = None
) -> list[dict[str, int]]:
    """The grid's selection rectangles that show Streamlit's selection `state`."""
    selection = (state or {}).get("selection") or {}
    last_column = max(len(columns) - 1, 0)
    view_row = {data: view for view, data in enumerate(visible_rows)} if visible_rows else {}

    def shown(row: int) -> int:
        return view_row.get(row, row)

    rects = [
        {"r1": shown(r), "r2": shown(r), "c1": 0, "c2": last_column}
        for r in selection.get("rows") or ()
        if type(r) is int and 0 <= r < num_rows
    ]
    for name in selection.get("columns") or ():
        if name in columns:
            c = columns.index(name)
            rects.append({"r1": 0, "r2": max(num_rows - 1, 0), "c1": c, "c2": c})
    for row, name in selection.get("cells") or ():
        if name in columns and type(row) is int and 0 <= row < num_rows:
            c = columns.index(name)
            rects.append({"r1": shown(row), "r2": shown(row), "c1": c, "c2": c})
    return rects
