"""Charts: Streamlit's simple charts, and Altair, Plotly and Matplotlib figures.

Each figure is shown through its library's own Jupyter rendering (a Vega-Lite, Plotly or
PNG display), which JupyterLab, Notebook 7 and Voilà know how to show. The libraries are
optional: a chart whose library is missing says which one to install.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException
from ..run_context import current_context
from ..tree import Element


def _display(kind: str, obj: Any) -> None:
    from IPython import get_ipython
    from IPython.core.formatters import DisplayFormatter

    shell = get_ipython()
    formatter = shell.display_formatter if shell is not None else DisplayFormatter()
    data, metadata = formatter.format(obj)
    output = {"output_type": "display_data", "data": data, "metadata": metadata or {}}
    current_context().add(Element(kind, {"outputs": (output,)}, data=obj))


def _vega_lite(kind: str, chart: Any) -> None:
    """Show an Altair chart as a Vega-Lite display, which JupyterLab, Notebook 7 and Voilà
    render themselves (Altair's HTML output would load vega-embed from the internet)."""
    spec = chart.to_dict()
    output = {
        "output_type": "display_data",
        "data": {"application/vnd.vegalite.v5+json": spec, "text/plain": f"<{kind}>"},
        "metadata": {},
    }
    current_context().add(Element(kind, {"outputs": (output,)}, data=chart))


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


def _simple_chart(
    mark: str,
    call: str,
    data: Any,
    x: str | None,
    y: Any,
    color: Any,
    width: Any,
    height: Any,
) -> None:
    frame = _frame(data, call)
    alt = _require("altair", call)
    if x is None:
        frame = frame.reset_index()
        x = frame.columns[0]
    ys = (
        [y]
        if isinstance(y, str)
        else list(y)
        if y is not None
        else [c for c in frame.columns if c != x]
    )
    long = frame.melt(id_vars=[x], value_vars=ys, var_name="series", value_name="value")
    encoding = {
        "x": alt.X(f"{x}", title=str(x)),
        "y": alt.Y("value", title=ys[0] if len(ys) == 1 else "value"),
    }
    if len(ys) > 1:
        encoding["color"] = alt.Color("series", title="")
    chart = getattr(alt.Chart(long), f"mark_{mark}")(
        **({"color": color} if isinstance(color, str) and color.startswith("#") else {})
    ).encode(**encoding)
    chart = chart.properties(
        width=width if isinstance(width, int) and width > 0 else 600,
        height=height if isinstance(height, int) and height > 0 else 300,
    )
    _vega_lite(call, chart)


def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    **_ignored: Any,
) -> None:
    """A line chart of the columns of `data` (a DataFrame or anything pandas can read)."""
    _simple_chart("line", "line_chart", data, x, y, color, width, height)


def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    **_ignored: Any,
) -> None:
    """An area chart of the columns of `data`."""
    _simple_chart("area", "area_chart", data, x, y, color, width, height)


def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    **_ignored: Any,
) -> None:
    """A bar chart of the columns of `data`."""
    _simple_chart("bar", "bar_chart", data, x, y, color, width, height)


def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    color: Any = None,
    width: Any = None,
    height: Any = None,
    **_ignored: Any,
) -> None:
    """A scatter chart of the columns of `data`."""
    _simple_chart("circle", "scatter_chart", data, x, y, color, width, height)


def altair_chart(altair_chart: Any, use_container_width: bool | None = None, **_: Any) -> None:
    """Display an Altair chart as JupyterLab shows it (Vega-Lite)."""
    _vega_lite("altair_chart", altair_chart)


def vega_lite_chart(data: Any = None, spec: dict[str, Any] | None = None, **_: Any) -> None:
    """Display a Vega-Lite chart given as a spec dict (with `data` as its values)."""
    spec = dict(spec or {})
    if data is not None:
        spec["data"] = {"values": _frame(data, "vega_lite_chart").to_dict("records")}
    output = {
        "output_type": "display_data",
        "data": {"application/vnd.vegalite.v5+json": spec, "text/plain": "<VegaLite chart>"},
        "metadata": {},
    }
    current_context().add(Element("vega_lite_chart", {"outputs": (output,)}, data=spec))


def plotly_chart(figure_or_data: Any, use_container_width: bool | None = None, **_: Any) -> None:
    """Display a Plotly figure as JupyterLab shows it."""
    if isinstance(figure_or_data, (dict, list)):
        go = _require("plotly", "plotly_chart").graph_objects
        figure_or_data = go.Figure(figure_or_data)
    _display("plotly_chart", figure_or_data)
