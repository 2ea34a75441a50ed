"""The view of a custom component instance (`st.components.v1.declare_component`): a
`ComponentHost` anywidget whose synced ``value`` is the value the component set."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..component_host import ComponentHost
from ..tree import Element
from .base import WidgetView
from .registry import shows


@shows("component_instance", lists=())
class ComponentView(WidgetView):
    """A custom component in its iframe; `streamlit:setComponentValue` reruns the app."""

    def build(self, element: Element) -> W.Widget:
        return ComponentHost(_dom_classes=("nbstate-element", "nbstate-component"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "srcdoc": props["srcdoc"],
            "assets": list(props["assets"]),
            "url": props["url"],
            "args": props["args"],
            "bytes_args": props["bytes_args"],
            "theme": props["theme"],
            "tab_index": props["tab_index"],
            "disabled": bool(props.get("disabled")),
            "value": props["value"],
        }
