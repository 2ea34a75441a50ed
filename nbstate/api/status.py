"""Progress and activity: st.spinner and st.progress, shown while a run is still going."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from numbers import Real
from typing import Any

from ..errors import NbStateAPIException
from ..layout import ElementHandle, add_element
from ..run_context import SLOT, current_context
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


def progress(value: Any, text: str | None = None, width: Any = "stretch") -> ElementHandle:
    """Display a progress bar at `value` (0-100, or 0.0-1.0).

    `width` is "stretch" (the container's width) or a number of pixels. Returns its handle:
    ``bar.progress(80)`` moves the bar, ``bar.empty()`` removes it.
    """
    ctx = current_context()
    moved = ctx.container.kind == SLOT
    props = {"value": _fraction(value), "body": text or ""}
    if check_width(width) != "stretch":
        props["width"] = width
    handle = add_element(Element("progress", props))
    if moved:
        ctx.flush()  # a bar moved as work goes on is shown at once
    return handle
