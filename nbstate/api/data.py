"""Data display: st.table, st.metric, st.pyplot and st.data_editor (st.dataframe: `dataframe`)."""

from __future__ import annotations

import base64
import html
import io
from typing import Any

from ..errors import NbStateValueError
from ..layout import ElementHandle, add_element
from ..tree import Element
from .chart_extras import normalize_alt
from .dataframe import process_column_config
from .editor_checks import check_column_types
from .metric_look import metric_chart, metric_look
from .sizes import check_width


def _table_html(data: Any, max_rows: int | None = None) -> str:
    """HTML for tabular `data`: a DataFrame (or anything pandas can make one of), a dict,
    a list of rows or of dicts."""
    to_html = getattr(data, "to_html", None)
    if callable(to_html):
        return to_html(max_rows=max_rows) if max_rows else to_html()
    try:
        import pandas as pd

        return pd.DataFrame(data).to_html(max_rows=max_rows)
    except ImportError:
        pass
    rows: list[list[Any]]
    if isinstance(data, dict):
        header = [str(k) for k in data]
        columns = [list(v) if isinstance(v, (list, tuple)) else [v] for v in data.values()]
        rows = [list(r) for r in zip(*columns, strict=False)]
    elif data and isinstance(data, (list, tuple)) and isinstance(data[0], dict):
        header = list(dict.fromkeys(k for row in data for k in row))
        rows = [[row.get(k, "") for k in header] for row in data]
    else:
        header = []
        rows = [list(r) if isinstance(r, (list, tuple)) else [r] for r in (data or [])]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    help: str | None = None,
    label_visibility: str = "visible",
    *,
    border: bool = False,
    icon: str | None = None,
    width: Any = "stretch",
    height: Any = "content",
    delta_arrow: str = "auto",
    delta_description: str | None = None,
    chart_data: Any = None,
    chart_type: str = "line",
    format: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """Display a number in big type, with an optional change (`delta`) below it.

    A positive delta is green and a negative one red (`delta_color="inverse"` swaps them,
    `"off"` shows it gray). `delta_arrow` ("auto", "up", "down", "off") picks the arrow,
    `delta_description` is a note after the delta, `icon` goes before the label.
    `chart_data` (numbers) draws a sparkline below (`chart_type` "line", "bar" or "area")
    and `format` ("dollar", "compact", "%.2f"...) is how a numeric value and delta show.
    """
    look = metric_look(icon, width, height, delta_arrow, delta_description)
    look.update(metric_chart(chart_data, chart_type, format))
    return add_element(
        Element(
            "metric",
            {
                "label": str(label),
                "body": "—" if value is None else str(value),
                "delta": None if delta is None else str(delta),
                "delta_color": delta_color,
                "border": border,
                "help": help,
                **look,
            },
        )
    )


def pyplot(
    fig: Any = None,
    clear_figure: bool | None = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """Display a matplotlib figure (the current one when `fig` is None) as an image.

    `width` is "stretch" (the container's width, the default), "content" (the figure's
    own size, no wider than the container) or pixels; ``use_container_width`` True/False
    means "stretch"/"content" as in Streamlit. `alt` is the image's text alternative.
    """
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width, allow_content=True)
    if fig is None:
        import matplotlib.pyplot as plt

        fig = plt.gcf()
        if clear_figure is None:
            clear_figure = True
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    if clear_figure:
        fig.clf()
    size = {"stretch": "width:100%", "content": "max-width:100%"}.get(
        width, f"width:{width}px;max-width:100%"
    )
    alt = normalize_alt(alt, allow_empty=True)
    label = "" if alt is None else f' alt="{html.escape(alt)}"'
    tag = f'<img src="data:image/png;base64,{png}"{label} style="{size}">'
    data = {"text/html": tag, "image/png": png}
    output = {"output_type": "display_data", "data": data, "metadata": {}}
    props = {"outputs": (output,), "png": png, "alt": alt, "width": width}
    return add_element(Element("pyplot", props, data=fig))


#: Streamlit 1.67's `num_rows`: rows fixed, or added and deleted by the user.
NUM_ROWS = ("fixed", "dynamic", "add", "delete")


def _edits_default() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def _frame(data: Any) -> Any:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with the data extra
        from ..errors import NbStateAPIException

        raise NbStateAPIException(
            "st.data_editor needs pandas and ipydatagrid: pip install 'nbstate[data]'."
        ) from None
    return data.copy() if isinstance(data, pd.DataFrame) else pd.DataFrame(data)


def apply_edits(frame: Any, edits: dict[str, Any]) -> Any:
    """A copy of `frame` with Streamlit-style `edits` (``edited_rows`` by row position)."""
    edited = frame.copy()
    for row, changes in (edits.get("edited_rows") or {}).items():
        for column, value in changes.items():
            edited.at[edited.index[int(row)], column] = value
    deleted = [edited.index[int(r)] for r in edits.get("deleted_rows") or ()]
    if deleted:
        edited = edited.drop(index=deleted)
    for row in edits.get("added_rows") or ():
        label = _new_row_label(frame, edited, row)
        if label is not None:
            edited.loc[label] = {c: row.get(str(c)) for c in edited.columns}
    return edited


def _new_row_label(frame: Any, edited: Any, row: dict[str, Any]) -> Any:
    """The index label of an added row, as Streamlit 1.67 picks it: the next one of a range
    or integer index, else the row's ``_index`` value (None: the row cannot be added)."""
    import pandas as pd

    index = frame.index
    if isinstance(index, pd.RangeIndex):
        return index.stop + (len(edited) - len(index) + _deleted(frame, edited)) * index.step
    if row.get("_index") is not None:
        return None if row["_index"] in edited.index else row["_index"]
    if pd.api.types.is_integer_dtype(index.dtype):
        return 0 if edited.index.empty else max(int(edited.index.max()), -1) + 1
    return None


def _deleted(frame: Any, edited: Any) -> int:
    return sum(1 for label in frame.index if label not in edited.index)


def _like_input(data: Any, edited: Any) -> Any:
    """Return the edited frame in the type the caller passed, as Streamlit does."""
    if isinstance(data, dict):
        return {column: list(values) for column, values in edited.to_dict("list").items()}
    if isinstance(data, list) and data and isinstance(data[0], dict):
        return edited.to_dict("records")
    return edited


def data_editor(
    data: Any,
    *,
    width: Any = None,
    height: Any = None,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    num_rows: str = "fixed",
    disabled: bool | Any = False,
    key: Any = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
    **_ignored: Any,
) -> Any:
    """Display `data` in an editable grid and return it with the user's edits applied.

    The edits themselves are in session_state under `key`, as Streamlit keeps them:
    ``{"edited_rows": {row position: {column: value}}, "added_rows": [], "deleted_rows": []}``.
    The key is read-only. Needs the optional ``ipydatagrid`` (``pip install 'nbstate[data]'``).
    """
    from .widget import create_widget

    if num_rows not in NUM_ROWS:
        raise NbStateValueError(
            f"Invalid `num_rows` value {num_rows!r}. Supported values: "
            + ", ".join(f"'{n}'" for n in NUM_ROWS)
            + "."
        )
    frame = _frame(data)
    import pandas as pd

    try:
        digest = str(int(pd.util.hash_pandas_object(frame, index=True).sum()))
    except TypeError:  # unhashable cells (lists in ListColumn/MultiselectColumn columns)
        digest = str(hash(frame.to_json()))
    digest += repr(list(frame.columns))
    disabled_columns = None if isinstance(disabled, bool) else list(disabled)
    # The id covers what Streamlit 1.67's covers: the data and display parameters, with
    # hide_index and a list of disabled columns inside the column configuration (so
    # disabled=True alone does not make another editor). A keyed editor with fixed rows is
    # identified by the data's structure instead, so that its edits survive value changes.
    identity = {
        "data": digest,
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "column_order": column_order,
        "column_config": repr((column_config, hide_index, disabled_columns)),
        "num_rows": num_rows,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
    }
    if key is not None:
        identity["data_signature"] = (
            _structure(frame, disabled) if num_rows == "fixed" else repr(identity)
        )
    config = process_column_config(column_config)
    if hide_index is None and num_rows in ("dynamic", "add"):
        if isinstance(frame.index, pd.RangeIndex):
            hide_index = True  # as in Streamlit: new rows get the next index by themselves
    if hide_index is not None:
        config.setdefault("_index", {})["hidden"] = bool(hide_index)
    for column in disabled_columns or ():
        config.setdefault(column, {})["disabled"] = True
    check_column_types(frame, config)
    props = {
        "digest": digest,
        "hide_index": bool(hide_index),
        "height": "auto" if height is None else height,
        "width": width,
        "columns": config,
        "column_order": None if column_order is None else [str(c) for c in column_order],
        "row_height": row_height,
        "placeholder": placeholder,
        "num_rows": num_rows,
    }
    edits, _element, _changed = create_widget(
        "data_editor",
        key=key,
        identity=identity,
        props=props,
        default=_edits_default(),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled is True,  # a list disables those columns only, as in Streamlit
        writes_allowed=False,
        data=frame,
    )
    return _like_input(data, apply_edits(frame, edits or _edits_default()))


def _structure(frame: Any, disabled: Any) -> str:
    """What a keyed fixed-rows editor's id depends on: the frame's columns, index, dtypes and
    row count, and what is disabled; not its values."""
    import pandas as pd

    index = frame.index
    default_index = isinstance(index, pd.RangeIndex) and (index.start, index.step) == (0, 1)
    parts = (
        tuple(map(str, frame.columns)),
        type(index).__name__,
        tuple(index.names),
        None if default_index else str(pd.util.hash_pandas_object(index, index=False).sum()),
        tuple(str(t) for t in frame.dtypes),
        len(frame),
        disabled if isinstance(disabled, bool) else tuple(sorted(map(repr, disabled))) or False,
    )
    return repr(parts)
