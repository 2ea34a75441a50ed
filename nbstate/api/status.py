"""Progress and activity: st.spinner and st.progress, shown while a run is still going."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from numbers import Real
from typing import Any

from ..errors import NbStateAPIException
from ..run_context import current_context
from ..tree import Element
from .sizes import check_width


@contextmanager
def spinner(
    text: str = "In progress...",
    *,
    show_time: bool = False,
    _cache: bool = False,
    width: Any = "content",
) -> Iterator[None]:
    """Show `text` with a spinning icon while the ``with`` block runs, also in a callback."""
    ctx = current_context()
    container = ctx.container
    width = check_width(width, allow_content=True)
    element = ctx.add(Element("spinner", {"body": str(text), "width": width}))
    ctx.flush()
    try:
        yield
    finally:
        if element in (container.children or []):
            container.children.remove(element)  # type: ignore[union-attr]
        ctx.flush()


def _fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise NbStateAPIException(
            f"st.progress got {value!r}; give an int from 0 to 100 or a float from 0.0 to 1.0."
        )
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise NbStateAPIException(
                f"st.progress got {value}; an int value must be from 0 to 100."
            )
        return value / 100
    if not 0.0 <= value <= 1.0:  # type: ignore[operator]
        raise NbStateAPIException(
            f"st.progress got {value}; a float value must be from 0.0 to 1.0."
        )
    return float(value)


class Progress:
    """A progress bar; call `.progress(value, text)` to move it as work goes on."""

    def __init__(self, element: Element) -> None:
        self._element = element

    def progress(self, value: Any, text: str | None = None) -> Progress:
        """Set the bar to `value` (0-100 or 0.0-1.0) and its text, and show it at once."""
        body = "" if text is None else text
        props = {"value": _fraction(value), "body": body}
        if "width" in self._element.props:
            props["width"] = self._element.props["width"]
        self._element.props = props
        current_context().flush()
        return self

    def empty(self) -> None:
        """Hide the bar."""
        self._element.props = {**self._element.props, "hidden": True}
        current_context().flush()


def progress(value: Any, text: str | None = None, width: Any = "stretch") -> Progress:
    """Display a progress bar at `value` (0-100, or 0.0-1.0); returns it, to update later.

    `width` is "stretch" (the container's width) or a number of pixels.
    """
    ctx = current_context()
    props = {"value": _fraction(value), "body": text or ""}
    if check_width(width) != "stretch":
        props["width"] = width
    element = ctx.add(Element("progress", props))
    return Progress(element)
