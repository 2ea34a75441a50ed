"""`st.query_params`: the query string of the app's page, per session (Streamlit 1.67's API).

A session's `QueryParams` holds the page's parameters (a value is a string, or a list of
strings for a repeated key) and the widgets bound to some of them (``bind="query-params"``).
Each change is handed to `publish` as a query string (in a kernel: the page probe updates the
page's URL with history.replaceState). `embed` and `embed_options` belong to the page: never
listed, read or set by the script.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any
from urllib import parse

from .errors import NbStateAPIException

#: Parameters of the page itself (case-insensitive): hidden from the app.
EMBED_KEYS = ("embed", "embed_options")
#: Longer query strings, or more parameters, are ignored (as Streamlit does).
MAX_QUERY_STRING = 512 * 1024
MAX_FIELDS = 1000

ParamValue = str | list[str]


class NbStateQueryParamDictValueError(NbStateAPIException):
    """A query parameter was given a dict as its value."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead."
        )


def is_embed_key(key: str) -> bool:
    """True for `embed` and `embed_options`, in any case."""
    return isinstance(key, str) and key.lower() in EMBED_KEYS


def parse_query_string(query_string: str) -> dict[str, ParamValue]:
    """The parameters of a query string (with or without its "?"); a repeated key gives a
    list, a blank value ""; an oversized query string gives no parameters."""
    query_string = query_string.removeprefix("?")
    if not query_string or len(query_string) > MAX_QUERY_STRING:
        return {}
    if query_string.count("&") + 1 > MAX_FIELDS:
        return {}
    parsed = parse.parse_qs(query_string, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def to_query_string(params: Mapping[str, ParamValue]) -> str:
    """`params` as a query string without the "?" (a list repeats its key)."""
    return parse.urlencode(dict(params), doseq=True)


def _as_param(key: str, value: Any) -> ParamValue:
    """A value as stored: str(value), or a list of str for an iterable that is not a str."""
    if isinstance(value, dict):
        raise NbStateQueryParamDictValueError(key)
    if is_embed_key(key):
        raise NbStateAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        return [str(item) for item in value]
    return str(value)


def link_query_string(params: Any) -> str:
    """The query string a page link carries (st.page_link's `query_params`: a mapping, or
    (key, value) pairs whose repeated keys accumulate), without the "?"."""
    processed: dict[str, ParamValue] = {}
    for key, value in _pairs(params):
        if key in processed and not isinstance(value, dict):
            before = processed[key]
            added = _as_param(key, value)
            processed[key] = [
                *(before if isinstance(before, list) else [before]),
                *(added if isinstance(added, list) else [added]),
            ]
        else:
            processed[key] = _as_param(key, value)
    return to_query_string(processed)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    """The (key, value) pairs of a mapping or of an iterable of pairs."""
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(key, other[key]) for key in list(other.keys())]
    return list(other)


class QueryParams:
    """One session's query parameters and the widgets bound to them."""

    def __init__(self) -> None:
        self._params: dict[str, ParamValue] = {}
        #: The parameters as the current run began: what bound widgets are seeded from.
        self.initial: dict[str, ParamValue] = {}
        #: Bound parameter -> the id of the widget bound to it.
        self.bindings: dict[str, str] = {}
        #: Bound parameter -> (widget kind, its element's props, its default).
        self.details: dict[str, tuple[str, dict[str, Any], Any]] = {}
        #: Called with the new query string after every change (None: nothing to tell).
        self.publish: Callable[[str], None] | None = None
        #: Parameters that seed their bound widget on the next run even if the widget is
        #: already shown (the page's URL arrived after the first run).
        self.reseed: set[str] = set()
        #: True where a browser writes a widget's value into the URL as the user changes it
        #: (a kernel's page); Streamlit's AppTest simulates no such browser.
        self.follows_widgets = False
        #: The query string the page shows: the parameters as last published (a parameter
        #: `discard`ed since is still there).
        self.url = ""

    # ------------------------------------------------------------------ the page's side

    def set_query_string(self, query_string: str) -> None:
        """Take the parameters of the page's URL (no message back to the page)."""
        self._params = parse_query_string(query_string)
        self.url = self.query_string()

    def query_string(self) -> str:
        """The parameters as a query string (without "?"), embed parameters included."""
        return to_query_string(self._params)

    def navigate(self, query_string: str | None) -> None:
        """The app moves to a page opened with `query_string` (a page link with
        parameters; None: the parameters stay): take its parameters, show them, and seed
        bound widgets from them."""
        if query_string is None:
            return
        self.set_query_string(query_string)
        self.reseed = set(self.keys())
        if self.publish is not None:
            self.publish(self.url)

    def begin_run(self) -> None:
        """A run starts: bound widgets shown for the first time are seeded from these."""
        self.initial = dict(self._params)

    def _changed(self) -> None:
        self.url = self.query_string()
        if self.publish is not None:
            self.publish(self.url)

    # ------------------------------------------------------------------ reading

    def __getitem__(self, key: str) -> str:
        if is_embed_key(key) or key not in self._params:
            raise KeyError(missing_key_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._params and not is_embed_key(key)

    def keys(self) -> list[str]:
        """The parameter names, without embed ones."""
        return [key for key in self._params if not is_embed_key(key)]

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (a repeated key has several), [] when it is absent."""
        if key not in self._params or is_embed_key(key):
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def to_dict(self) -> dict[str, str]:
        """Each parameter with its last value."""
        return {key: self[key] for key in self.keys()}

    def raw(self, key: str) -> ParamValue | None:
        """The stored value of `key` (a list for a repeated key), or None."""
        return self._params.get(key)

    def __str__(self) -> str:
        return str(self._params)

    # ------------------------------------------------------------------ the script's writes

    def _check_not_bound(self, keys: Iterable[str], verb: str) -> None:
        for key in keys:
            if key in self.bindings:
                raise NbStateAPIException(
                    f"Cannot directly {verb} query parameter '{key}' - it is bound to a widget. "
                    "Modify the widget value instead."
                )

    def __setitem__(self, key: str, value: Any) -> None:
        self._check_not_bound([key], "set")
        self._params[key] = _as_param(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if is_embed_key(key):
            raise KeyError(missing_key_message(key))
        self._check_not_bound([key], "delete")
        if key not in self._params:
            raise KeyError(missing_key_message(key))
        del self._params[key]
        self._changed()

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        """Set several parameters at once (a mapping or pairs, then keywords)."""
        pairs = [*_pairs(other), *kwds.items()]
        self._check_not_bound([key for key, _ in pairs], "set")
        for key, value in pairs:
            self._params[key] = _as_param(key, value)
        self._changed()

    def clear(self) -> None:
        """Remove every parameter (embed ones stay on the page)."""
        bound = [key for key in self._params if key in self.bindings]
        if bound:
            raise NbStateAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. Modify the widget values instead, or "
                "remove the bind parameter."
            )
        self._params = {k: v for k, v in self._params.items() if is_embed_key(k)}
        self._changed()

    def from_dict(self, params: Any) -> None:
        """Replace every parameter by those of `params` (a mapping or pairs); on an error
        nothing changes."""
        saved = dict(self._params)
        self._params = {k: v for k, v in self._params.items() if is_embed_key(k)}
        try:
            pairs = _pairs(params)
            self._check_not_bound([key for key, _ in pairs], "set")
            for key, value in pairs:
                self._params[key] = _as_param(key, value)
        except Exception:
            self._params = saved
            raise
        self._changed()

    # ------------------------------------------------------------------ bound widgets

    def bind(self, key: str, widget_id: str) -> None:
        """Bind the parameter `key` to a widget (`url_binding.call_bound` refuses embed keys
        before the widget is made)."""
        self.bindings[key] = widget_id

    def unbind(self, key: str, *, remove: bool) -> None:
        """Forget the binding of `key`; with `remove`, take the parameter off the URL too."""
        self.bindings.pop(key, None)
        if remove:
            self.remove(key)

    def write(self, key: str, value: ParamValue) -> None:
        """Set a parameter for its bound widget (no protection check)."""
        if self._params.get(key) != value:
            self._params[key] = value
            self._changed()

    def remove(self, key: str) -> None:
        """Remove a parameter for its bound widget (no protection check)."""
        if key in self._params:
            del self._params[key]
            self._changed()

    def discard(self, key: str) -> None:
        """Forget a parameter without telling the page (its URL keeps it until the next
        change): a bound widget at its default that the URL did not seed, as Streamlit."""
        self._params.pop(key, None)

    def reset(self, query_string: str) -> None:
        """A new session on the page with this query string: no bindings yet."""
        self.bindings.clear()
        self.details.clear()
        self.reseed.clear()
        self.set_query_string(query_string)
        self.initial = dict(self._params)


def missing_key_message(key: str) -> str:
    """The KeyError message for an absent parameter (Streamlit's words)."""
    return f'st.query_params has no key "{key}".'


class QueryParamsProxy(MutableMapping[str, str]):
    """`st.query_params`: the current session's parameters, with item and attribute access."""

    _resolve: Callable[[], QueryParams]

    def __init__(self, resolve: Callable[[], QueryParams]) -> None:
        object.__setattr__(self, "_resolve", resolve)

    def _qp(self) -> QueryParams:
        return self._resolve()

    def __getitem__(self, key: str) -> str:
        return self._qp()[key]

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        self._qp()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._qp()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._qp()

    def __iter__(self) -> Iterator[str]:
        return iter(self._qp().keys())

    def __len__(self) -> int:
        return len(self._qp().keys())

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._qp()[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: str | Iterable[str]) -> None:
        self._qp()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._qp()[key]
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def __str__(self) -> str:
        return str(self._qp())

    def __repr__(self) -> str:
        return str(self._qp())

    def update(self, params: Any = (), /, **kwds: Any) -> None:
        """Set several parameters: a mapping or (key, value) pairs, then keyword arguments."""
        self._qp().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        """Every value of a parameter that may be repeated in the URL ([] when absent)."""
        return self._qp().get_all(key)

    def clear(self) -> None:
        """Remove every parameter from the page's URL."""
        self._qp().clear()

    def to_dict(self) -> dict[str, str]:
        """The parameters as a dict (the last value of a repeated key)."""
        return self._qp().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace all parameters by those of a mapping or an iterable of pairs."""
        self._qp().from_dict(params)
