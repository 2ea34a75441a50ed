"""Views of embedded content: iframes, PDFs, Mermaid and Graphviz diagrams, skeletons, logos."""

from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as W

from ..component_host import SANDBOX
from ..tree import Element
from .base import View
from .registry import shows


def _length(value: Any, default: str) -> str:
    if isinstance(value, int):
        return f"{value}px"
    return "100%" if value == "stretch" else default


def embed_html(kind: str, props: dict[str, Any]) -> str:
    """The HTML that shows an embed element."""
    if kind == "iframe":
        source = (
            f'src="{escape(props["src"])}"'
            if props["src"] is not None
            else f'srcdoc="{escape(props["srcdoc"])}"'
        )
        tab = f' tabindex="{props["tab_index"]}"' if props.get("tab_index") is not None else ""
        title = f' title="{escape(props["alt"])}"' if props.get("alt") else ""
        if props.get("sandboxed"):  # st.components.v1.html/iframe: Streamlit's sandbox
            title += f' sandbox="{SANDBOX}"'
        if props.get("scrolling") is False:
            title += ' scrolling="no"'
        return (
            f'<iframe {source}{tab}{title} style="border:none;width:{_length(props["width"], "100%")};'
            f'height:{_length(props["height"], "150px")}"></iframe>'
        )
    if kind == "pdf":
        title = escape(props.get("alt") or "PDF document")
        return (
            f'<iframe src="{escape(props["src"])}" title="{title}" style="border:none;'
            f'width:100%;height:{_length(props["height"], "500px")}"></iframe>'
        )
    if kind == "skeleton":
        height = props["height"]
        return (
            '<div class="nbstate-skeleton" style="background:rgba(49,51,63,0.08);'
            f"border-radius:0.5rem;width:{_length(props['width'], '100%')};"
            f'height:{_length(height, "100%") if height is not None else "2.5rem"}"></div>'
        )
    if kind == "logo":
        heights = {"small": "1.25rem", "medium": "1.5rem", "large": "2rem"}
        image = f'<img src="{escape(props["src"])}" style="height:{heights[props["size"]]}">'
        if props.get("link"):
            image = f'<a href="{escape(props["link"])}" target="_blank">{image}</a>'
        return f'<div class="nbstate-logo">{image}</div>'
    # graphviz_chart
    if props["svg"] is not None:
        return f'<div class="nbstate-graphviz">{props["svg"]}</div>'
    return (
        '<div class="nbstate-graphviz"><pre><code>'
        f"{escape(props['dot'])}</code></pre><small>(Install the graphviz Python package and "
        "Graphviz's dot program to draw this graph.)</small></div>"
    )


@shows("iframe", "pdf", "skeleton", "graphviz_chart", "logo", lists=())
class EmbedView(View):
    """An iframe, a PDF, a skeleton, a Graphviz graph or a logo: one HTML widget."""

    def build(self, element: Element) -> W.Widget:
        return W.HTML(_dom_classes=("nbstate-element", f"nbstate-{element.kind}"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": embed_html(self.variant, props)}


@shows("mermaid_chart", lists="markdown", wrapper="MermaidChart")
class MermaidView(View):
    """st.mermaid_chart: Mermaid Markdown in an Output widget, which JupyterLab 4 draws."""

    def build(self, element: Element) -> W.Widget:
        return W.Output(_dom_classes=("nbstate-element", "nbstate-mermaid"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        output = {
            "output_type": "display_data",
            "data": {"text/markdown": props["body"], "text/plain": props["source"]},
            "metadata": {},
        }
        return {"outputs": (output,)}
