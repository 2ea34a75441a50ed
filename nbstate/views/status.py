"""The view of `st.progress`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..api.sizes import css_size
from ..tree import Element
from .base import WIDE, View
from .registry import shows


@shows("progress", wrapper="Progress")
class ProgressView(View):
    """`st.progress`: a progress bar with its text as description."""

    def build(self, element: Element) -> W.Widget:
        return W.FloatProgress(
            min=0.0, max=1.0, style=WIDE, _dom_classes=("nbstate-element", "nbstate-progress")
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": props["value"], "description": props.get("body") or ""}

    def apply(self, element: Element) -> None:
        super().apply(element)
        width = css_size(element.props.get("width"))
        if self.widget.layout.width != (width or None) and (width or self.widget.layout.width):
            self.widget.layout.width = width or None
