"""The view of a custom component instance (`st.components.v1.declare_component`): a
`ComponentHost` anywidget whose synced ``value`` is the value the component set."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..component_host import ComponentHost
from ..frontend_messages import is_event
from ..tree import Element
from .base import WidgetView
from .registry import shows


@shows("component_instance", lists=())
class ComponentView(WidgetView):
    """A custom component in its iframe; `streamlit:setComponentValue` reruns the app."""

    def build(self, element: Element) -> W.Widget:
        return ComponentHost(_dom_classes=("nbstate-element", "nbstate-component"))

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "value") and "value" in content

    def connect(self) -> None:
        super().connect()
        self.widget.on_msg(
            lambda _w, content, _b: (
                self._on_same_value(content["value"]) if self.accepts_custom(content) else None
            )
        )

    def _on_same_value(self, value: Any) -> None:
        """The component set a value again: Streamlit reruns the app for every value set."""
        if not self.ignored_because_disabled():
            self.app.post_value(self.widget_id, value)

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
