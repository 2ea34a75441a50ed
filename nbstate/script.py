"""An app's script: source code (a cell, a file, a string) or a Python function."""

from __future__ import annotations

import ast
import hashlib
import linecache
from collections.abc import Callable
from typing import Any

from . import options

MAGIC_NAME = "__nbstate_magic_write__"


def magic_write(*args: Any) -> Any:
    """What a bare expression in a script becomes: ``st.write`` that returns its argument."""
    from .api.text import write

    write(*args)
    return args[0] if len(args) == 1 else args


class _Magic(ast.NodeTransformer):
    """Streamlit "magic": turn bare expression statements into calls of st.write.

    Function calls, docstrings, ``yield`` and ``await`` are left alone, as in Streamlit.
    """

    def _body(self, body: list[ast.stmt], docstring_allowed: bool) -> None:
        for index, node in enumerate(body):
            if isinstance(node, ast.Expr):
                value = node.value
                if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
                    continue
                if (
                    docstring_allowed
                    and index == 0
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    continue
                args = value.elts if isinstance(value, ast.Tuple) else [value]
                call = ast.Call(ast.Name(MAGIC_NAME, ast.Load()), args, [])
                node.value = ast.copy_location(call, value)
            else:
                self.visit(node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if isinstance(node, ast.ClassDef):
            for inner in node.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self._body(inner.body, True)
            return node
        if isinstance(node, ast.ExceptHandler):
            self._body(node.body, False)
            return node
        if isinstance(node, ast.match_case):
            self._body(node.body, False)
            return node
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                self._body(block, isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))
        for handler in getattr(node, "handlers", ()):
            self.generic_visit(handler)
        for case in getattr(node, "cases", ()):
            self.generic_visit(case)
        return node


def compile_source(source: str, filename: str, magic: bool) -> Any:
    """Compile a script, applying magic when `magic` is true."""
    tree = ast.parse(source, filename)
    if magic:
        _Magic()._body(tree.body, True)
        ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")


class Script:
    """What an app runs: Python source, or a function called with fixed arguments."""

    def __init__(
        self,
        source: str | None = None,
        *,
        function: Callable[..., Any] | None = None,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        filename: str | None = None,
        header: str = "",
        globals_factory: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        if (source is None) == (function is None):
            raise ValueError("a Script needs either source or a function")
        self.function = function
        self.args = args
        self.kwargs = kwargs or {}
        self.globals_factory = globals_factory or (lambda: {})
        self._code: Any = None
        self._magic: bool | None = None
        self.source = ""
        self.filename = filename or "<nbstate app>"
        if source is not None:
            self.set_source(source, filename, header)

    def set_source(self, source: str, filename: str | None = None, header: str = "") -> None:
        """Replace the source (a re-executed cell); tracebacks will show its lines.

        `header` is text shown above the code but not run (a cell's ``%%rerun`` line), so
        that line numbers in tracebacks are those the user sees in the cell.
        """
        digest = hashlib.blake2b(source.encode(), digest_size=6).hexdigest()
        self.filename = filename or f"<nbstate app {digest}>"
        shown = header + source
        self.source = "\n" * header.count("\n") + source
        self._code = None
        linecache.cache[self.filename] = (
            len(shown),
            None,
            shown.splitlines(keepends=True),
            self.filename,
        )

    def execute(self) -> None:
        """Run the script once, in a fresh namespace."""
        if self.function is not None:
            self.function(*self.args, **self.kwargs)
            return
        magic = bool(options.get_option("runner.magicEnabled"))
        if self._code is None or self._magic != magic:
            self._code = compile_source(self.source, self.filename, magic)
            self._magic = magic
        namespace = dict(self.globals_factory())
        namespace["__name__"] = "__main__"
        namespace[MAGIC_NAME] = magic_write
        exec(self._code, namespace)
