"""Hash values by content, as Streamlit's caches do, so equal arguments find one entry.

The digest is stable across processes (no use of Python's salted ``hash``), so a value key
computed in one kernel finds the entry another kernel wrote to the disk cache. What is
hashed, and what is not, follows Streamlit 1.67:

- numbers, strings, bytes, ``None``, lists, tuples, dicts, sets, dates and times, UUIDs,
  enums, dataclasses, regular expressions, in-memory files: by value (the type is part of
  the hash, so ``1``, ``1.0`` and ``True`` differ);
- pandas DataFrames and Series, numpy arrays: by shape, dtypes and values (a sample of very
  large ones);
- modules and classes: by name; ``functools.partial``: by function and arguments;
- anything else: by the parts ``obj.__reduce__()`` gives. An object that cannot be reduced
  (a lock, a generator, a connection, a function, an instance of a plain class) is
  unhashable: `UnhashableTypeError`.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import hashlib
import inspect
import io
import re
import struct
import uuid
from collections.abc import Callable, ItemsView, KeysView, ValuesView
from types import MappingProxyType
from typing import Any

#: A ``hash_funcs`` mapping: a type (or its fully qualified name) to a function of a value.
HashFuncs = dict[Any, Callable[[Any], Any]]

# Large pandas objects and arrays are hashed from a fixed-seed sample, as in Streamlit.
_PANDAS_ROWS_LARGE = 50_000
_PANDAS_SAMPLE_SIZE = 10_000
_NP_SIZE_LARGE = 500_000
_NP_SAMPLE_SIZE = 100_000
_CYCLE = b"nbstate-hash-cycle"


class UnhashableTypeError(Exception):
    """`hash_value` met an object it cannot hash; ``obj`` is that object."""

    def __init__(self, obj: Any) -> None:
        super().__init__(f"cannot hash an object of type {type_name(obj)}")
        self.obj = obj


class UserHashFuncError(Exception):
    """A function of ``hash_funcs`` raised ``__cause__`` for an object of type ``type_name``."""

    def __init__(self, type_name: str) -> None:
        super().__init__(type_name)
        self.type_name = type_name


def type_name(obj: Any) -> str:
    """The fully qualified name of the type of `obj` (``"pandas.DataFrame"``)."""
    return qualified_name(type(obj))


def qualified_name(cls: type) -> str:
    """``module.QualName`` of a class, as used in messages and in ``hash_funcs`` keys."""
    return f"{cls.__module__}.{cls.__qualname__}"


def new_hasher() -> Any:
    """The hash function used for every key (fast, and the same in every process)."""
    return hashlib.blake2b(digest_size=16)


class Hasher:
    """Turns values into stable digests; one instance per key computation."""

    def __init__(self, hash_funcs: HashFuncs | None = None) -> None:
        self._hash_funcs = {
            key if isinstance(key, str) else qualified_name(key): func
            for key, func in (hash_funcs or {}).items()
        }
        self._stack: set[int] = set()

    def digest(self, obj: Any) -> bytes:
        """The digest of `obj`, type included; raises `UnhashableTypeError`."""
        if id(obj) in self._stack:
            return _CYCLE
        self._stack.add(id(obj))
        try:
            hasher = new_hasher()
            hasher.update(type_name(obj).encode())
            hasher.update(b":")
            hasher.update(self._content(obj))
            return hasher.digest()
        finally:
            self._stack.discard(id(obj))

    def _many(self, items: Any, *, ordered: bool = True) -> bytes:
        digests = [self.digest(item) for item in items]
        if not ordered:
            digests.sort()
        hasher = new_hasher()
        for digest in digests:
            hasher.update(digest)
        return hasher.digest()

    def _content(self, obj: Any) -> bytes:  # noqa: C901 - one case per kind of value
        custom = self._hash_funcs.get(type_name(obj))
        if custom is not None:
            try:
                output = custom(obj)
            except Exception as exc:
                raise UserHashFuncError(type_name(obj)) from exc
            return self.digest(output)
        if obj is None:
            return b"0"
        if isinstance(obj, (bytes, bytearray, memoryview)):
            return bytes(obj)
        if isinstance(obj, str):
            return obj.encode("utf-8", "surrogatepass")
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, int):
            return obj.to_bytes((obj.bit_length() + 8) // 8, "little", signed=True)
        if isinstance(obj, complex):
            return struct.pack("<dd", obj.real, obj.imag)
        if isinstance(obj, uuid.UUID):
            return obj.bytes
        if isinstance(obj, (datetime.datetime, datetime.date, datetime.time)):
            return obj.isoformat().encode()
        if isinstance(obj, datetime.timedelta):
            return self._many((obj.days, obj.seconds, obj.microseconds))
        if isinstance(obj, (list, tuple)):
            return self._many(obj)
        if isinstance(obj, (dict, MappingProxyType)):
            return self._many(obj.items())
        if isinstance(obj, (set, frozenset, KeysView, ItemsView)):
            # Sorted digests: the same set hashes the same in every process.
            return self._many(obj, ordered=False)
        if isinstance(obj, ValuesView):
            return self._many(obj)
        if isinstance(obj, enum.Enum):
            return str(obj).encode()
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return self.digest(dataclasses.asdict(obj))
        if isinstance(obj, re.Pattern):
            return self._many((obj.pattern, obj.flags))
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            return self._many((obj.tell(), obj.getvalue()))
        if inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isbuiltin(obj):
            return obj.__name__.encode()
        if isinstance(obj, functools.partial):
            return self._many((obj.func, obj.args, obj.keywords))
        special = _hash_data_object(self, obj)
        if special is not None:
            return special
        try:
            reduced = obj.__reduce__()
        except Exception as exc:
            raise UnhashableTypeError(obj) from exc
        if isinstance(reduced, str):  # a global name (pickle's convention)
            return reduced.encode()
        return self._many(reduced)


def _hash_data_object(hasher: Hasher, obj: Any) -> bytes | None:
    """The digest of a pandas or numpy object, or None if `obj` is neither."""
    module = type(obj).__module__
    if module.startswith("pandas"):
        import pandas as pd
        from pandas.util import hash_pandas_object

        if isinstance(obj, pd.DataFrame):
            sample = (
                obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
                if len(obj) >= _PANDAS_ROWS_LARGE
                else obj
            )
            parts: list[Any] = [obj.shape, list(map(str, obj.columns)), list(map(str, obj.dtypes))]
        elif isinstance(obj, pd.Series):
            sample = (
                obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
                if len(obj) >= _PANDAS_ROWS_LARGE
                else obj
            )
            parts = [obj.size, str(obj.dtype), str(obj.name)]
        else:
            return None
        try:
            parts.append(hash_pandas_object(sample).to_numpy().tobytes())
        except TypeError as exc:  # cells pandas cannot hash (lists, dicts): hash them here
            try:
                parts.append(sample.to_dict() if hasattr(sample, "to_dict") else list(sample))
            except Exception:
                raise UnhashableTypeError(obj) from exc
        return hasher._many(parts)
    if module == "numpy" and type(obj).__name__ == "ndarray":
        import numpy as np

        values = obj
        if obj.size >= _NP_SIZE_LARGE:
            values = np.random.RandomState(0).choice(obj.ravel(), size=_NP_SAMPLE_SIZE)
        if obj.dtype == object:
            return hasher._many((obj.shape, values.ravel().tolist()))
        return hasher._many((obj.shape, str(obj.dtype), np.ascontiguousarray(values).tobytes()))
    return None
