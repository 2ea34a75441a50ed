"""st.echo: show the code of a ``with`` block, and run it."""

from __future__ import annotations

import ast
import linecache
import sys
import textwrap
from typing import Any

from ..errors import NbStateValueError
from ..layout import Container, empty
from .text import code, warning


def block_source(filename: str, line: int) -> str | None:
    """The source of the body of the ``with`` statement at `line` of `filename`, dedented
    (None when the source cannot be found)."""
    lines = linecache.getlines(filename)
    try:
        tree = ast.parse("".join(lines))
    except (SyntaxError, ValueError):
        return None
    found = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.body:
            if node.lineno <= line < node.body[0].lineno:
                if found is None or node.lineno > found.lineno:
                    found = node  # the innermost
    if found is None:
        return None
    first = found.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    return textwrap.dedent("".join(lines[start - 1 : found.end_lineno])).strip()


class echo:  # noqa: N801 - used like Streamlit's function: `with st.echo():`
    """Use in a ``with`` statement: run the block, then show its code above (the default)
    or below what it displayed. Nothing is shown if the block raises."""

    def __init__(self, code_location: str = "above") -> None:
        if code_location not in ("above", "below"):
            raise NbStateValueError(
                f"st.echo got code_location={code_location!r}; use 'above' or 'below'."
            )
        self.code_location = code_location
        self.source: str | None = None
        self.placeholder: Container | None = None

    def __enter__(self) -> None:
        caller = sys._getframe(1)
        self.source = block_source(caller.f_code.co_filename, caller.f_lineno)
        if self.code_location == "above":
            self.placeholder = empty()

    def __exit__(self, *exc_info: Any) -> None:
        if exc_info[0] is not None:
            return
        where = self.placeholder
        show = where.code if where is not None else code
        if self.source is None:
            alert = where.warning if where is not None else warning
            alert("Unable to display code: its source is not available.")
        else:
            show(self.source, "python")
