"""st.data_editor's check that each configured column type can edit its column's data."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException

#: The kinds of data each editable column type edits (Streamlit 1.67's table); other types
#: are not checked.
_EDITS = {
    "text": {"string", "empty"},
    "number": {"integer", "float", "decimal", "string", "timedelta", "empty"},
    "checkbox": {"boolean", "string", "integer", "empty"},
    "selectbox": {"string", "boolean", "integer", "float", "empty"},
    "date": {"date", "datetime", "empty"},
    "time": {"time", "datetime", "empty"},
    "datetime": {"datetime", "date", "time", "empty"},
    "link": {"string", "empty"},
    "list": {"list", "string", "empty"},
    "multiselect": {"list", "string", "empty"},
    "markdown": {"string", "empty"},
}

_INFERRED = {
    "string": "string", "bytes": "bytes", "floating": "float", "mixed-integer-float": "float",
    "integer": "integer", "decimal": "decimal", "complex": "complex", "boolean": "boolean",
    "datetime64": "datetime", "datetime": "datetime", "date": "date", "timedelta64": "timedelta",
    "timedelta": "timedelta", "time": "time", "period": "period", "interval": "interval",
    "empty": "empty",
}  # fmt: skip


def data_kind(column: Any) -> str:
    """The kind of data in a pandas column or index, named as Streamlit names it."""
    import pandas as pd

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return data_kind(dtype.categories)
    if dtype.name == "object" or not hasattr(dtype, "kind"):
        inferred = pd.api.types.infer_dtype(column)
        if inferred == "mixed" and all(isinstance(v, (list, tuple)) for v in column.dropna()):
            return "list"
        return _INFERRED.get(inferred, "unknown")
    checks = (
        ("boolean", pd.api.types.is_bool_dtype),
        ("integer", pd.api.types.is_integer_dtype),
        ("float", pd.api.types.is_float_dtype),
        ("datetime", pd.api.types.is_datetime64_any_dtype),
        ("timedelta", pd.api.types.is_timedelta64_dtype),
        ("string", pd.api.types.is_string_dtype),
    )
    return next((kind for kind, check in checks if check(dtype)), "unknown")


def check_column_types(frame: Any, config: dict[Any, dict[str, Any]]) -> None:
    """Raise a clear error when an enabled column's configured type cannot edit its data."""
    columns = [("_index", frame.index), *((str(n), frame[n]) for n in frame.columns)]
    for name, column in columns:
        column_config = config.get(name) or {}
        if column_config.get("disabled") is True:
            continue
        kind = (column_config.get("type_config") or {}).get("type")
        if kind not in _EDITS:
            continue
        data = data_kind(column)
        if data not in _EDITS[kind]:
            raise NbStateAPIException(
                f"The configured column type `{kind}` for column `{name}` is not compatible "
                f"for editing the underlying data type `{data}`.\n\nYou have following options "
                "to fix this: 1) choose a compatible type 2) disable the column 3) convert the "
                "column into a compatible data type."
            )
