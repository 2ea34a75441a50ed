"""Route print() and display() output of a run into the app area, in order."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .run_context import RunContext
from .tree import Element


class _StreamToApp(io.TextIOBase):
    """A text stream whose writes become `stream` elements of the run in progress."""

    def __init__(self, ctx: RunContext, name: str) -> None:
        self._ctx = ctx
        self._name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            add_stream_text(self._ctx, self._name, text)
        return len(text)


def add_stream_text(ctx: RunContext, name: str, text: str) -> None:
    """Append printed `text` to the app area, merging with the text just before it."""
    children = ctx.container.children or []
    last = children[-1] if children else None
    if last is not None and last.kind == "stream" and last.props["name"] == name:
        text = last.props["text"] + text
        children.pop()
    ctx.add(
        Element(
            "stream",
            {
                "name": name,
                "text": text,
                "outputs": ({"output_type": "stream", "name": name, "text": text},),
            },
        )
    )


def add_display_data(ctx: RunContext, data: dict[str, Any], metadata: dict[str, Any]) -> None:
    """Append rich display data (what ``display(obj)`` publishes) to the app area."""
    output = {"output_type": "display_data", "data": data, "metadata": metadata or {}}
    ctx.add(Element("output", {"data": data, "outputs": (output,)}))


@contextmanager
def capture_output(ctx: RunContext) -> Iterator[None]:
    """Send stdout, stderr and IPython display() calls made in the block to `ctx`."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _StreamToApp(ctx, "stdout")
    sys.stderr = _StreamToApp(ctx, "stderr")
    shell = _ipython()
    publisher = getattr(shell, "display_pub", None)
    own = vars(publisher) if publisher is not None else {}
    had_own, previous = "publish" in own, own.get("publish")
    if publisher is not None:

        def publish(data: Any, metadata: Any = None, *args: Any, **kwargs: Any) -> None:
            add_display_data(ctx, data, metadata or {})

        publisher.publish = publish
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
        if publisher is not None:
            if had_own:
                publisher.publish = previous
            else:
                del publisher.publish


def _ipython() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency
        return None
    return get_ipython()
