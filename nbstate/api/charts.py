"""Charts: Streamlit's simple charts, and Altair, Plotly and Matplotlib figures.

Each figure is shown through its library's own Jupyter rendering (a Vega-Lite, Plotly or
PNG display), which JupyterLab, Notebook 7 and Voilà know how to show. The libraries are
optional: a chart whose library is missing says which one to install.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException
from ..layout import ElementHandle, add_element
from ..tree import Element
from .chart_extras import apply_extras, check_extras, normalize_alt, vega_size
from .chart_selection import (
    selecting_chart,
    selection_params,
    stable_names,
    vega_selection_modes,
    vega_state,
)
from .dataframe import check_on_select
from .sizes import check_height, check_width


def _vega_lite(kind: str, chart: Any, alt: Any = None, spec: Any = None) -> ElementHandle:
    """Show an Altair chart as a Vega-Lite display, which JupyterLab, Notebook 7 and Voilà
    render themselves (Altair's HTML output would load vega-embed from the internet).

    `alt` becomes the spec's description: Vega's accessible name of the chart.
    """
    spec = with_description(chart.to_dict() if spec is None else spec, alt)
    output = {
        "output_type": "display_data",
        "data": {"application/vnd.vegalite.v5+json": spec, "text/plain": f"<{kind}>"},
        "metadata": {},
    }
    return add_element(Element(kind, {"outputs": (output,)}, data=chart))


def with_description(spec: dict[str, Any], alt: Any) -> dict[str, Any]:
    """`spec` with the chart's `alt` text as its description (as Streamlit's frontend does)."""
    text = normalize_alt(alt)
    return spec if text is None else {**spec, "description": text}


def _require(module: str, call: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise NbStateAPIException(
            f"st.{call} needs the optional package {module!r}: pip install {module}."
        ) from None


def _frame(data: Any, call: str) -> Any:
    pd = _require("pandas", call)
    return data if isinstance(data, pd.DataFrame) else pd.DataFrame(data)


#: Names of the columns a simple chart makes, unlikely to be one of the data's own.
_SERIES = "series -- nbstate"
_VALUE = "value -- nbstate"
_INDEX = "index -- nbstate"


def _field(name: str) -> str:
    """A column name as a Vega-Lite field: `.`, `[`, `]` and `\\` would otherwise be read as
    nested access."""
    for char in ("\\", ".", "[", "]"):
        name = name.replace(char, "\\" + char)
    return name


def _vega_type(column: Any) -> str:
    """The Vega-Lite type of a pandas column: numbers are quantitative, dates temporal."""
    pd = _require("pandas", "line_chart")
    if pd.api.types.is_bool_dtype(column):
        return "nominal"
    if pd.api.types.is_numeric_dtype(column):
        return "quantitative"
    if pd.api.types.is_datetime64_any_dtype(column):
        return "temporal"
    return "nominal"


def _simple_chart(
    mark: str,
    call: str,
    data: Any,
    x: str | None,
    y: Any,
    color: Any,
    width: Any,
    height: Any,
    labels: tuple[str | None, str | None] = (None, None),
    horizontal: bool = False,
    extras: dict[str, Any] | None = None,
) -> ElementHandle:
    if x is not None and not isinstance(x, str):
        raise NbStateAPIException(
            f"st.{call} got x={x!r} (of type {type(x).__name__}); pass a column name (a str) "
            "or None to use the data's index."
        )
    frame = _frame(data, call).copy()
    alt = _require("altair", call)
    # Vega-Lite needs str field names: a numpy array's columns are 0, 1, ... (as in Streamlit,
    # they are shown as "0", "1", ...).
    frame.columns = [str(c) for c in frame.columns]
    if x is None:
        index_name = frame.index.name
        frame.index.name = _INDEX if index_name is None else str(index_name)
        frame = frame.reset_index()
        x = frame.columns[0]
        x_title = "" if index_name is None else str(index_name)
    else:
        x_title = x
    ys = [y] if isinstance(y, str) else [str(c) for c in y] if y is not None else None
    if ys is None:
        ys = [c for c in frame.columns if c != x]
    missing = [c for c in [x, *ys] if c not in frame.columns]
    if missing:
        raise NbStateAPIException(
            f"st.{call}: no column named {missing[0]!r} in the data; its columns are "
            f"{list(frame.columns)!r}."
        )
    extras = extras or {}
    keep = check_extras(extras, [c for c in frame.columns if c != _INDEX], x, ys)
    long = frame.melt(id_vars=[x, *keep], value_vars=ys, var_name=_SERIES, value_name=_VALUE)
    x_label, y_label = labels
    # A horizontal bar chart draws the x column on the vertical axis (its label goes with it).
    x_axis, y_axis = (alt.Y, alt.X) if horizontal else (alt.X, alt.Y)
    encoding = {
        "y" if horizontal else "x": x_axis(
            field=_field(x), type=_vega_type(long[x]), title=x_title if x_label is None else x_label
        ),
        "x" if horizontal else "y": y_axis(
            field=_VALUE,
            type=_vega_type(long[_VALUE]),
            title=y_label if y_label is not None else ys[0] if len(ys) == 1 else "value",
        ),
    }
    if len(ys) > 1:
        encoding["color"] = alt.Color(field=_SERIES, type="nominal", title="")
    apply_extras(extras, encoding, "y" if horizontal else "x", "x" if horizontal else "y", ys)
    chart = getattr(alt.Chart(long), f"mark_{mark}")(
        **({"color": color} if isinstance(color, str) and color.startswith("#") else {})
    ).encode(**encoding)
    chart = chart.properties(
        width=width if isinstance(width, int) and width > 0 else 600,
        height=height if isinstance(height, int) and height > 0 else 300,
    )
    if extras.get("use_container_width") is not None:
        # As in Streamlit, True stretches even a chart given a width; False keeps its width.
        if extras["use_container_width"]:
            chart = chart.properties(width="container")
    return _vega_lite(call, chart, extras.get("alt"))


def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    use_container_width: bool | None = None,
    alt: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """A line chart of the columns of `data` (a DataFrame or anything pandas can read).

    `x_label` and `y_label` are the titles of the axes of the x column and of the values.
    """
    return _simple_chart(
        "line",
        "line_chart",
        data,
        x,
        y,
        color,
        width,
        height,
        (x_label, y_label),
        extras={"alt": alt, "use_container_width": use_container_width},
    )


def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    use_container_width: bool | None = None,
    stack: Any = None,
    alt: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """An area chart of the columns of `data`.

    `x_label` and `y_label` are the titles of the axes of the x column and of the values.
    """
    return _simple_chart(
        "area",
        "area_chart",
        data,
        x,
        y,
        color,
        width,
        height,
        (x_label, y_label),
        extras={"stack": stack, "alt": alt, "use_container_width": use_container_width},
    )


def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    use_container_width: bool | None = None,
    horizontal: bool = False,
    sort: Any = True,
    stack: Any = None,
    alt: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """A bar chart of the columns of `data`.

    `x_label` and `y_label` are the titles of the axes of the x column and of the values;
    `horizontal` draws the bars left to right, `stack` (True, False: side by side,
    "normalize", "center", "layered") how series share a bar, `sort` (True, False, a column,
    "-column" for descending) the order of the bars.
    """
    return _simple_chart(
        "bar",
        "bar_chart",
        data,
        x,
        y,
        color,
        width,
        height,
        (x_label, y_label),
        horizontal,
        extras={
            "stack": stack,
            "sort": sort,
            "alt": alt,
            "use_container_width": use_container_width,
        },
    )


def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    use_container_width: bool | None = None,
    size: Any = None,
    alt: str | None = None,
    **_ignored: Any,
) -> ElementHandle:
    """A scatter chart of the columns of `data`.

    `x_label` and `y_label` are the titles of the axes of the x column and of the values.
    """
    return _simple_chart(
        "circle",
        "scatter_chart",
        data,
        x,
        y,
        color,
        width,
        height,
        (x_label, y_label),
        extras={"size": size, "alt": alt, "use_container_width": use_container_width},
    )


def altair_chart(
    altair_chart: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> Any:
    """Display an Altair chart as JupyterLab shows it (Vega-Lite); `alt` describes it.

    `width` (pixels, "stretch", "content") and `height` (pixels, "content") size it. With
    ``on_select="rerun"`` or a callback, the user's selections (of the chart's selection
    parameters, or those `selection_mode` names) rerun the app and are returned, as in
    Streamlit: ``event.selection.<param>``; otherwise returns the element's handle.
    """
    selecting = check_on_select(on_select)
    spec = vega_size(altair_chart.to_dict(), width, height, use_container_width)
    if selecting:
        return _selecting_vega(spec, alt, key, on_select, selection_mode)
    return _vega_lite("altair_chart", altair_chart, alt, spec)


def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> Any:
    """Display a Vega-Lite chart given as a spec dict (with `data` as its values); `alt`
    describes it, `width`/`height` size it and `on_select` reports selections as in
    st.altair_chart."""
    selecting = check_on_select(on_select)
    if isinstance(data, dict) and spec is None:
        data, spec = None, data  # the spec given alone, as Streamlit allows
    spec = vega_size(dict(spec or {}), width, height, use_container_width)
    if data is not None:
        spec["data"] = {"values": _frame(data, "vega_lite_chart").to_dict("records")}
    if selecting:
        return _selecting_vega(spec, alt, key, on_select, selection_mode)
    spec = with_description(spec, alt)
    output = {
        "output_type": "display_data",
        "data": {"application/vnd.vegalite.v5+json": spec, "text/plain": "<VegaLite chart>"},
        "metadata": {},
    }
    return add_element(Element("vega_lite_chart", {"outputs": (output,)}, data=spec))


def _selecting_vega(
    spec: dict[str, Any], alt: Any, key: Any, on_select: Any, selection_mode: Any
) -> Any:
    """A Vega-Lite chart whose selections are a widget's value (Streamlit's element type for
    it, from st.altair_chart too, is "vega_lite_chart")."""
    import json

    spec = with_description(stable_names(spec), alt)
    modes = vega_selection_modes(spec, selection_mode)
    params = selection_params(spec)
    text = normalize_alt(alt)
    props = {"spec": spec, "modes": tuple(modes), "types": {m: params[m] for m in modes}}
    identity = {
        "spec": json.dumps(spec, sort_keys=True, default=str),
        "selection_mode": tuple(modes),
        "alt": text,
    }
    return selecting_chart("vega_lite_chart", key, identity, props, vega_state(modes), on_select)


def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a Plotly figure (or its data) with Plotly's own notebook renderer.

    `width` (pixels, "stretch", "content": the figure's own width or 700) and `height`
    (pixels, "content": the figure's own or 450) size it, `config` is Plotly's config (e.g.
    ``{"displayModeBar": False}``), `alt` its accessible label. With ``on_select="rerun"`` or
    a callback, the user's selections (`selection_mode`: "points", "box", "lasso") rerun the
    app and are returned, as in Streamlit: ``event.selection.point_indices``.
    """
    from .plotly_figures import plotly_figure

    selecting = check_on_select(on_select)
    if use_container_width is not None:
        width = "stretch" if use_container_width else width if type(width) is int else "content"
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    figure = plotly_figure(figure_or_data, width, height, config, normalize_alt(alt))
    return figure.show(key, on_select, selection_mode if selecting else None)
