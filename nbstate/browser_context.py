"""`st.context`: what the page showing the app knows about its user (Streamlit 1.67's API).

The page probe (`page_reload`) reports the browser's time zone, its offset, locale, theme,
URL, whether the page is embedded (``?embed=true``) and the cookies scripts may read
(``document.cookie``: not HttpOnly ones). Under Voilà the request that started the kernel adds
its URL and the headers Voilà forwards (its ``http_header_envs`` setting). Where nothing
reported a value it is None (empty for `headers` and `cookies`): before the page's report
arrives, in a kernel without a page, and always for `ip_address`, since a kernel never
sees the browser's connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from http.cookies import SimpleCookie
from types import MappingProxyType
from typing import Any

#: The names st.context has.
CONTEXT_KEYS = frozenset(
    {
        "headers",
        "cookies",
        "theme",
        "timezone",
        "timezone_offset",
        "locale",
        "url",
        "ip_address",
        "is_embedded",
    }
)


def _header_case(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


class ContextTheme(dict[str, Any]):
    """`st.context.theme`: ``{"type": "light" | "dark" | None}``, also as ``.type``."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"'ContextTheme' object has no attribute '{key}'") from None


class ContextHeaders(Mapping[str, str]):
    """Request headers: case-insensitive names, a repeated header's values in `get_all`."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for name, value in headers:
            self._headers.setdefault(_header_case(name), []).append(value)

    def get_all(self, key: str) -> list[str]:
        """Every value of the header `key`."""
        return list(self._headers.get(_header_case(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_header_case(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        """The headers as a dict (the first value of a repeated one)."""
        return {key: self[key] for key in self}


class ContextCookies(Mapping[str, str]):
    """The page's cookies, read only."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        """The cookies as a dict."""
        return dict(self._cookies)


def parse_cookies(text: str) -> dict[str, str]:
    """The cookies of a ``Cookie`` header or of ``document.cookie`` ("a=1; b=2")."""
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(text)
    except Exception:  # noqa: BLE001 - a malformed cookie string gives no cookies
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


class ContextProxy:
    """`st.context`: read-only facts about the page and its user (attribute or key access)."""

    __iter__ = None  # not a mapping: no iteration, as in Streamlit

    def __init__(self, resolve: Callable[[], Any]) -> None:
        #: Returns the current session (its `browser` dict holds what the page reported).
        self._resolve = resolve

    def _page(self) -> dict[str, Any]:
        session = self._resolve()
        session.context_read = True
        return session.browser

    @property
    def headers(self) -> ContextHeaders:
        """The headers of the request that opened the page (Voilà forwards those it is
        configured to; empty elsewhere)."""
        return ContextHeaders(self._page().get("headers", ()))

    @property
    def cookies(self) -> ContextCookies:
        """The page's cookies that scripts may read, or the request's Cookie header."""
        page = self._page()
        header = ContextHeaders(page.get("headers", ())).get("Cookie")
        text = page.get("cookies") or header or ""
        return ContextCookies(parse_cookies(text))

    @property
    def theme(self) -> ContextTheme:
        """``{"type": "light" | "dark"}``: JupyterLab's theme, else the browser's preference."""
        return ContextTheme({"type": self._page().get("theme")})

    @property
    def timezone(self) -> str | None:
        """The browser's time zone name, e.g. "Europe/Berlin"."""
        return self._page().get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        """Minutes behind UTC, as JavaScript's Date.getTimezoneOffset() (-60 for UTC+1)."""
        return self._page().get("timezone_offset")

    @property
    def locale(self) -> str | None:
        """The browser's language, e.g. "en-US"."""
        return self._page().get("locale")

    @property
    def url(self) -> str | None:
        """The page's URL without its query string and fragment."""
        return self._page().get("url")

    @property
    def ip_address(self) -> str | None:
        """Always None: the kernel never sees the browser's connection."""
        self._page()
        return None

    @property
    def is_embedded(self) -> bool | None:
        """Whether the page's URL says ``embed=true``."""
        return self._page().get("is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in CONTEXT_KEYS:
            raise KeyError(
                f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(CONTEXT_KEYS))}.'
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in CONTEXT_KEYS
