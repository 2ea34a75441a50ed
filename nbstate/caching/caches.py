"""The cache of one function, for `st.cache_data` (copies) and `st.cache_resource` (shared
objects), and the registry that holds every function's cache in this process."""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Callable
from typing import Any

from ..errors import NbStateUnserializableReturnValueError
from .hashing import type_name
from .storage import MISSING, DiskStore, MemoryStore

log = logging.getLogger("nbstate")


class DataCache:
    """Values of one `st.cache_data` function, stored pickled.

    Every hit unpickles a fresh copy, so a caller may mutate what it gets. With
    ``persist=True`` the pickles are also written to the disk store and read from it when
    memory does not have them (after a kernel restart, or when another kernel wrote them).

    Pickle runs code while it loads: only share a disk cache folder with people you trust.
    """

    def __init__(
        self,
        function_key: str,
        display_name: str,
        *,
        ttl: float | None,
        max_entries: int | None,
        persist: bool,
    ) -> None:
        self.params = (ttl, max_entries, persist)
        self.display_name = display_name
        self.memory = MemoryStore(max_entries=max_entries, ttl=None if persist else ttl)
        self.disk = DiskStore(function_key) if persist else None
        #: What computing each value showed, to show again on a hit (`replay.Replay`s).
        self.replays: dict[str, Any] = {}
        #: Held while a value is computed, so that concurrent callers compute it once.
        self.compute_lock = threading.RLock()

    def read(self, key: str) -> Any:
        """A copy of the value stored under `key`, or `MISSING`."""
        data = self.memory.get(key)
        if data is MISSING and self.disk is not None:
            data = self.disk.get(key)
            if data is None:
                return MISSING
            self.memory.set(key, data)
        if data is MISSING:
            return MISSING
        try:
            return pickle.loads(data)
        except Exception:
            log.warning(
                "nbstate: dropping a cached value of %s that cannot be unpickled",
                self.display_name,
                exc_info=True,
            )
            self.discard(key)
            return MISSING

    def write(self, key: str, value: Any) -> None:
        """Store a pickle of `value` under `key`."""
        try:
            data = pickle.dumps(value)
        except Exception as exc:
            raise NbStateUnserializableReturnValueError(
                self.display_name, type_name(value)
            ) from exc
        self.memory.set(key, data)
        if self.disk is not None:
            self.disk.set(key, data)

    def discard(self, key: str) -> None:
        """Forget the value stored under `key`."""
        self.memory.discard(key)
        self.replays.pop(key, None)
        if self.disk is not None:
            self.disk.discard(key)

    def clear(self) -> None:
        """Forget every value of this function (on disk too)."""
        self.memory.clear()
        self.replays.clear()
        if self.disk is not None:
            self.disk.clear()


class ResourceCache:
    """Objects returned by one `st.cache_resource` function; every caller gets the same one.

    ``validate(value)`` is asked on every hit; a false answer drops the entry (without
    ``on_release``, as in Streamlit) and the function runs again. ``on_release(value)`` is
    called when an entry is evicted, expires or is cleared.
    """

    def __init__(
        self,
        function_key: str,
        display_name: str,
        *,
        ttl: float | None,
        max_entries: int | None,
        validate: Callable[[Any], bool] | None = None,
        on_release: Callable[[Any], None] | None = None,
    ) -> None:
        self.params = (ttl, max_entries)
        self.display_name = display_name
        self.validate = validate
        self.on_release = on_release
        self.memory = MemoryStore(max_entries=max_entries, ttl=ttl, on_release=self._release)
        self.replays: dict[str, Any] = {}
        self.compute_lock = threading.RLock()

    def _release(self, value: Any) -> None:
        if self.on_release is None:
            return
        try:
            self.on_release(value)
        except Exception:
            log.warning("nbstate: on_release of %s failed", self.display_name, exc_info=True)

    def read(self, key: str) -> Any:
        """The object stored under `key` if it is still valid, or `MISSING`."""
        value = self.memory.get(key)
        if value is not MISSING and self.validate is not None and not self.validate(value):
            self.memory.discard(key, release=False)
            return MISSING
        return value

    def write(self, key: str, value: Any) -> None:
        """Store `value` under `key`."""
        self.memory.set(key, value)

    def discard(self, key: str) -> None:
        """Forget (and release) the object stored under `key`."""
        self.memory.discard(key)
        self.replays.pop(key, None)

    def clear(self) -> None:
        """Forget (and release) every object of this function."""
        self.memory.clear()
        self.replays.clear()


class Registry:
    """The caches of every decorated function in this process, by function key.

    A function decorated again with other parameters (``ttl``, ``max_entries``,
    ``persist``) gets a new cache and the old one is cleared, as in Streamlit.
    """

    def __init__(self) -> None:
        self._caches: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, function_key: str, params: tuple[Any, ...], create: Callable[[], Any]) -> Any:
        """The cache of `function_key`, made by `create()` if absent or made with other
        `params`."""
        with self._lock:
            cache = self._caches.get(function_key)
            if cache is not None and cache.params == params:
                return cache
            old, cache = cache, create()
            self._caches[function_key] = cache
        if old is not None:
            old.memory.clear()
        return cache

    def clear(self) -> None:
        """Clear every cache and forget them."""
        with self._lock:
            caches = list(self._caches.values())
            self._caches.clear()
        for cache in caches:
            cache.memory.clear()
