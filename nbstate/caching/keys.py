"""Cache keys: one per function (its name and source) and one per call (its arguments)."""

from __future__ import annotations

import inspect
import marshal
from collections.abc import Callable
from typing import Any

from ..errors import NbStateUnhashableParamError, NbStateUserHashError
from .hashing import (
    Hasher,
    HashFuncs,
    UnhashableTypeError,
    UserHashFuncError,
    new_hasher,
    type_name,
)


def function_key(func: Callable[..., Any]) -> str:
    """The key of a function's cache: its module, qualified name and source code.

    Editing the function (its body, its decorator line) gives a new key, so the values it
    cached before are not used. When the source cannot be found, the bytecode is used.
    """
    hasher = new_hasher()
    hasher.update(f"{func.__module__}.{func.__qualname__}".encode())
    try:
        hasher.update(inspect.getsource(func).encode())
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        hasher.update(marshal.dumps(code) if code is not None else repr(func).encode())
    return hasher.hexdigest()


def positional_names(func: Callable[..., Any]) -> list[str | None]:
    """The names that positional arguments of `func` bind to (None past them: ``*args``)."""
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return []
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name if p.kind in positional else None for p in params]


def value_key(
    func: Callable[..., Any],
    names: list[str | None],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    hash_funcs: HashFuncs | None,
    decorator: str,
) -> str:
    """The key of one call's value: every argument, by name and value, in call order.

    Arguments whose parameter name starts with ``_`` are left out. As in Streamlit,
    defaults are not filled in and keyword order counts (``f(1)`` and ``f(1, n=1)`` are
    different calls even when ``n`` defaults to 1).
    """
    pairs = [(names[i] if i < len(names) else None, value) for i, value in enumerate(args)]
    pairs += list(kwargs.items())
    hasher = new_hasher()
    names_hasher = Hasher()
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        try:
            hasher.update(names_hasher.digest(name))
            hasher.update(Hasher(hash_funcs).digest(value))
        except UnhashableTypeError as exc:
            raise NbStateUnhashableParamError(
                decorator, func.__name__, name, type_name(value)
            ) from exc
        except UserHashFuncError as exc:
            raise NbStateUserHashError(
                decorator,
                func.__name__,
                exc.type_name,
                exc.__cause__,  # type: ignore[arg-type]
            ) from exc.__cause__
    return hasher.hexdigest()
