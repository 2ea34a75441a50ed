"""HTML for display elements, rendered in the kernel so the page and the kernel agree."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

from .metric_text import format_number, sparkline_svg

_safe_md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_html_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@lru_cache(maxsize=4096)
def markdown_to_html(body: str, allow_html: bool = False) -> str:
    """Render Markdown `body` to HTML; raw HTML in it is escaped unless `allow_html`."""
    rendered: str = (_html_md if allow_html else _safe_md).render(body)
    return rendered


_ALERT_COLORS = {
    "success": ("#177233", "rgba(33, 195, 84, 0.1)"),
    "info": ("#0054a3", "rgba(28, 131, 225, 0.1)"),
    "warning": ("#926c05", "rgba(255, 193, 7, 0.15)"),
    "error": ("#7d353b", "rgba(255, 43, 43, 0.09)"),
    "exception": ("#7d353b", "rgba(255, 43, 43, 0.09)"),
}


def _alert(kind: str, inner: str) -> str:
    color, background = _ALERT_COLORS[kind]
    return (
        f'<div class="nbstate-{kind}" style="color:{color};background:{background};'
        f'padding:0.6em 1em;border-radius:0.5em;margin:0.2em 0">{inner}</div>'
    )


def element_html(kind: str, props: dict[str, Any]) -> str:
    """The HTML that shows a display element of this `kind` with these `props`."""
    body = props.get("body", "")
    allow_html = bool(props.get("unsafe_allow_html", False))
    if kind == "markdown":
        return markdown_to_html(body, allow_html)
    if kind in ("title", "header", "subheader"):
        tag = {"title": "h1", "header": "h2", "subheader": "h3"}[kind]
        inner = markdown_to_html(body).strip()
        if inner.startswith("<p>") and inner.endswith("</p>"):
            inner = inner[3:-4]
        icon = props.get("icon")
        if icon and not icon.startswith(":material/"):  # (no Material icon font here)
            inner = f"{html.escape(icon)} {inner}"
        return f"<{tag}>{inner}</{tag}>"
    if kind == "caption":
        inner = markdown_to_html(body, allow_html)
        return f'<div style="font-size:0.85em;opacity:0.65">{inner}</div>'
    if kind == "text":
        return f'<pre style="margin:0;white-space:pre-wrap">{html.escape(body)}</pre>'
    if kind == "code":
        style = "white-space:pre-wrap" if props.get("wrap_lines") else "overflow-x:auto"
        if props.get("height"):
            style += f";max-height:{props['height']}px;overflow-y:auto"
        return f'<pre style="{style}"><code>{html.escape(body)}</code></pre>'
    if kind == "json":
        text = json.dumps(props.get("body"), indent=2, default=str)
        return f"<pre><code>{html.escape(text)}</code></pre>"
    if kind in ("dataframe", "table"):
        height = props.get("height")
        style = f"max-height:{height}px;overflow:auto" if height else "overflow-x:auto"
        width = props.get("width")
        if type(width) is int:
            style += f";max-width:{width}px"
        elif width == "content":
            style += ";width:fit-content"
        alt = props.get("alt")
        label = f' role="region" aria-label="{html.escape(alt)}"' if alt else ""
        return f'<div class="nbstate-table" style="{style}"{label}>{props["html"]}</div>'
    if kind == "metric":
        delta = props.get("delta")
        number_format = props.get("format")
        body = format_number(body, number_format)
        extra = ""
        if delta is not None:
            negative = delta.strip().startswith("-")
            good = not negative if props.get("delta_color") != "inverse" else negative
            color = (
                "gray" if props.get("delta_color") == "off" else ("#09ab3b" if good else "#ff2b2b")
            )
            chosen = props.get("delta_arrow", "auto")
            arrow = {"up": "↑ ", "down": "↓ ", "off": ""}.get(chosen, "↓ " if negative else "↑ ")
            note = props.get("delta_description")
            note_html = f' <span style="color:gray">{html.escape(note)}</span>' if note else ""
            shown = format_number(delta.strip().lstrip("+-"), number_format)
            tone = "off" if props.get("delta_color") == "off" else ("good" if good else "bad")
            extra = (
                f'<div class="nbstate-metric-delta nbstate-metric-{tone}" style="color:{color}">'
                f"<span>{arrow}{html.escape(shown)}</span>{note_html}</div>"
            )
        if props.get("chart_data"):
            extra += sparkline_svg(props["chart_data"], props["chart_type"], "#29b5e8")
        border = "border:1px solid rgba(49,51,63,0.2);padding:0.5em;" if props.get("border") else ""
        if props.get("height"):
            border += f"height:{props['height']}px;overflow:auto;"
        icon = props.get("icon")
        label = html.escape(props["label"])
        if icon and not icon.startswith(":material/"):
            label = f"{html.escape(icon)} {label}"
        return (
            f'<div class="nbstate-metric" style="{border}">'
            f'<div class="nbstate-metric-label" style="font-size:0.875em">{label}</div>'
            f'<div class="nbstate-metric-value" style="font-size:2.25em;line-height:1.2">'
            f"{html.escape(body)}</div>{extra}</div>"
        )
    if kind == "help_info":
        return _help_html(props)
    if kind in ("image", "audio", "video", "html", "divider", "link_button"):
        markup: str = props["html"]
        return markup
    if kind == "toast":
        icon = html.escape(props.get("icon") or "")
        return (
            '<div class="nbstate-toast" style="display:inline-block;padding:0.4em 0.8em;'
            'border-radius:0.5em;box-shadow:0 2px 8px rgba(0,0,0,0.15)">'
            f"{icon} {html.escape(body)}</div>"
        )
    if kind == "spinner":
        return f'<span><i class="fa fa-spinner fa-spin"></i> {html.escape(body)}</span>'
    if kind == "exception":
        trace = html.escape("\n".join(props.get("stack_trace", ())))
        head = html.escape(f"{props.get('type', '')}: {props.get('message', '')}")
        return _alert(
            kind,
            f"<b>{head}</b><pre style='white-space:pre-wrap;margin:0.4em 0 0'>{trace}</pre>",
        )
    if kind in _ALERT_COLORS:
        icon = props.get("icon") or ""
        title = props.get("title")
        heading = f"<div><b>{_inline_markdown(str(title))}</b></div>" if title else ""
        return _alert(kind, f"{html.escape(icon)} {heading}{markdown_to_html(body)}")
    raise ValueError(f"no HTML for element kind {kind!r}")


def _inline_markdown(text: str) -> str:
    inner = markdown_to_html(text).strip()
    return inner[3:-4] if inner.startswith("<p>") and inner.endswith("</p>") else inner


def with_layout(markup: str, props: dict[str, Any]) -> str:
    """`markup` in a box that shows the element's `width`, `text_alignment` and `wrap` props
    (unchanged when it has none of them, or only their defaults)."""
    style = []
    width = props.get("width")
    if type(width) is int:
        style.append(f"max-width:{width}px")
    elif width == "content" and props.get("text_alignment") is not None:
        style.append("width:fit-content")
    alignment = props.get("text_alignment")
    if alignment not in (None, "left"):
        style.append(f"text-align:{alignment}")
    if props.get("wrap") is False:
        style.append("white-space:nowrap;overflow:hidden;text-overflow:ellipsis")
    if not style:
        return markup
    return f'<div style="{";".join(style)}">{markup}</div>'


def _help_html(props: dict[str, Any]) -> str:
    """An st.help box: name and type on top, then the signature or value, then the doc."""
    name = props.get("name")
    head = f"<b>{html.escape(name)}</b> " if name else ""
    head += f'<span style="opacity:0.65">{html.escape(props.get("type") or "")}</span>'
    parts = [f"<div>{head}</div>"]
    if props.get("value"):
        parts.append(
            f"<pre style='margin:0.3em 0'><code>{html.escape(props['value'])}</code></pre>"
        )
    if props.get("doc_string"):
        parts.append(
            f"<pre style='margin:0.3em 0;white-space:pre-wrap'>{html.escape(props['doc_string'])}"
            "</pre>"
        )
    return (
        '<div class="nbstate-help" style="border:1px solid rgba(49,51,63,0.2);'
        f'border-radius:0.5em;padding:0.5em 1em;margin:0.2em 0">{"".join(parts)}</div>'
    )
