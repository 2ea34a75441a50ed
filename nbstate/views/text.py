"""Views of text and display elements: Markdown and alerts as HTML, LaTeX, rich output."""

from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as W

from ..markup import element_html, markdown_to_html, with_layout
from ..tree import Element
from .base import View
from .registry import shows


@shows("markdown", "caption", wrapper="Markdown")
@shows("title", "header", "subheader", wrapper="Heading")
@shows("text", wrapper="Text")
@shows("code", wrapper="Code")
@shows("json", wrapper="Json")
@shows("success", "info", "warning", "error", wrapper="Alert")
@shows("toast", wrapper="Toast")
@shows("metric", wrapper="Metric")
@shows("table", "image")
@shows("help_info", lists="help", wrapper="Help")
@shows("html", wrapper="Html")
@shows("divider", wrapper="Divider")
@shows("link_button", wrapper="LinkButton")
@shows("exception", wrapper="ExceptionElement")
@shows("spinner", "audio", "video", lists=())
class HTMLView(View):
    """Markdown, headings, text, alerts and exceptions: one HTML widget."""

    def build(self, element: Element) -> W.Widget:
        return W.HTML(_dom_classes=("nbstate-element", f"nbstate-{element.kind}"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": with_layout(element_html(self.variant, props), props)}


@shows("latex", wrapper="Latex")
class LatexView(View):
    """st.latex: HTMLMath, which the notebook renders with MathJax."""

    def build(self, element: Element) -> W.Widget:
        return W.HTMLMath(_dom_classes=("nbstate-element", "nbstate-latex"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": with_layout(f"$${props['body']}$$", props)}


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


#: Text and background of each badge color (an unknown color is shown gray).
_BADGE_STYLES = {
    "red": ("#bd4043", "rgba(255, 75, 75, 0.1)"),
    "orange": ("#e2660c", "rgba(255, 164, 33, 0.1)"),
    "yellow": ("#926c05", "rgba(255, 255, 18, 0.1)"),
    "blue": ("#0054a3", "rgba(28, 131, 225, 0.1)"),
    "green": ("#158237", "rgba(33, 195, 84, 0.1)"),
    "violet": ("#583f84", "rgba(128, 61, 245, 0.1)"),
    "gray": ("#31333f", "rgba(49, 51, 63, 0.1)"),
    "grey": ("#31333f", "rgba(49, 51, 63, 0.1)"),
    "primary": ("#ff4b4b", "rgba(255, 75, 75, 0.1)"),
}


@shows("badge", lists="markdown")
class BadgeView(View):
    """st.badge: a colored label (an HTML widget); its label may hold inline Markdown."""

    def build(self, element: Element) -> W.Widget:
        return W.HTML(_dom_classes=("nbstate-element", "nbstate-badge"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        color, background = _BADGE_STYLES.get(props["color"], _BADGE_STYLES["gray"])
        label = markdown_to_html(props["label"]).strip()
        if label.startswith("<p>") and label.endswith("</p>"):
            label = label[3:-4]
        icon = props["icon"] or ""
        if icon.startswith(":material/"):
            icon = ""  # no Material Symbols font in a notebook page
        width = props["width"]
        size = {"content": "display:inline-block", "stretch": "display:block"}.get(
            width, f"display:inline-block;width:{width}px"
        )
        title = f' title="{escape(props["help"])}"' if props.get("help") else ""
        return {
            "value": (
                f'<span class="nbstate-badge-{escape(props["color"])}"{title} style="{size};'
                f"color:{color};background:{background};border-radius:0.5em;"
                f'padding:0 0.5em;font-size:0.875em;line-height:1.6">'
                f"{escape(icon) + ' ' if icon else ''}{label}</span>"
            )
        }
