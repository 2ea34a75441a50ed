"""st.help: an object's name, type, signature and docstring, as st.write shows functions,
classes and modules."""

from __future__ import annotations

import ast
import inspect
import linecache
import re
import sys
import types
from typing import Any

from ..layout import ElementHandle, add_element
from ..tree import Element

#: Objects st.write shows with st.help, as Streamlit does (classes and dataclasses too).
HELP_TYPES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)

_MEMORY_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$", re.DOTALL)
_PACKAGE = __name__.split(".")[0]
_VALUE_LIMIT = 300


def looks_like_memory_address(text: str) -> bool:
    """True for ``<foo object at 0x10ee6f9a0>``: a repr that tells nothing of the value."""
    return bool(_MEMORY_ADDRESS.match(text))


def help(  # noqa: A001 - st.help, as Streamlit names it
    obj: Any = sys.modules[_PACKAGE], *, width: Any = "stretch"
) -> ElementHandle:
    """Display what an object is: its name, type, signature or value, and its docstring.

    Without an argument, shows help for nbstate itself.
    """
    return add_help(obj)


def add_help(obj: Any) -> ElementHandle:
    """Add a help element for `obj`, named by the expression the script passed."""
    return add_element(Element("help_info", help_props(obj, _argument_source()), data=obj))


def help_props(obj: Any, name: str | None) -> dict[str, Any]:
    """What a help element shows of `obj`: name, type, value (a signature) and doc_string."""
    kind = "class" if inspect.isclass(obj) else type(obj).__name__
    value = _value(obj)
    if value == name:
        value = None  # `st.help(re)` need not say "re" twice
    return {"name": name, "type": kind, "value": value, "doc_string": _docstring(obj)}


def _docstring(obj: Any) -> str | None:
    doc = inspect.getdoc(obj)
    # An instance without a docstring of its own is described by its class's (not for
    # functions, modules and classes, whose missing docstring says nothing).
    if doc is None and not (
        inspect.isclass(obj)
        or inspect.ismodule(obj)
        or inspect.isfunction(obj)
        or inspect.ismethod(obj)
    ):
        doc = inspect.getdoc(type(obj))
    return doc.strip() if doc else None


def _value(obj: Any) -> str | None:
    """A readable value (a repr), or for functions, classes and opaque objects the dotted
    name and signature of the function or class."""
    if not (inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj)):
        text = repr(obj)
        if isinstance(obj, str) or not looks_like_memory_address(text):
            text = text.strip()
            return text if len(text) <= _VALUE_LIMIT else text[: _VALUE_LIMIT - 3] + "..."
    target = obj if getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) else None
    if target is None:
        target = type(obj)
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if not name:
        return None
    module = getattr(target, "__module__", None)
    return f"{module}.{name}{_signature(target)}" if module else f"{name}{_signature(target)}"


def _signature(obj: Any) -> str:
    if not (inspect.isclass(obj) or callable(obj)):
        return ""
    try:
        return str(inspect.signature(obj))
    except ValueError:
        return "(...)"  # some builtins cannot describe themselves
    except TypeError:
        return ""


def _argument_source() -> str | None:
    """The source of the argument of the st.help / st.write call (or bare expression) on
    the script line that is running, if that line is one such statement."""
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith(_PACKAGE + "."):
        frame = frame.f_back
    if frame is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
    try:
        tree = ast.parse(line)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    node = tree.body[0].value
    if not (isinstance(node, ast.Call) and ast.unparse(node.func).endswith(("help", "write"))):
        return line.removesuffix(",")  # magic: the bare expression
    if len(node.args) != 1:
        return None
    argument = node.args[0]
    if isinstance(argument, ast.NamedExpr):  # st.help(x := ...) is about x
        return ast.unparse(argument.target)
    if isinstance(argument, ast.Constant):  # st.help(123) has no name
        return None
    return ast.get_source_segment(line, argument)
