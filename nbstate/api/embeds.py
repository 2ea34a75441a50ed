"""Embedded content: st.iframe, st.pdf, st.mermaid_chart, st.graphviz_chart, st.skeleton and
st.logo (Streamlit 1.67)."""

from __future__ import annotations

import base64
import mimetypes
import shutil
from pathlib import Path
from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from ..layout import Container, empty
from ..run_context import current_context
from ..tree import Element
from .media import _source

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _check_size(name: str, what: str, value: Any, words: tuple[str, ...]) -> None:
    if not (_pixels(value) or value in words):
        raise NbStateValueError(
            f"st.{name} got {what}={value!r}; use {' or '.join(map(repr, words))} or a positive "
            "number of pixels (an int)."
        )


def iframe(
    src: str | Path,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> None:
    """Show a web page in a frame: a URL, a local HTML file (a `pathlib.Path`), or an HTML
    string. A URL's frame is 400 pixels high unless `height` says otherwise."""
    _check_size("iframe", "width", width, ("stretch", "content"))
    _check_size("iframe", "height", height, ("stretch", "content"))
    if tab_index is not None and (
        isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1
    ):
        raise NbStateValueError(
            f"st.iframe got tab_index={tab_index!r}; use None, -1 or a non-negative int."
        )
    src_url = srcdoc = None
    if isinstance(src, Path):
        if not src.is_file():
            raise NbStateAPIException(f"st.iframe got {src}: no such file.")
        if src.suffix.lower() in _HTML_SUFFIXES:
            srcdoc = src.read_text()
        else:
            mime = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
            src_url = f"data:{mime};base64,{base64.b64encode(src.read_bytes()).decode()}"
    elif not isinstance(src, str):
        raise NbStateAPIException(
            f"st.iframe got src={src!r}; give a URL, a pathlib.Path or an HTML string."
        )
    elif src.startswith(("http://", "https://", "data:", "/")):
        src_url = src
    else:
        srcdoc = src  # an HTML string (as Streamlit, a string path is not read)
    if src_url is not None and height == "content":
        height = 400  # a page from elsewhere cannot be measured
    props = {"src": src_url, "srcdoc": srcdoc, "width": width, "height": height, "alt": alt,
             "tab_index": tab_index}  # fmt: skip
    current_context().add(Element("iframe", props))


def pdf(
    data: Any, *, height: int | str = 500, key: str | None = None, alt: str | None = None
) -> None:
    """Show a PDF document: a URL, a file path, bytes or a file-like object."""
    _check_size("pdf", "height", height, ("stretch",))
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if text.startswith(("http://", "https://")):
            url = text
        else:
            try:
                content = Path(text).read_bytes()
            except OSError as error:
                raise NbStateAPIException(f"Unable to read file '{text}': {error}") from None
            url = "data:application/pdf;base64," + base64.b64encode(content).decode()
    elif isinstance(data, (bytes, bytearray)) or hasattr(data, "read"):
        url = _source(data, "pdf", fmt="application/pdf")
    else:
        raise NbStateAPIException(
            f"st.pdf got data of type {type(data).__name__}; give a URL or file path (str or "
            "Path), bytes, or a file-like object."
        )
    props = {"src": url, "height": height, "alt": alt}
    current_context().add(Element("pdf", props, key=None if key is None else str(key)))


def mermaid_chart(body: str, *, width: Any = "stretch", alt: str | None = None) -> None:
    """Draw a Mermaid diagram from its source (JupyterLab 4 renders Mermaid Markdown)."""
    source = str(body)
    current_context().add(
        Element("mermaid_chart", {"body": f"````mermaid\n{source}\n````", "source": source})
    )


def _dot_source(figure_or_dot: Any) -> str:
    if isinstance(figure_or_dot, str):
        return figure_or_dot
    source = getattr(figure_or_dot, "source", None)
    if isinstance(source, str):
        return source
    raise NbStateAPIException(
        f"st.graphviz_chart got a {type(figure_or_dot).__name__}; give a DOT string or a "
        "graphviz.Graph / graphviz.Digraph."
    )


def _svg(dot: str) -> str | None:
    """The graph drawn as SVG by Graphviz, or None when Graphviz is not installed."""
    try:
        import graphviz
    except ImportError:
        return None
    if shutil.which("dot") is None:
        return None
    svg: str = graphviz.Source(dot).pipe(format="svg", encoding="utf-8")
    return svg


def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "content",
    height: Any = "content",
    alt: str | None = None,
) -> None:
    """Draw a Graphviz graph (a DOT string or a graphviz object) as SVG.

    Drawing needs the `graphviz` Python package and Graphviz's `dot` program; without them
    the DOT source is shown, with a note saying so.
    """
    dot = _dot_source(figure_or_dot)
    current_context().add(Element("graphviz_chart", {"dot": dot, "svg": _svg(dot)}))


def skeleton(height: int | str | None = None, *, width: int | str = "stretch") -> Container:
    """A grey placeholder box; what is written to the returned placeholder replaces it."""
    if height is not None:
        _check_size("skeleton", "height", height, ("stretch",))
    _check_size("skeleton", "width", width, ("stretch",))
    slot = empty()
    with slot:
        current_context().add(Element("skeleton", {"height": height, "width": width}))
    return slot


def logo(
    image: Any,
    *,
    size: str = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show the app's logo at the top of its main area (`link`: where a click on it goes)."""
    if size not in ("small", "medium", "large"):
        raise NbStateValueError(f"st.logo got size={size!r}; use 'small', 'medium' or 'large'.")
    if link is not None and not str(link).startswith(("http://", "https://")):
        raise NbStateAPIException(
            f"st.logo got link={link!r}; the link must start with http:// or https://."
        )
    props = {"src": _source(image, "image"), "size": size, "link": link}
    ctx = current_context()
    ctx.main.children = [
        child for child in ctx.main.children or [] if child.kind != "logo"
    ]  # as in Streamlit, the last logo of a run is the one shown
    ctx.main.children.insert(0, Element("logo", props))
