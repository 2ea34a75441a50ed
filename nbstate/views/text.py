"""Views of text and display elements: Markdown and alerts as HTML, LaTeX, rich output."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import ipywidgets as W

from ..markup import element_html
from ..tree import Element
from .base import View
from .registry import shows

if TYPE_CHECKING:
    pass

log = logging.getLogger("nbstate")


@shows(
    "markdown",
    "title",
    "header",
    "subheader",
    "caption",
    "text",
    "code",
    "json",
    "success",
    "info",
    "warning",
    "error",
    "dataframe",
    "table",
    "metric",
    "toast",
    "image",
)
@shows("exception", wrapper="ExceptionElement")
@shows("spinner", "audio", "video", "html", lists=())
class HTMLView(View):
    """Markdown, headings, text, alerts and exceptions: one HTML widget."""

    def build(self, element: Element) -> W.Widget:
        return W.HTML(_dom_classes=("nbstate-element", f"nbstate-{element.kind}"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": element_html(self.variant, props)}


@shows("latex")
class LatexView(View):
    """st.latex: HTMLMath, which the notebook renders with MathJax."""

    def build(self, element: Element) -> W.Widget:
        return W.HTMLMath(_dom_classes=("nbstate-element", "nbstate-latex"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": f"$${props['body']}$$"}


@shows(
    "output",
    "stream",
    "pyplot",
    "altair_chart",
    "vega_lite_chart",
    "plotly_chart",
    "line_chart",
    "bar_chart",
    "area_chart",
    "scatter_chart",
    lists=(),
)
class OutputView(View):
    """Printed text and rich display data (DataFrames, figures...): an Output widget."""

    @staticmethod
    def variant_of(element: Element) -> Any:
        return "output"

    def build(self, element: Element) -> W.Widget:
        return W.Output(_dom_classes=("nbstate-element", "nbstate-output"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"outputs": props["outputs"]}
