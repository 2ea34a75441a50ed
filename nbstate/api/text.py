"""Text and status elements: write, markdown, headings, captions, alerts, exceptions."""

from __future__ import annotations

import dataclasses
import inspect
import os
import re
import textwrap
import traceback
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any

from ..capture import add_display_data
from ..errors import NbStateAPIException
from ..layout import ElementHandle, add_element
from ..run_context import current_context
from ..tree import Element
from .help import HELP_TYPES, add_help, looks_like_memory_address
from .icons import check_icon
from .sizes import check_height, check_width
from .text_layout import text_layout

#: The nbstate package: its frames are left out of the tracebacks an app shows.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _add(kind: str, **props: Any) -> ElementHandle:
    return add_element(Element(kind, props))


def clean_text(body: Any) -> str:
    """`body` as text, dedented and stripped, as Streamlit shows the body of a text element
    (so an indented triple-quoted string is not a Markdown code block)."""
    return textwrap.dedent(str(body)).strip()


def markdown(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "auto",
    text_alignment: str = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` formatted as Markdown.

    Raw HTML in `body` is escaped unless `unsafe_allow_html` is true. `width`,
    `text_alignment` and `wrap` lay the text out as in Streamlit.
    """
    layout = text_layout(width, text_alignment, wrap, allow_auto=True)
    return _add(
        "markdown",
        body=clean_text(body),
        unsafe_allow_html=bool(unsafe_allow_html),
        help=help,
        **layout,
    )


def title(
    body: Any,
    anchor: str | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` as the title of the app (a level-1 heading), after its `icon`."""
    layout = text_layout(width, text_alignment, wrap)
    return _add(
        "title", body=clean_text(body), anchor=anchor, help=help, icon=_heading_icon(icon), **layout
    )


def header(
    body: Any,
    anchor: str | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: Any = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` as a header (a level-2 heading), after its `icon`."""
    layout = text_layout(width, text_alignment, wrap)
    icon = _heading_icon(icon)
    return _add(
        "header",
        body=clean_text(body),
        anchor=anchor,
        help=help,
        divider=divider,
        icon=icon,
        **layout,
    )


def subheader(
    body: Any,
    anchor: str | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: Any = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` as a subheader (a level-3 heading), after its `icon`."""
    layout = text_layout(width, text_alignment, wrap)
    icon = _heading_icon(icon)
    return _add(
        "subheader",
        body=clean_text(body),
        anchor=anchor,
        help=help,
        divider=divider,
        icon=icon,
        **layout,
    )


def caption(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` in small, muted text, for footnotes and side remarks."""
    layout = text_layout(width, text_alignment, wrap)
    return _add(
        "caption",
        body=clean_text(body),
        unsafe_allow_html=bool(unsafe_allow_html),
        help=help,
        **layout,
    )


def text(
    body: Any,
    *,
    help: str | None = None,
    width: Any = "content",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display `body` as fixed-width text, without Markdown formatting."""
    return _add(
        "text", body=clean_text(body), help=help, **text_layout(width, text_alignment, wrap)
    )


def code(
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = "content",
    width: Any = "stretch",
) -> ElementHandle:
    """Display `body` as a block of code (AppTest reports `line_numbers`; the page has none).

    Long lines scroll sideways unless `wrap_lines`; a `height` in pixels scrolls the block.
    """
    check_width(width)
    if height is not None:
        check_height(height, allow_content=True)
    return _add(
        "code",
        body=str(body),
        language=language,
        line_numbers=bool(line_numbers),
        wrap_lines=bool(wrap_lines),
        height=height if type(height) is int else None,
        width=width,
    )


def json(body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> ElementHandle:
    """Display `body` (a dict, list or JSON string) as pretty-printed JSON."""
    if isinstance(body, str):
        import json as _json

        try:
            body = _json.loads(body)
        except ValueError:
            pass
    elif _is_nbstate_mapping(body):
        # a mapping may show less than its dict (st.user hides its tokens' values)
        shown = getattr(type(body), "_shown_as_json", None)
        body = shown(body) if shown is not None else body.to_dict()
    elif isinstance(body, tuple) and hasattr(body, "_asdict"):
        body = body._asdict()
    elif isinstance(body, (types.MappingProxyType, UserDict, ChainMap)):
        body = dict(body)
    elif isinstance(body, (map, enumerate, UserList, ItemsView, KeysView, ValuesView)):
        body = list(body)
    return _add("json", body=body, expanded=expanded, width=check_width(width))


def success(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a green success message, under its bold `title` if one is given."""
    return _alert("success", body, icon, width, title)


def info(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a blue informational message, under its bold `title` if one is given."""
    return _alert("info", body, icon, width, title)


def warning(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a yellow warning message, under its bold `title` if one is given."""
    return _alert("warning", body, icon, width, title)


def error(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a red error message, under its bold `title` if one is given."""
    return _alert("error", body, icon, width, title)


def _alert(kind: str, body: Any, icon: str | None, width: Any, title: Any) -> ElementHandle:
    title = None if title is None else str(title)
    return _add(kind, body=clean_text(body), icon=icon, width=check_width(width), title=title)


def _heading_icon(icon: Any) -> str | None:
    return None if icon is None else _badge_icon(icon) or None


def exception_element(exc: BaseException) -> Element:
    """An exception element: the error's type, message and the traceback of the user's code."""
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR)
    ]
    lines = ["Traceback (most recent call last):"]
    lines += "".join(traceback.format_list(frames)).rstrip("\n").split("\n") if frames else []
    lines += traceback.format_exception_only(type(exc), exc)[-1].rstrip("\n").split("\n")
    message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
    return Element(
        "exception",
        {"type": type(exc).__name__, "message": str(message), "stack_trace": tuple(lines)},
    )


def exception(exception: BaseException, width: Any = "stretch") -> ElementHandle:
    """Display an exception: its type, message and traceback."""
    element = exception_element(exception)
    element.props["width"] = check_width(width)
    return add_element(element)


def _rich(obj: Any) -> bool:
    """Display `obj` through its Jupyter rich representation; False if it has none."""
    from IPython.core.formatters import DisplayFormatter

    try:
        from IPython import get_ipython

        shell = get_ipython()
        formatter = shell.display_formatter if shell is not None else DisplayFormatter()
        data, metadata = formatter.format(obj)
    except Exception:
        return False
    if set(data) <= {"text/plain"}:
        return False
    add_display_data(current_context(), data, metadata)
    return True


def _backticks(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


class StreamingOutput(list):
    """What `write_stream` returns when it wrote more than text: the texts and objects it
    wrote, in order; `write` writes them again the same way."""


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument to the app in the way that suits it, as Streamlit's `st.write`.

    Strings are Markdown (consecutive strings are joined with spaces into one paragraph);
    exceptions are shown as errors; dicts and lists as JSON; objects with a Jupyter rich
    representation (DataFrames, figures, HTML objects...) as Jupyter shows them; anything
    else as its ``str()`` in code style.
    """
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        if isinstance(arg, StreamingOutput):  # what st.write_stream returned: write it again
            flush()
            for item in arg:
                if callable(item):
                    item()
                else:
                    write(item, unsafe_allow_html=unsafe_allow_html)
            continue
        if isinstance(arg, BaseException):
            flush()
            exception(arg)
        elif _is_dataframe_like(arg):
            from .dataframe import dataframe

            flush()
            dataframe(arg)
        elif _type_name(arg) == "matplotlib.figure.Figure":
            from .data import pyplot

            flush()
            pyplot(arg)
        elif (
            isinstance(arg, _JSON_TYPES)
            or _is_nbstate_mapping(arg)
            or (isinstance(arg, tuple) and hasattr(arg, "_fields"))
        ):
            flush()
            json(arg)
        elif _is_stream(arg):
            flush()
            write_stream(arg)
        elif isinstance(arg, HELP_TYPES) or inspect.isclass(arg) or dataclasses.is_dataclass(arg):
            flush()
            add_help(arg)
        elif _has_rich_repr(arg):
            flush()
            if not _rich(arg):
                buffer.append(_backticks(str(arg)))
        else:
            shown = str(arg)
            if looks_like_memory_address(shown):
                flush()
                add_help(arg)  # its str() says nothing: show what it is instead
            else:
                buffer.append(_backticks(shown))
    flush()


#: What st.write shows as JSON, besides named tuples and nbstate's own mappings.
_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)


def _is_nbstate_mapping(obj: Any) -> bool:
    """st.session_state and nbstate's other dict-like objects, shown as their dict."""
    return (
        isinstance(obj, Mapping)
        and type(obj).__module__.split(".")[0] == "nbstate"
        and callable(getattr(obj, "to_dict", None))
    )


def _is_stream(obj: Any) -> bool:
    return (
        inspect.isgenerator(obj)
        or inspect.isgeneratorfunction(obj)
        or inspect.isasyncgen(obj)
        or inspect.isasyncgenfunction(obj)
    )


def _type_name(obj: Any) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _is_dataframe_like(obj: Any) -> bool:
    """DataFrames, Series, numpy arrays and the like, which Streamlit shows with st.dataframe."""
    name = _type_name(obj)
    return (
        name.startswith(("pandas.", "polars.", "pyarrow."))
        and hasattr(obj, "shape")
        or (name == "numpy.ndarray")
    )


def _has_rich_repr(obj: Any) -> bool:
    names = ("_repr_mimebundle_", "_repr_html_", "_repr_png_", "_repr_svg_", "_repr_latex_")
    if any(callable(getattr(obj, name, None)) for name in names):
        return True
    module = type(obj).__module__ or ""
    return module.startswith(("matplotlib", "pandas", "PIL"))


def html(
    body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False
) -> ElementHandle:
    """Insert raw HTML into the app (it is not sanitized: only use HTML you trust).

    Its scripts never run (see docs/parameters-without-effect.md), whatever
    `unsafe_allow_javascript` says.
    """
    return _add("html", html=str(body))


def divider(*, width: Any = "stretch") -> ElementHandle:
    """Display a horizontal rule."""
    return _add("divider", html='<hr style="margin:0.6em 0">')


#: Badge colors Streamlit 1.67 names (it passes any other name on, as nbstate does).
BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
_badge_icon = check_icon


def badge(
    label: str,
    *,
    icon: str | None = None,
    color: str = "blue",
    width: Any = "content",
    help: str | None = None,
) -> ElementHandle:
    """Display a small colored badge with an optional icon, as Streamlit's ``:color-badge[]``.

    AppTest lists it with the Markdown elements (``at.markdown``), its value being that
    directive (``":blue-badge[Home]"``), as Streamlit's AppTest does.
    """
    if not isinstance(label, str):
        raise NbStateAPIException(
            f"st.badge got label={label!r} (of type {type(label).__name__}); give a str."
        )
    checked_icon = _badge_icon(icon) if icon is not None else None
    check_width(width, allow_content=True)
    escaped = label.replace("[", "\\[").replace("]", "\\]")
    prefix = f"{checked_icon} " if checked_icon else ""
    return _add(
        "badge",
        body=f":{color}-badge[{prefix}{escaped}]",
        label=label,
        icon=checked_icon,
        color=str(color),
        width=width,
        help=help,
    )


def latex(body: Any, *, help: str | None = None, width: Any = "stretch") -> ElementHandle:
    """Display a mathematical expression written in LaTeX (rendered by MathJax)."""
    return _add(
        "latex", body=clean_text(body).strip("$"), width=check_width(width, allow_content=True)
    )


def write_stream(stream: Any, *, cursor: str | None = None) -> list[Any] | str:
    """Write the chunks of `stream` (a generator, generator function, async generator or
    iterable) to the app one after the other, as Streamlit's `st.write_stream`.

    Consecutive text chunks grow one Markdown element (with `cursor` after the text while it
    streams); any other chunk ends that element and is written with `st.write`, and a callable
    chunk is called. Returns the whole text when only text was streamed ("" for nothing),
    otherwise the list of what was written (texts and objects), which `st.write` accepts.
    """
    if isinstance(stream, str) or _is_dataframe_like(stream):
        raise NbStateAPIException(
            f"Invalid `stream` type. Expected one of: generator, stream-like object. Provided "
            f"type: {type(stream).__name__}. Please use `st.write` instead for this data type."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync_chunks(stream)
    try:
        chunks = iter(stream)
    except TypeError:
        raise NbStateAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure "
            "that it is a generator, generator function or iterable."
        ) from None
    ctx = current_context()
    written: list[Any] = []  # texts and objects, in order
    element: Element | None = None
    text = ""

    def end_text() -> None:
        nonlocal element, text
        if element is not None:
            element.props = {"body": clean_text(text), "unsafe_allow_html": False}
            written.append(text)
        element, text = None, ""

    for chunk in chunks:
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = element is None
            if first:
                element = ctx.add(Element("markdown", {"body": "", "unsafe_allow_html": False}))
            text += chunk
            shown = text if first or not cursor else text + cursor
            element.props = {"body": clean_text(shown), "unsafe_allow_html": False}  # type: ignore[union-attr]
            ctx.flush()
        elif callable(chunk):
            end_text()
            chunk()
        else:
            end_text()
            write(chunk)
            written.append(chunk)
    end_text()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return StreamingOutput(written)


def _sync_chunks(chunks: Any) -> Iterator[Any]:
    """The items of an async generator, each awaited on an event loop in a helper thread
    (the kernel's own loop may be running in this thread)."""
    import asyncio
    import threading

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        while True:
            try:
                yield asyncio.run_coroutine_threadsafe(chunks.__anext__(), loop).result()
            except StopAsyncIteration:
                return
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()
