"""st.echarts_chart's views: ipecharts' `EChartsRawWidget`, which draws an ECharts option with
the ECharts its JupyterLab extension bundles.

With ``on_select`` the view listens to ECharts' ``selectchanged`` and ``brushSelected``
events (ipecharts sends each event's parameters to the kernel) and turns them into
Streamlit's `EChartsState`: the union of clicked and brushed data indices per series, and the
brush areas.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W
import traitlets

from ..api.echarts import echarts_state, import_ipecharts
from ..frontend_messages import custom_message, guard_frontend_messages
from ..tree import Element
from .base import View, WidgetView, close_widget, set_traits
from .registry import shows

SELECT_EVENT = "selectchanged"
BRUSH_EVENT = "brushSelected"


def _css(size: Any) -> str:
    return f"{size}px" if type(size) is int else "100%"


def chart_widget(props: dict[str, Any]) -> W.Widget:
    """A new ipecharts widget drawing `props["option"]` with its renderer."""
    ipecharts = import_ipecharts()
    height = props["height"] if type(props["height"]) is int else 350  # see docs/parameters...
    return ipecharts.EChartsRawWidget(
        option=props["option"],
        renderer=props["renderer"],
        style={"width": _css(props["width"]), "height": f"{height}px"},
    )


def chart_traits(props: dict[str, Any]) -> dict[str, Any]:
    height = props["height"] if type(props["height"]) is int else 350
    return {
        "option": props["option"],
        "style": {"width": _css(props["width"]), "height": f"{height}px"},
    }


def boxed(view: Any, props: dict[str, Any]) -> W.Widget:
    """The chart in a box: ipecharts' view drops the `_dom_classes` of its own widget, and
    nbstate's classes (``nbstate-element``, ``nbstate-key-<key>``) must reach the page."""
    view.chart = chart_widget(props)
    guard_frontend_messages(view.chart, "an echarts_chart", view.accepts_custom)
    return W.Box([view.chart], _dom_classes=("nbstate-element", "nbstate-echarts_chart"))


def show_chart(view: Any, element: Element) -> None:
    """Set the traits of `element` on the chart (not on its box)."""
    traits = chart_traits(element.props)
    set_traits(view.chart, traits)
    view.shown_traits = traits
    view.props = element.props


class _BoxedChart:
    """What both echarts views do alike: the chart's traits, shown on the boxed chart, and
    the chart closed with its box."""

    chart: W.Widget

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return chart_traits(props)

    def show(self, element: Element) -> None:
        show_chart(self, element)

    def close(self) -> None:
        close_widget(self.chart)
        super().close()  # type: ignore[misc]


@shows("echarts_chart", lists=())
class EChartsView(_BoxedChart, View):
    """st.echarts_chart: an ipecharts widget (a new one when the renderer changes)."""

    chart: W.Widget

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props["renderer"], element.widget_id is not None)

    def build(self, element: Element) -> W.Widget:
        return boxed(self, element.props)

    def accepts_custom(self, content: Any) -> bool:
        return isinstance(content, dict) and content.get("action") == "widget_init"


def _group_key(group: Any) -> tuple[int, str] | None:
    if not isinstance(group, dict) or type(group.get("seriesIndex")) is not int:
        return None
    return group["seriesIndex"], str(group.get("dataType") or "main")


def _indices(group: dict[str, Any]) -> set[int]:
    found = group.get("dataIndex")
    found = found if isinstance(found, list) else [found]
    return {i for i in found if type(i) is int}


def _area_ok(area: Any) -> bool:
    """An area Streamlit reports: its type, and its range in data coordinates (a region that
    ECharts describes in pixels only cannot be mapped back to the data)."""
    return (
        isinstance(area, dict)
        and isinstance(area.get("brushType"), str)
        and isinstance(area.get("coordRange"), list)
    )


def _brushes(batch: list[Any]) -> list[dict[str, Any]]:
    """The batch's brushes by ``brushIndex``, keeping only data-coordinate areas; a brush
    left with none selects nothing (as Streamlit's frontend)."""
    kept = []
    for brush in batch:
        if isinstance(brush, dict):
            areas = [a for a in brush.get("areas") or [] if _area_ok(a)]
            selected = brush.get("selected") or [] if areas else []
            kept.append({**brush, "areas": areas, "selected": selected})
    return sorted(kept, key=lambda b: b.get("brushIndex") or 0)


def selection_of(native: list[Any], batch: list[Any], series: list[Any]) -> Any:
    """Streamlit's `EChartsState` from the last ``selectchanged`` groups (`native`) and the
    last ``brushSelected`` batch; `series` is each series' (id, name)."""
    brushes = _brushes(batch)
    chosen: dict[tuple[int, str], set[int]] = {}
    for group in [*native, *(g for brush in brushes for g in brush["selected"])]:
        key = _group_key(group)
        if key is not None:
            chosen.setdefault(key, set()).update(_indices(group))
    selected = []
    order = {"main": 0, "node": 1, "edge": 2}  # Streamlit's order within a series
    ranked = sorted(chosen.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 3), kv[0][1]))
    for (index, data_type), indices in ranked:
        if not indices:
            continue  # ECharts lists every series; Streamlit omits the empty ones
        series_id, name = series[index] if index < len(series) else (None, None)
        selected.append(
            {
                "series_index": index,
                "series_id": series_id,
                "series_name": name,
                "data_type": data_type,
                "data_indices": sorted(indices),
            }
        )
    areas = [
        {
            "brush_index": brush.get("brushIndex") or 0,
            "brush_type": area["brushType"],
            "coord_range": area["coordRange"],
        }
        for brush in brushes
        for area in brush["areas"]
    ]
    return echarts_state(selected, areas)


class EChartsSelectionView(_BoxedChart, WidgetView):
    """st.echarts_chart with ``on_select``: its value follows ECharts' selection events."""

    value_trait = "nbstate_selection"
    chart: W.Widget
    compare_with_shown = False

    @staticmethod
    def variant_of(element: Element) -> Any:
        return EChartsView.variant_of(element)

    def build(self, element: Element) -> W.Widget:
        box = boxed(self, element.props)
        # not synced: set from the chart's events below; WidgetView observes it
        box.add_traits(nbstate_selection=traitlets.Any(None))
        self._native: list[Any] = []
        self._batch: list[Any] = []
        self.chart.on(SELECT_EVENT, None, self._on_select)
        self.chart.on(BRUSH_EVENT, None, self._on_brush)
        return box

    def accepts_custom(self, content: Any) -> bool:
        if not isinstance(content, dict):
            return False
        if content.get("action") == "widget_init":
            return True
        payload = content.get("payload")
        return content.get("action") == "event_handler_params" and isinstance(payload, dict)

    def _on_select(self, params: Any) -> None:
        if isinstance(params, dict) and isinstance(params.get("selected"), list):
            self._native = params["selected"]
            self._report()

    def _on_brush(self, params: Any) -> None:
        if isinstance(params, dict) and isinstance(params.get("batch"), list):
            self._batch = params["batch"]
            self._report()

    def _report(self) -> None:
        state = selection_of(self._native, self._batch, list(self.element.props["series"]))
        if state != self.element.props.get("value"):
            self.widget.nbstate_selection = state

    def _on_value(self, change: dict[str, Any]) -> None:
        if change["new"] is not None:
            super()._on_value(change)

    def simulate_user_value(self, value: Any) -> None:
        """Deliver `value` as the page would: ECharts' events through ipecharts' messages."""
        widget = self.chart
        if not widget._widget_initialized:
            widget._handle_msg(custom_message({"action": "widget_init"}))
        selection = dict((value or {}).get("selection") or {})
        native = [
            {"seriesIndex": g["series_index"], "dataIndex": list(g["data_indices"]),
             "dataType": g.get("data_type", "main")}
            for g in selection.get("selected") or []
        ]  # fmt: skip
        batch: dict[int, list[Any]] = {}
        for area in selection.get("areas") or []:
            batch.setdefault(area.get("brush_index", 0), []).append(
                {"brushType": area.get("brush_type"), "coordRange": area.get("coord_range")}
            )
        brushes = [{"brushIndex": i, "areas": areas} for i, areas in sorted(batch.items())]
        events = [(SELECT_EVENT, {"type": "selectchanged", "selected": native})]
        if brushes or self._batch:
            events.append((BRUSH_EVENT, {"type": "brushselected", "batch": brushes}))
        for event, params in events:
            for handler_id in widget._event_handlers.get(event, {}):
                payload = {"event": event, "handlerId": handler_id, "params": params}
                widget._handle_msg(
                    custom_message({"action": "event_handler_params", "payload": payload})
                )
