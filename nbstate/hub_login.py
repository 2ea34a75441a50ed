"""`st.user`, `st.login`, `st.logout`: the user JupyterHub logged in (Streamlit 1.67's API).

nbstate's login provider is JupyterHub. A kernel that a hub user's server started knows its
user from ``JUPYTERHUB_USER`` (`session.user_from_environment`): there `st.user` is
``{"is_logged_in": True, "name": <hub user>}``, `st.login()` only says the hub already logged
the user in, and `st.logout()` shows a link to the hub's logout page (a kernel cannot log its
own user out of the hub). Elsewhere `st.user` is ``{"is_logged_in": False}`` and `st.login()`
raises `NbStateAuthError` saying how to serve the app through JupyterHub. Under `AppTest`,
`st.user` is ``AppTest.user`` and `st.logout()` clears it, as in Streamlit's AppTest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn

from .errors import NbStateAPIException, NbStateAuthError, NbStateValueError
from .run_context import active_context
from .session import Session, kernel_session

LOGIN_OUTSIDE_HUB = (
    "st.login() cannot log anyone in here: nbstate's login provider is JupyterHub, and this "
    "kernel does not run under JupyterHub (JUPYTERHUB_USER is not set), so st.user is "
    "logged out. Serve the app through JupyterHub (`make hub` starts one on this machine; "
    'see the README\'s "Serving an app to many users"): every user logs in to the hub, and '
    "st.user is that user."
)


def current_session() -> Session:
    """The session of the run in progress (an AppTest's), else the kernel's."""
    ctx = active_context()
    return ctx.session if ctx is not None else kernel_session()


class TokensProxy(Mapping[str, str]):
    """`st.user.tokens`: read-only; nbstate exposes no tokens unless a test seeds some."""

    _tokens: dict[str, str]

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise NbStateAPIException("st.user.tokens cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise NbStateAPIException("st.user.tokens cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        """The tokens as a plain dict."""
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """`st.user`: the session's user, read-only, by key or by attribute."""

    _session: Callable[[], Session]

    def __init__(self, session: Callable[[], Session]) -> None:
        object.__setattr__(self, "_session", session)

    def _info(self) -> dict[str, Any]:
        return self._session().user

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return self._info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise NbStateAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise NbStateAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._info()))

    def __len__(self) -> int:
        return len(self._info())

    def to_dict(self) -> dict[str, Any]:
        """The user's information as a plain dict (a copy)."""
        return dict(self._info())

    def _shown_as_json(self) -> dict[str, Any]:
        """What st.json and st.write show: the dict, with the tokens' values hidden."""
        shown = self.to_dict()
        if "tokens" in shown:
            shown["tokens"] = dict.fromkeys(shown["tokens"], "***")
        return shown

    @property
    def tokens(self) -> TokensProxy:
        """The identity provider's tokens the user info carries (none from JupyterHub)."""
        return TokensProxy(self._info().get("tokens", {}))


def login(provider: str | None = None) -> None:
    """Log the user in: under JupyterHub the hub already did, so this only says so (a toast);
    elsewhere it raises `NbStateAuthError` saying how to serve the app through JupyterHub.

    `provider` (a name, as in Streamlit) is accepted and ignored: the hub's authenticator is
    the provider.
    """
    if provider is not None and not isinstance(provider, str):
        raise NbStateValueError(
            f"st.login(provider=...) takes a provider name (a str) or None, not "
            f"{type(provider).__name__}."
        )
    session = current_session()
    if not session.user_from_hub:
        raise NbStateAuthError(LOGIN_OUTSIDE_HUB)
    if active_context() is not None:
        from .api.feedback import toast

        toast(f"You are logged in to JupyterHub as {session.user.get('name', '')}.", icon="🔑")


def hub_logout_url(environ: Mapping[str, str]) -> str:
    """The hub's logout page (``JUPYTERHUB_BASE_URL`` + ``hub/logout``)."""
    base = environ.get("JUPYTERHUB_BASE_URL", "/")
    return base.rstrip("/") + "/hub/logout"


def logout() -> None:
    """Log the user out. Under JupyterHub a kernel cannot end the hub's login: st.user stays,
    and an info box links to the hub's logout page. Elsewhere (and in AppTest) the session's
    user is cleared as Streamlit clears it: ``{"is_logged_in": False}`` if it had that key,
    else empty.
    """
    session = current_session()
    if session.user_from_hub:
        if active_context() is not None:
            from .api.text import info

            info(
                "You are logged in through JupyterHub: "
                f"[log out of JupyterHub]({hub_logout_url(os.environ)})."
            )
        return
    had_flag = "is_logged_in" in session.user
    session.user = {"is_logged_in": False} if had_flag else {}
