"""st.table: a static table, with Streamlit 1.67's border, index and header choices."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import NbStateValueError
from ..layout import ElementHandle, add_element
from ..tree import Element
from .data import _table_html as plain_table_html
from .sizes import check_height, check_width

_BORDERS = {True: "all", False: "none", "horizontal": "horizontal"}


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, bytes)) or not hasattr(value, "__iter__")


def _headerless(data: Any) -> bool:
    """True for data without column names of the user's: Streamlit hides their header row.

    A dict of single values, a list (or tuple, set) of rows or of values, a numpy array.
    """
    if isinstance(data, Mapping):
        return all(_is_scalar(v) for v in data.values())
    if isinstance(data, (set, frozenset, tuple)):
        return True
    if isinstance(data, list):
        return not (data and all(isinstance(row, Mapping) for row in data))
    return type(data).__module__ == "numpy" and hasattr(data, "ndim")


def _frame(data: Any) -> Any:
    """`data` as a pandas DataFrame, as Streamlit converts it (None without pandas)."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with the notebook stack
        return None
    styler_data = getattr(data, "data", None)
    if isinstance(styler_data, pd.DataFrame) and hasattr(data, "to_html"):
        return styler_data  # a Styler: its DataFrame
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, Mapping) and _headerless(data):
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    if isinstance(data, (set, frozenset)):
        data = list(data)
    try:
        return pd.DataFrame(data)
    except Exception:
        return None


def _has_range_index(frame: Any) -> bool:
    import pandas as pd

    index = frame.index
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a static table: every row, no scrolling (unless `height` is a number of pixels).

    `border` is True (all borders), False (none) or "horizontal" (between rows). The index
    column is hidden when it is the default 0, 1, 2... (`hide_index=None`), and the header row
    when the data has no column names of its own (a dict of values, a list of rows, a numpy
    array: `hide_header=None`); True or False decide instead. `alt` names the table for screen
    readers.
    """
    if isinstance(border, bool) or border == "horizontal":
        border_mode = _BORDERS[border]
    else:
        raise NbStateValueError(
            "Invalid `border` value. Supported values: True, False, 'horizontal'."
        )
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    frame = _frame(data)
    if hide_index is None:
        hide_index = frame is not None and _has_range_index(frame)
    if hide_header is None:
        hide_header = _headerless(data)
    description = str(alt).strip() if alt is not None else ""
    html = _table_html(data, frame, bool(hide_index), bool(hide_header), border_mode)
    props = {
        "html": html,
        "border": border_mode,
        "hide_index": bool(hide_index),
        "hide_header": bool(hide_header),
        "alt": description or None,
        "width": width,
        "height": height if type(height) is int else None,
    }
    # AppTest's value: the DataFrame shown, as Streamlit's AppTest gives it
    return add_element(Element("table", props, data=frame if frame is not None else data))


_ROW_LINE = "border-bottom:1px solid rgba(49,51,63,0.2)"


def _table_html(data: Any, frame: Any, hide_index: bool, hide_header: bool, border: str) -> str:
    """The table's HTML: pandas' for a frame, else a plain table of the rows."""
    if frame is None:
        return plain_table_html(data)
    html = frame.to_html(index=not hide_index, header=not hide_header, border=0)
    if border == "all":
        cell = "border:1px solid rgba(49,51,63,0.2);padding:0.25em 0.5em"
    elif border == "horizontal":
        cell = f"border:none;{_ROW_LINE};padding:0.25em 0.5em"
    else:
        cell = "border:none;padding:0.25em 0.5em"
    html = html.replace("<td>", f'<td style="{cell}">').replace("<th>", f'<th style="{cell}">')
    html = html.replace("<th ", f'<th style="{cell}" ')
    return html.replace('class="dataframe"', 'class="dataframe" style="border-collapse:collapse"')
