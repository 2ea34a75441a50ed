"""The view of `st.bind`: the user's own ipywidget."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..tree import Element
from .base import WidgetView
from .registry import shows


@shows("bound", lists=())
class BoundView(WidgetView):
    """st.bind: the user's own widget. nbstate syncs its value but never closes it."""

    compare_with_shown = False  # the user's code may set its traits too

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props["model_id"])

    def build(self, element: Element) -> W.Widget:
        return element.data

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits: dict[str, Any] = {"value": props["value"]}
        if self.widget.has_trait("disabled"):
            traits["disabled"] = bool(props.get("disabled"))
        return traits

    def guard(self) -> None:
        pass  # the user's own widget keeps its own message handling

    def close(self) -> None:
        self.widget.unobserve(self._on_value, names=self.value_trait)
