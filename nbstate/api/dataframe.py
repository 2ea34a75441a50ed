"""st.dataframe: an interactive grid, and with ``on_select`` a widget whose value is the
user's selection (rows, columns, cells), as in Streamlit 1.67."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from ..errors import (
    NbStateAPIException,
    NbStateIncompatibleParametersError,
    NbStateInvalidParameterTypeError,
    NbStateValueError,
)
from ..layout import add_element
from ..tree import Element
from .column_display import ButtonColumnResult
from .styler_colors import styler_colors

#: Streamlit 1.67's selection modes.
SELECTION_MODES = (
    "multi-cell", "multi-column", "multi-row", "single-cell", "single-column", "single-row",
    "single-row-required",
)  # fmt: skip
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})
INDEX = "_index"

_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect on the app. For "
    "widget states that support programmatic updates (e.g. st.dataframe selections), assign "
    "a new dictionary to the Session State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDict(dict):
    """A dict read by key or attribute (``state.selection.rows``) that cannot be changed."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDict(item) if type(item) is dict else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'"
            ) from None

    def _refuse(self, *_args: Any, **_kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> ReadOnlyAttributeDict:
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyAttributeDict:
        return type(self)({k: copy.deepcopy(v, memo) for k, v in self.items()})

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


class DataframeSelectionState(ReadOnlyAttributeDict):
    """The selection: ``rows`` (positions), ``columns`` (names), ``cells`` ((row, column))."""


class DataframeState(ReadOnlyAttributeDict):
    """What a selecting st.dataframe returns: ``{"selection": DataframeSelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, DataframeSelectionState):
            item = DataframeSelectionState(item)
        return ReadOnlyAttributeDict(item) if type(item) is dict else item


def selection_state(rows: Any = (), columns: Any = (), cells: Any = ()) -> DataframeState:
    """A `DataframeState` holding this selection."""
    selection = {"rows": list(rows), "columns": list(columns), "cells": [tuple(c) for c in cells]}
    return DataframeState({"selection": DataframeSelectionState(selection)})


def normalize_selection_mode(selection_mode: Any) -> frozenset[str]:
    """The set of selection modes, checked as Streamlit 1.67 checks them."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise NbStateValueError(
            "Invalid `selection_mode` value. Supported values: "
            + ", ".join(f"'{m}'" for m in SELECTION_MODES)
            + "."
        )
    rows = sorted(modes & ROW_MODES)
    if len(rows) > 1:
        uses = " and ".join(f"`selection_mode='{m}'`" for m in rows)
        raise NbStateIncompatibleParametersError(
            f"{uses} cannot be used together. Only one row selection mode can be specified."
        )
    for single, multi in (("single-column", "multi-column"), ("single-cell", "multi-cell")):
        if {single, multi} <= modes:
            raise NbStateIncompatibleParametersError(
                f"`selection_mode='{single}'` and `selection_mode='{multi}'` cannot be used "
                "together."
            )
    return frozenset(modes)


def validate_selection(
    value: Any, num_rows: int, columns: list[str], modes: frozenset[str]
) -> DataframeState:
    """`value` (a selection state from session_state or `selection_default`) reduced to what
    the modes allow: rows in range, known columns, at most one of each in single modes."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise NbStateAPIException(
            "Selection state must be a dictionary with a 'selection' key containing 'rows', "
            "'columns', and 'cells' arrays."
        )
    selection = value["selection"]
    rows: list[int] = []
    if isinstance(selection.get("rows"), list) and modes & ROW_MODES:
        rows = list(
            dict.fromkeys(r for r in selection["rows"] if type(r) is int and 0 <= r < num_rows)
        )
        rows = rows if "multi-row" in modes else rows[:1]
    if "single-row-required" in modes and num_rows and not rows:
        rows = [0]
    known = set(columns)
    chosen: list[str] = []
    if isinstance(selection.get("columns"), list) and modes & {"single-column", "multi-column"}:
        chosen = list(dict.fromkeys(c for c in selection["columns"] if c in known))
        chosen = chosen if "multi-column" in modes else chosen[:1]
    cells: list[tuple[int, str]] = []
    # As in Streamlit 1.67, a preset keeps cells in single-cell mode only (the first one).
    if isinstance(selection.get("cells"), list) and "single-cell" in modes:
        cells = list(
            dict.fromkeys(
                (c[0], c[1])
                for c in selection["cells"]
                if isinstance(c, (list, tuple))
                and len(c) == 2
                and type(c[0]) is int
                and 0 <= c[0] < num_rows
                and c[1] in known
            )
        )
        cells = cells[:1]
    return selection_state(rows, chosen, cells)


def to_frame(data: Any) -> tuple[Any, bool]:
    """`data` as a pandas DataFrame, and whether its index is shown by default (Streamlit
    hides it for lists, dicts of columns, numpy arrays, polars and pyarrow data)."""
    import pandas as pd

    if data is None:
        return pd.DataFrame(), True
    if isinstance(data, pd.DataFrame):
        return data, True
    if hasattr(data, "data") and type(data).__name__ == "Styler":
        return data.data, True
    if isinstance(data, pd.Series):
        return data.to_frame(), True
    if isinstance(data, pd.Index):
        return data.to_frame(index=False), False
    module = type(data).__module__.split(".")[0]
    if module in ("polars", "pyarrow"):
        return data.to_pandas(), False
    if isinstance(data, dict):
        if data and all(isinstance(v, str) or not hasattr(v, "__len__") for v in data.values()):
            return pd.DataFrame({"value": list(data.values())}, index=list(data)), True
        return pd.DataFrame(data), False
    if isinstance(data, (list, tuple, set)):
        items = list(data)
        if items and all(not isinstance(x, (list, tuple, dict)) for x in items):
            return pd.DataFrame({"value": items}), False
        return pd.DataFrame(items), False
    return pd.DataFrame(data), False


def process_column_config(column_config: Any) -> dict[Any, dict[str, Any]]:
    """Streamlit's column-config mapping: None hides a column, a string is its label, a dict
    (``st.column_config.*``) is copied; anything else is a clear error."""
    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise NbStateAPIException(
            "column_config must be a dict mapping column names (or '_index') to a "
            f"st.column_config.* value, a label string or None; got {type(column_config).__name__}."
        )
    processed: dict[Any, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            processed[column] = {"hidden": True}
        elif isinstance(config, str):
            processed[column] = {"label": config}
        elif isinstance(config, ButtonColumnResult):
            processed[column] = copy.deepcopy(config.config)
        elif isinstance(config, dict):
            processed[column] = copy.deepcopy(config)
        else:
            raise NbStateInvalidParameterTypeError(
                "Invalid `column_config` type. Expected one of: None, str, dict. Provided type: "
                f"{type(config).__name__}. Invalid configuration for column `{column}`."
            )
    return processed


def _digest(frame: Any) -> str:
    import pandas as pd

    try:
        values = str(int(pd.util.hash_pandas_object(frame, index=True).sum()))
    except TypeError:  # unhashable cells (lists, dicts)
        values = str(hash(frame.to_json()))
    return values + repr(list(frame.columns)) + repr(list(frame.dtypes))


def check_on_select(on_select: Any) -> bool:
    """True when `on_select` turns selections on ("rerun" or a callback); "ignore" is off.

    Anything else (None too) is Streamlit's error."""
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return on_select == "rerun"
    if callable(on_select):
        return True
    raise NbStateValueError(
        "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def dataframe(
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """Display a table in an interactive grid: sortable, resizable, every row by scrolling.

    With ``on_select="rerun"`` or a callback, the user's selection (``selection_mode``: rows,
    columns, cells) reruns the app and is returned (``event.selection.rows``) and kept in
    ``st.session_state[key]``, as in Streamlit. Otherwise returns the element's handle.
    """
    selecting = check_on_select(on_select)
    if selection_default is not None and not selecting:
        raise NbStateIncompatibleParametersError(
            "`selection_default` and `on_select='ignore'` cannot be used together. Set "
            "`on_select` to `'rerun'` or a callback to use `selection_default`."
        )
    modes = normalize_selection_mode(selection_mode) if selecting else frozenset()
    frame, index_shown = to_frame(data)
    config = process_column_config(column_config)
    if not index_shown:
        config.setdefault(INDEX, {})["hidden"] = True
    if hide_index is None and selecting and modes & ROW_MODES:
        import pandas as pd

        if isinstance(frame.index, pd.RangeIndex):
            hide_index = True  # Streamlit hides a plain range index when rows are selectable
    if hide_index is not None:
        config.setdefault(INDEX, {})["hidden"] = bool(hide_index)
    if use_container_width is not None:
        width = "stretch" if use_container_width else width
    order = None if column_order is None else [str(c) for c in column_order]
    props: dict[str, Any] = {
        "digest": _digest(frame),
        "columns": config,
        "column_order": order,
        "height": height,
        "width": width,
        "row_height": row_height,
        "selection_mode": tuple(sorted(modes)),
        "placeholder": placeholder,
        "alt": alt,
        "cell_colors": styler_colors(data) if type(data).__name__ == "Styler" else None,
    }
    if not selecting:
        # as Streamlit's, a handle whose calls replace the table in place
        return add_element(Element("dataframe", props, data=frame))
    from .widget import create_widget

    columns = [str(c) for c in frame.columns]
    default = (
        selection_state()
        if selection_default is None
        else validate_selection(selection_default, len(frame), columns, modes)
    )
    if "single-row-required" in modes and len(frame) and not default.selection.rows:
        default = selection_state([0])
    identity = {
        "data": props["digest"],
        "width": width,
        "height": height,
        "column_order": order,
        "column_config": repr(config),
        "selection_mode": props["selection_mode"],
        "is_selection_activated": True,
        "selection_default": repr(default),
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
    }
    value, element, changed = create_widget(
        "dataframe",
        key=key,
        identity=identity,
        props=props,
        default=default,
        on_change=on_select,
        data=frame,
    )
    if changed:  # assigned through session_state in this run: checked, as in Streamlit
        checked = validate_selection(value, len(frame), columns, modes)
        element.props = {**element.props, "value": checked}  # the grid shows what is valid
        return checked
    # Otherwise the state as it is (a value assigned in an earlier run stays unchecked, as in
    # Streamlit 1.67, where only the run that assigns it validates it).
    return value if isinstance(value, DataframeState) else DataframeState(value)
