"""Where cached values live: a bounded in-memory store, and the disk store of
``persist="disk"``.

The in-memory store is a `cachetools.TTLCache` (least recently used entries go first when it
is full; entries expire ``ttl`` seconds after they were written). The disk store is a
`diskcache.Cache`: SQLite plus files, safe for several processes (kernels) reading and
writing the same folder at once.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cachetools
import diskcache

log = logging.getLogger("nbstate")

#: What `MemoryStore.get` returns for a key it does not hold.
MISSING: Any = object()

#: Environment variable that moves the disk cache (default: `default_cache_dir()`).
CACHE_DIR_ENV = "NBSTATE_CACHE_DIR"


class _NotifyingTTLCache(cachetools.TTLCache):
    """A TTLCache that calls ``on_remove(value)`` for entries it drops by itself."""

    def __init__(self, maxsize: float, ttl: float, on_remove: Callable[[Any], None]) -> None:
        super().__init__(maxsize=maxsize, ttl=ttl)
        self._on_remove = on_remove

    def expire(self, time: float | None = None) -> list[tuple[Any, Any]]:
        expired = list(super().expire(time))
        for _key, value in expired:
            self._on_remove(value)
        return expired

    def popitem(self) -> tuple[Any, Any]:
        key, value = super().popitem()
        self._on_remove(value)
        return key, value


class MemoryStore:
    """One function's values in memory: at most `max_entries`, each for `ttl` seconds.

    ``on_release(value)`` is called for every value that leaves the store (evicted,
    expired, deleted, cleared). Thread-safe.
    """

    def __init__(
        self,
        max_entries: int | None = None,
        ttl: float | None = None,
        on_release: Callable[[Any], None] | None = None,
    ) -> None:
        self._release = on_release or (lambda _value: None)
        self._entries = _NotifyingTTLCache(
            maxsize=math.inf if max_entries is None else max_entries,
            ttl=math.inf if ttl is None else ttl,
            on_remove=self._release,
        )
        self._lock = threading.RLock()

    def get(self, key: str) -> Any:
        """The value stored under `key` (and mark it recently used), or `MISSING`."""
        with self._lock:
            self._entries.expire()
            return self._entries.get(key, MISSING)

    def set(self, key: str, value: Any) -> None:
        """Store `value` under `key`, evicting the least recently used entry if full."""
        with self._lock:
            old = self._entries.get(key, MISSING)
            self._entries[key] = value
            if old is not MISSING and old is not value:
                self._release(old)

    def discard(self, key: str, *, release: bool = True) -> None:
        """Remove `key` if present; `release=False` drops it without calling on_release."""
        with self._lock:
            value = self._entries.pop(key, MISSING)
        if value is not MISSING and release:
            self._release(value)

    def clear(self) -> None:
        """Remove every entry."""
        with self._lock:
            values = list(self._entries.values())
            self._entries.clear()
        for value in values:
            self._release(value)

    def __len__(self) -> int:
        with self._lock:
            self._entries.expire()
            return len(self._entries)


def default_cache_dir() -> Path:
    """The folder of ``persist="disk"`` caches: ``$NBSTATE_CACHE_DIR``, or else
    ``~/.streamlit/cache/nbstate`` (Streamlit keeps its disk cache in ``~/.streamlit/cache``).
    """
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".streamlit" / "cache" / "nbstate"


_open_stores: dict[tuple[int, str], diskcache.Cache] = {}
_open_lock = threading.Lock()


def _disk_cache(directory: Path) -> diskcache.Cache:
    """The open `diskcache.Cache` of `directory` in this process (reopened after a fork)."""
    key = (os.getpid(), str(directory))
    with _open_lock:
        cache = _open_stores.get(key)
        if cache is None:
            directory.mkdir(parents=True, exist_ok=True)
            # Entries are never evicted for size (Streamlit's disk cache has no limit);
            # tags (a function's key) make clearing one function's entries one query.
            cache = diskcache.Cache(
                str(directory), size_limit=2**62, eviction_policy="none", tag_index=True
            )
            _open_stores[key] = cache
        return cache


class DiskStore:
    """One function's pickled values in the disk cache folder, shared by all processes."""

    def __init__(self, function_key: str, directory: Path | None = None) -> None:
        self.function_key = function_key
        self.directory = directory

    def _cache(self) -> diskcache.Cache:
        return _disk_cache(self.directory or default_cache_dir())

    def _key(self, key: str) -> str:
        return f"{self.function_key}-{key}"

    def get(self, key: str) -> bytes | None:
        """The bytes stored under `key`, or None (also when the store cannot be read)."""
        try:
            value = self._cache().get(self._key(key))
        except Exception:
            log.warning("nbstate: could not read the disk cache", exc_info=True)
            return None
        return value if isinstance(value, bytes) else None

    def set(self, key: str, value: bytes) -> None:
        """Store `value` under `key` (atomically: readers see the old value or the new)."""
        try:
            self._cache().set(self._key(key), value, tag=self.function_key)
        except Exception:
            log.warning("nbstate: could not write the disk cache", exc_info=True)

    def discard(self, key: str) -> None:
        """Remove `key` if present."""
        self._cache().delete(self._key(key))

    def clear(self) -> None:
        """Remove every entry of this function."""
        self._cache().evict(self.function_key)


def clear_disk(directory: Path | None = None) -> None:
    """Remove every entry of the disk cache folder (of every function)."""
    folder = directory or default_cache_dir()
    if folder.exists():
        _disk_cache(folder).clear()
