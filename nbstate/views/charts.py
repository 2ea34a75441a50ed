"""Views of charts with ``on_select``: widgets that report the user's selections.

A Vega-Lite chart is Altair's `JupyterChart` (an anywidget that syncs each selection
parameter's Vega signal back to the kernel), its JavaScript bundled offline by vl-convert so
nothing is fetched from a CDN. A Plotly chart is Plotly's `FigureWidget`, which reports
selections as "points callback" messages. Either way the selection becomes the widget's value
in Streamlit's shape (`nbstate.api.chart_selection`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import ipywidgets as W

from ..api.chart_selection import plotly_state, vega_state
from ..tree import Element
from .base import WidgetView, set_traits

log = logging.getLogger("nbstate")

#: Milliseconds of calm after a selection gesture before the chart reports it (Streamlit's
#: frontend waits 150 ms too): a drag reports once, not at every mouse move.
_DEBOUNCE_MS = 150
_offline_tried = False


def _bundle_path() -> Path:
    """Where the offline bundle of this Altair and vl-convert is kept between kernels."""
    import altair
    import vl_convert

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    name = f"jupyterchart-altair{altair.__version__}-vlc{getattr(vl_convert, '__version__', 'unknown')}.js"
    return base / "nbstate" / name


def _enable_offline(chart_class: Any) -> None:
    """Altair's `enable_offline()`, whose bundling takes vl-convert about 15 s: its result is
    kept on disk, and later kernels set it as `enable_offline` does."""
    path = _bundle_path()
    if path.is_file():
        chart_class._esm = path.read_text()
        chart_class._is_offline = True
        return
    chart_class.enable_offline()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written aside, then renamed: a kernel starting meanwhile never reads half a bundle
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(chart_class._esm)
        partial.replace(path)
    except OSError:
        pass  # no cache: the next kernel bundles again


def jupyter_chart_class() -> Any:
    """Altair's JupyterChart, switched to its offline JavaScript bundle once (the first call
    may take vl-convert ~15 s; tests call it before AppTest's run timeout starts)."""
    global _offline_tried
    import altair as alt

    if not _offline_tried:
        _offline_tried = True
        try:
            _enable_offline(alt.JupyterChart)
        except Exception as exc:  # noqa: BLE001 - vl-convert missing: the CDN build works online
            log.warning(
                "nbstate: selecting charts load vega-embed from esm.sh, because Altair's offline "
                "bundle is unavailable (%s); pip install vl-convert-python to draw them offline",
                exc,
            )
    return alt.JupyterChart


def _point_list(value: Any) -> Any:
    """A Vega selection signal as Streamlit reports it: the points of a point selection (its
    ``vlPoint.or``), an interval's ``{field: [low, high]}``, ``{}`` when empty."""
    if isinstance(value, dict) and isinstance(value.get("vlPoint"), dict):
        if "or" in value["vlPoint"]:
            return value["vlPoint"]["or"]
    return value or {}


def _selection_type(select: Any) -> str:
    """JupyterChart's kind of a selection parameter: "interval" or "point" (never its "index"
    kind, whose parser needs Vega's internal point ids: the state comes from the signal)."""
    kind = select if isinstance(select, str) else dict(select).get("type")
    return "interval" if kind == "interval" else "point"


class VegaSelectionView(WidgetView):
    """st.altair_chart / st.vega_lite_chart with ``on_select``: an Altair `JupyterChart`."""

    value_trait = "_vl_selections"
    compare_with_shown = False

    def build(self, element: Element) -> W.Widget:
        chart = jupyter_chart_class()(None, debounce_wait=_DEBOUNCE_MS, max_wait=False)
        self._modes: tuple[str, ...] = ()
        return chart

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"spec": props["spec"]}

    def show(self, element: Element) -> None:
        modes = tuple(element.props["modes"])
        if modes != self._modes:
            types = element.props["types"]
            with self.widget.hold_sync():
                self.widget._selection_types = {m: _selection_type(types[m]) for m in modes}
                self.widget._vl_selections = {m: {"value": None, "store": []} for m in modes}
            self._modes = modes
        set_traits(self.widget, self.traits(element.props))
        self.props = element.props

    def _on_value(self, change: dict[str, Any]) -> None:
        # The chart reports every parameter when it is drawn: only a change is the user's.
        if self._applying or self.from_widget(change["new"]) == self.element.props.get("value"):
            return
        super()._on_value(change)

    def from_widget(self, value: Any) -> Any:
        modes = self.element.props["modes"]
        raw = value if isinstance(value, dict) else {}
        chosen = {
            name: _point_list((raw.get(name) or {}).get("value"))
            for name in modes
            if isinstance(raw.get(name), dict)
        }
        return vega_state(modes, chosen)

    def to_widget(self, value: Any) -> Any:
        """The JupyterChart selections that report `value` (a Streamlit selection state)."""
        selection = dict((value or {}).get("selection") or {})
        raw: dict[str, Any] = {}
        for name in self.element.props["modes"]:
            chosen = selection.get(name) or {}
            signal = {"vlPoint": {"or": list(chosen)}} if isinstance(chosen, list) else chosen
            raw[name] = {"value": signal or None, "store": []}
        return raw


def _plotly_event_state(message: Any, modes: tuple[str, ...]) -> Any:
    """The selection state a FigureWidget points-callback message reports, or None for an
    event that is not a selection (hover, click) or one of a mode the chart does not use."""
    if not isinstance(message, dict):
        return None
    event = message.get("event_type")
    if event == "plotly_deselect":
        return plotly_state()
    if event != "plotly_selected":
        return None
    points_data = message.get("points") or {}
    points = []
    for trace, index, x, y in zip(
        points_data.get("trace_indexes") or [],
        points_data.get("point_indexes") or [],
        points_data.get("xs") or [],
        points_data.get("ys") or [],
        strict=False,
    ):
        points.append(
            {"curve_number": trace, "point_number": index, "point_index": index, "x": x, "y": y}
        )
    indices = list(dict.fromkeys(point["point_index"] for point in points))  # first-seen order
    selector = message.get("selector") or {}
    state = selector.get("selector_state") or {}
    box, lasso = [], []
    if selector.get("type") == "box":
        box.append({"xref": "x", "yref": "y", "x": state.get("xrange"), "y": state.get("yrange")})
    elif selector.get("type") == "lasso":
        lasso.append({"xref": "x", "yref": "y", "x": state.get("xs"), "y": state.get("ys")})
    if (box and "box" not in modes) or (lasso and "lasso" not in modes):
        return None  # as Streamlit's frontend: a selection of a mode not asked for is dropped
    return plotly_state(points, indices, box, lasso)


def _selection_layout(modes: tuple[str, ...]) -> dict[str, Any]:
    """What lets the user select in Plotly: a click selects a point ("points"), a drag draws a
    box or a lasso (the first of the modes given), as in Streamlit."""
    layout: dict[str, Any] = {}
    if "points" in modes:
        layout["clickmode"] = "event+select"
    if "box" in modes:
        layout["dragmode"] = "select"
    elif "lasso" in modes:
        layout["dragmode"] = "lasso"
    return layout


class PlotlySelectionView(WidgetView):
    """st.plotly_chart with ``on_select``: Plotly's `FigureWidget`."""

    value_trait = "_js2py_pointsCallback"
    compare_with_shown = False

    def build(self, element: Element) -> W.Widget:
        import plotly.graph_objects as go

        props = element.props
        figure = dict(props["figure"])
        own = figure.get("layout") or {}
        extra = {k: v for k, v in _selection_layout(tuple(props["modes"])).items() if k not in own}
        figure["layout"] = {**own, **extra}
        widget = go.FigureWidget(figure)
        widget._config = dict(props.get("config") or {})
        return widget

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}  # a changed figure is another chart (its id holds the figure)

    def _on_value(self, change: dict[str, Any]) -> None:
        if self._applying:
            return
        state = _plotly_event_state(change["new"], tuple(self.element.props["modes"]))
        if state is None or state == self.element.props.get("value"):
            return
        if self.ignored_because_disabled():
            return
        self.props = None
        self.app.post_value(self.widget_id, state)

    def from_widget(self, value: Any) -> Any:
        return _plotly_event_state(value, tuple(self.element.props["modes"]))

    def to_widget(self, value: Any) -> Any:
        """The points-callback message a browser sends for `value` (a selection state)."""
        selection = dict((value or {}).get("selection") or {})
        points = list(selection.get("points") or [])
        if not points and not selection.get("box") and not selection.get("lasso"):
            return {"event_type": "plotly_deselect", "points": _columns([])}
        selector = None
        if selection.get("box"):
            box = selection["box"][0]
            state = {"xrange": box.get("x"), "yrange": box.get("y")}
            selector = {"type": "box", "selector_state": state}
        elif selection.get("lasso"):
            lasso = selection["lasso"][0]
            selector = {
                "type": "lasso",
                "selector_state": {"xs": lasso.get("x"), "ys": lasso.get("y")},
            }
        return {"event_type": "plotly_selected", "points": _columns(points), "selector": selector}


def _columns(points: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Points as FigureWidget sends them: one list per field."""
    return {
        "trace_indexes": [p.get("curve_number", 0) for p in points],
        "point_indexes": [p.get("point_index", p.get("point_number")) for p in points],
        "xs": [p.get("x") for p in points],
        "ys": [p.get("y") for p in points],
    }
