"""``@st.cache_data`` and ``@st.cache_resource``: the decorators and the cached functions.

Caches belong to the kernel process, not to a session: every app of the kernel, plain
cells, and every `AppTest` of a test process share them, and a page reload (which empties
`st.session_state`) keeps them. Only ``scope="session"`` caches belong to one session.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

from ..errors import NbStateAPIException, NbStateValueError
from ..run_context import active_context
from ..session import Session, kernel_session, on_clear_caches
from .caches import DataCache, Registry, ResourceCache
from .hashing import HashFuncs
from .keys import function_key, positional_names, value_key
from .replay import recording, replay
from .storage import MISSING, clear_disk

log = logging.getLogger("nbstate")
F = TypeVar("F", bound=Callable[..., Any])


def _current_session() -> Session:
    """The session of the run in progress (an app's, an AppTest's), else the kernel's."""
    ctx = active_context()
    return ctx.session if ctx is not None else kernel_session()


class _Scopes:
    """One kind of cache: a registry for ``scope="global"`` and one per session.

    A session's registry is cleared when the session is reset (a page reload, the
    Clear-state button), as Streamlit drops session-scoped caches when a session ends.
    """

    def __init__(self) -> None:
        self.shared = Registry()
        self._sessions: weakref.WeakKeyDictionary[Session, Registry] = weakref.WeakKeyDictionary()

    def registry(self, scope: str) -> Registry:
        """The registry for `scope` (``"global"`` or ``"session"``)."""
        if scope == "global":
            return self.shared
        session = _current_session()
        registry = self._sessions.get(session)
        if registry is None:
            registry = self._sessions[session] = Registry()
            session.reset_hooks.append(registry.clear)
        return registry

    def clear(self) -> None:
        """Clear the global registry and every session's."""
        self.shared.clear()
        for registry in list(self._sessions.values()):
            registry.clear()


_data_caches = _Scopes()
_resource_caches = _Scopes()
_local = threading.local()


@contextlib.contextmanager
def _computing() -> Iterator[None]:
    """Mark the block as computing a cached value (a nested one shows no spinner)."""
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        yield
    finally:
        _local.depth -= 1


def _in_cached_function() -> bool:
    return getattr(_local, "depth", 0) > 0


_UNITS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "second": 1, "seconds": 1,
    "ms": 1e-3, "us": 1e-6, "ns": 1e-9,
}  # fmt: skip
_PART = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*([a-zA-Z]+)")
_TIME = re.compile(r"(?:\s*[0-9]*\.?[0-9]+\s*[a-zA-Z]+)+\s*")


def parse_time(text: str) -> float | None:
    """Seconds in a string such as ``"1h"``, ``"1d2h34m"`` or ``"1.5 days"``, or None."""
    if not _TIME.fullmatch(text):
        return None
    total = 0.0
    for number, unit in _PART.findall(text):
        factor = _UNITS.get(unit.lower())
        if factor is None:
            return None
        total += float(number) * factor
    return total


def ttl_seconds(ttl: float | timedelta | str | None) -> float | None:
    """``ttl`` in seconds: None, a number, a `timedelta`, or a string such as ``"1h"``,
    ``"1d2h34m"`` or ``"1.5 days"`` (or any other string pandas' `Timedelta` reads, when
    pandas is installed, as in Streamlit)."""
    if ttl is None:
        return None
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        return float(ttl)
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    seconds: float | None = None
    if isinstance(ttl, str):
        seconds = parse_time(ttl)
        if seconds is None:
            try:  # other formats pandas reads ("00:30:00", "P1DT2H"), as Streamlit does
                import pandas as pd

                seconds = pd.Timedelta(ttl).total_seconds()
            except (ImportError, ValueError):
                pass
    if seconds is None or seconds != seconds:  # unreadable, or NaN ("NaT")
        raise NbStateValueError(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or "
            f"`2 days`, for example. Got: {ttl!r}"
        )
    return seconds


def _check_common(max_size: Any, scope: str, refresh_mode: str) -> None:
    """Reject the parameters of Streamlit's decorators that nbstate does not implement."""
    if scope not in ("global", "session"):
        raise NbStateValueError("Invalid `scope` value. Supported values: 'global', 'session'.")
    if refresh_mode not in ("foreground", "background"):
        raise NbStateValueError(
            "Invalid `refresh_mode` value. Supported values: 'foreground', 'background'."
        )
    unsupported = [
        text
        for text, used in (
            ("max_size", max_size is not None),
            ('refresh_mode="background"', refresh_mode == "background"),
        )
        if used
    ]
    if unsupported:
        raise NbStateAPIException(
            f"nbstate does not support {', '.join(unsupported)} in cache decorators yet; "
            "remove it to use the cache without it."
        )


class CachedFunction:
    """A function wrapped by `st.cache_data` or `st.cache_resource`.

    Call it as the function. ``f.clear()`` forgets every value it cached;
    ``f.clear(*args, **kwargs)`` forgets the value of those arguments only.
    """

    def __init__(self, func: Callable[..., Any], api: _CacheAPI, options: dict[str, Any]) -> None:
        if inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func):
            raise NbStateAPIException(
                f"`{func.__qualname__}` is an async function: nbstate cannot cache async "
                f"functions yet. Cache a plain function with `@st.{api.name}`."
            )
        self._func = func
        self._api = api
        self._options = options
        self._key = function_key(func)
        self._names = positional_names(func)
        functools.update_wrapper(self, func)

    def __repr__(self) -> str:
        return f"<nbstate.{self._api.name} function {self._func.__qualname__}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        """Methods: the instance is the first argument (name it ``_self`` to skip hashing)."""
        if instance is None:
            return self
        return _BoundCachedFunction(self, instance)

    def _cache(self) -> DataCache | ResourceCache:
        return self._api._cache_for(self._key, self._func, self._options)

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        return value_key(
            self._func, self._names, args, kwargs, self._options["hash_funcs"], self._api.name
        )

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        show = self._options["show_spinner"]
        if isinstance(show, str):
            return show
        if not show:
            return None
        inner = "..." if args or kwargs else ""
        return f"Running `{self._func.__qualname__}({inner})`."

    def _hit(self, cache: DataCache | ResourceCache, key: str, value: Any) -> Any:
        """Return a cached `value`, showing again what computing it showed."""
        replay(active_context(), cache.replays.get(key), self._func.__qualname__, self._api.name)
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cache = self._cache()
        key = self._value_key(args, kwargs)
        value = cache.read(key)
        if value is not MISSING:
            return self._hit(cache, key, value)
        text = self._spinner_text(args, kwargs)
        spinning: Any = contextlib.nullcontext()
        if text is not None and active_context() is not None and not _in_cached_function():
            from ..api.status import spinner

            spinning = spinner(text, show_time=self._options["show_time"])
        with spinning, cache.compute_lock:
            value = cache.read(key)  # another thread may have computed it meanwhile
            if value is not MISSING:
                return self._hit(cache, key, value)
            with _computing(), recording(active_context()) as recorder:
                value = self._func(*args, **kwargs)
            cache.write(key, value)
            shown = recorder.replay() if recorder is not None else None
            if shown is None:
                cache.replays.pop(key, None)
            else:
                cache.replays[key] = shown
            return value

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every cached value, or only the one of these arguments."""
        cache = self._cache()
        if args or kwargs:
            cache.discard(self._value_key(args, kwargs))
        else:
            cache.clear()


class _BoundCachedFunction:
    """A cached method bound to an instance."""

    def __init__(self, cached: CachedFunction, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every cached value of the method, or only the one of these arguments."""
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()


class _CacheAPI:
    name = ""

    def _decorate(self, func: F | None, options: dict[str, Any]) -> Any:
        if func is None:
            return lambda f: CachedFunction(f, self, options)
        return CachedFunction(func, self, options)

    def _cache_for(
        self, key: str, func: Callable[..., Any], options: dict[str, Any]
    ) -> DataCache | ResourceCache:
        raise NotImplementedError


class CacheDataAPI(_CacheAPI):
    """``st.cache_data``: cache what a function returns, as data.

    Use it on functions that compute or load data (a DataFrame, a list, a model's
    predictions). A call with arguments that were seen before returns the value computed
    then, without running the function. Every call gets its own copy, so changing the
    result does not change the cache. Values are stored with
    [pickle](https://docs.python.org/3/library/pickle.html), so the return value must be
    picklable; and pickle runs code when it loads, so never point ``persist="disk"`` at a
    folder that people you do not trust can write to.

    Arguments are hashed by value (DataFrames and numpy arrays included); parameters whose
    name starts with ``_`` are not hashed. The function's source code is part of the key:
    editing the function makes it compute again. The cache is shared by every app and cell
    of the kernel, and survives page reloads.

    ``st.cache_data.clear()`` clears every ``st.cache_data`` function, on disk too.
    """

    name = "cache_data"

    def __call__(
        self,
        func: F | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: str | bool | None = None,
        hash_funcs: HashFuncs | None = None,
        max_size: int | str | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Decorate `func` (``@st.cache_data``), or return a decorator
        (``@st.cache_data(ttl=60)``).

        Parameters
        ----------
        ttl : seconds (a number, a ``timedelta`` or a string like ``"1h"``) an entry is kept;
            None keeps it until it is cleared. Ignored with ``persist``, as in Streamlit.
        max_entries : at most this many entries; the least recently used one goes first
            (with ``persist``, in memory only: the disk keeps every entry, as in Streamlit).
        show_spinner : show a spinner while the function runs (True), not (False), or with
            this text (a string).
        show_time : show the elapsed time next to the spinner text.
        persist : ``"disk"`` (or True) also stores values in the disk cache folder
            (`nbstate.caching.default_cache_dir`), where they survive kernel restarts and
            are shared with other kernels.
        hash_funcs : ``{type or "module.Type": function}``: hash values of that type by
            what the function returns.
        scope : ``"global"`` (one cache for the kernel) or ``"session"`` (one per session,
            emptied when the session is reset by a page reload).
        """
        if persist is True:
            persist = "disk"
        elif persist is False:
            persist = None
        if persist not in (None, "disk"):
            raise NbStateValueError("Invalid `persist` value. Supported values: 'disk', None.")
        _check_common(max_size, scope, refresh_mode)
        seconds = ttl_seconds(ttl)
        options = {
            "ttl": seconds,
            "max_entries": max_entries,
            "show_spinner": show_spinner,
            "show_time": show_time,
            "persist": persist == "disk",
            "hash_funcs": hash_funcs,
            "scope": scope,
        }
        return self._decorate(func, options)

    def _cache_for(
        self, key: str, func: Callable[..., Any], options: dict[str, Any]
    ) -> DataCache | ResourceCache:
        if options["persist"] and options["ttl"] is not None:
            log.warning(
                "The cached function '%s' has a TTL that will be ignored. Persistent cached "
                "functions currently don't support TTL.",
                func.__qualname__,
            )
        params = (options["ttl"], options["max_entries"], options["persist"])
        return _data_caches.registry(options["scope"]).get(
            key,
            params,
            lambda: DataCache(
                key,
                func.__name__,
                ttl=options["ttl"],
                max_entries=options["max_entries"],
                persist=options["persist"],
            ),
        )

    def clear(self) -> None:
        """Clear every ``st.cache_data`` cache, in memory and in the disk cache folder."""
        _data_caches.clear()
        clear_disk()


class CacheResourceAPI(_CacheAPI):
    """``st.cache_resource``: cache a shared object (a model, a database connection).

    A call with arguments that were seen before returns *the same object* the first call
    created, to every caller: mutations are shared, and the object need not be picklable.
    Arguments are hashed as for `st.cache_data`. The cache is shared by every app and cell
    of the kernel, and survives page reloads.

    ``st.cache_resource.clear()`` clears every ``st.cache_resource`` function.
    """

    name = "cache_resource"

    def __call__(
        self,
        func: F | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Decorate `func` (``@st.cache_resource``), or return a decorator
        (``@st.cache_resource(ttl=3600)``).

        ``ttl``, ``max_entries``, ``show_spinner``, ``show_time``, ``hash_funcs`` and
        ``scope`` are as for `st.cache_data`. ``validate(value)`` is called on every hit; when it returns
        False the function runs again. ``on_release(value)`` is called when an entry is
        evicted, expires or is cleared (to close a connection, for example).
        """
        _check_common(None, scope, refresh_mode)
        options = {
            "ttl": ttl_seconds(ttl),
            "max_entries": max_entries,
            "show_spinner": show_spinner,
            "show_time": show_time,
            "hash_funcs": hash_funcs,
            "validate": validate,
            "on_release": on_release,
            "scope": scope,
        }
        return self._decorate(func, options)

    def _cache_for(
        self, key: str, func: Callable[..., Any], options: dict[str, Any]
    ) -> DataCache | ResourceCache:
        cache = _resource_caches.registry(options["scope"]).get(
            key,
            (options["ttl"], options["max_entries"]),
            lambda: ResourceCache(
                key, func.__name__, ttl=options["ttl"], max_entries=options["max_entries"]
            ),
        )
        # The latest decoration's callbacks (a rerun makes new lambdas every time).
        cache.validate = options["validate"]
        cache.on_release = options["on_release"]
        return cache

    def clear(self) -> None:
        """Clear every ``st.cache_resource`` cache (calling ``on_release`` for each entry)."""
        _resource_caches.clear()


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
on_clear_caches(cache_data.clear)
on_clear_caches(cache_resource.clear)
