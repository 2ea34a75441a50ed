"""``st.connection(name, type=None, max_entries=None, ttl=..., **kwargs)``.

The connection class comes from `type`, else from the name (``"sql"``), else from the
``type`` of ``[connections.<name>]`` in the secrets. The connection object is created once
per name, class and keyword arguments and kept as `st.cache_resource` keeps values.
"""

from __future__ import annotations

import importlib
import math
import os
from datetime import timedelta
from typing import Any

from ..caching import cache_resource
from ..errors import NbStateAPIException
from ..options import get_option
from ..page_config import secrets
from .base import BaseConnection
from .sql import SQLConnection

#: The built-in types nbstate provides.
BUILT_IN: dict[str, type[BaseConnection[Any]]] = {"sql": SQLConnection}
#: Streamlit's other built-in types, which nbstate does not provide: what to do instead.
NOT_PROVIDED = {
    "snowflake": (
        'use type="sql" with the snowflake-sqlalchemy dialect (url="snowflake://..."), or '
        "a BaseConnection subclass of your own around snowflake-connector-python"
    ),
    "snowflake-callers-rights": (
        "caller's-rights connections only work in Snowflake's container services; use "
        'type="sql" with the snowflake-sqlalchemy dialect'
    ),
    "snowpark": (
        'Streamlit removed it too (for its snowflake type); use type="sql" with the '
        "snowflake-sqlalchemy dialect"
    ),
}
#: ``type="streamlit.connections.X"`` (an app written for Streamlit) means nbstate's X.
STREAMLIT_MODULE = "streamlit.connections."
STREAMLIT_CLASSES: dict[str, type[BaseConnection[Any]]] = {
    "SQLConnection": SQLConnection,
    "BaseConnection": BaseConnection,  # type: ignore[type-abstract]
    "ExperimentalBaseConnection": BaseConnection,  # type: ignore[type-abstract]
}
#: Missing modules whose pip package has another name.
PIP_NAMES = {"MySQLdb": "mysqlclient", "psycopg2": "psycopg2-binary"}
ENV_PREFIX = "env:"


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


#: An omitted ``ttl``: ``runner.connectionDefaultTTL`` applies (an explicit None does not).
UNSET: Any = _Unset()


def _invalid_type(kind: str) -> NbStateAPIException:
    reason = NOT_PROVIDED.get(kind)
    if reason is not None:
        return NbStateAPIException(
            f'st.connection type "{kind}" is not available in nbstate (it provides "sql" and '
            f"connection classes of your own, subclasses of st.connections.BaseConnection): {reason}."
        )
    return NbStateAPIException(
        f"Invalid connection '{kind}'. Supported connection types: 'sql', a subclass of "
        "st.connections.BaseConnection, or the dotted import path of one "
        "('package.module.ClassName')."
    )


def _class_of(name: str, kind: Any) -> type[BaseConnection[Any]]:
    """The connection class that `kind` (the ``type`` argument) and `name` mean."""
    if kind is None:
        if name in BUILT_IN or name in NOT_PROVIDED:
            kind = name
        else:
            section = secrets.to_dict().get("connections", {}).get(name)
            kind = section.get("type") if isinstance(section, dict) else None
            if kind is None:
                raise NbStateAPIException(
                    f'st.connection("{name}") does not say which type of connection it is: '
                    f'pass type="sql" (or a BaseConnection subclass), or set type = "sql" under '
                    f"[connections.{name}] in .streamlit/secrets.toml."
                )
    if isinstance(kind, str):
        if kind.startswith(STREAMLIT_MODULE):
            found = STREAMLIT_CLASSES.get(kind.removeprefix(STREAMLIT_MODULE))
            if found is None:
                raise _invalid_type(kind)
            return found
        if "." in kind:
            module, _, cls = kind.rpartition(".")
            return getattr(importlib.import_module(module), cls)
        if kind not in BUILT_IN:
            raise _invalid_type(kind)
        return BUILT_IN[kind]
    if not (isinstance(kind, type) and issubclass(kind, BaseConnection)):
        raise NbStateAPIException(
            f"{kind} is not a subclass of BaseConnection! Derive your connection class from "
            "st.connections.BaseConnection and implement its _connect method."
        )
    return kind


def _ttl_seconds(ttl: Any) -> float | None:
    """`ttl` as seconds (one cache entry for ``30``, ``30.0`` and ``timedelta(seconds=30)``)."""
    if ttl is UNSET:
        ttl = get_option("runner.connectionDefaultTTL")
        if ttl is None:
            return None
        try:
            seconds = float(ttl.strip() if isinstance(ttl, str) else ttl)
        except (TypeError, ValueError):
            seconds = math.nan
        if isinstance(ttl, bool) or not math.isfinite(seconds) or seconds < 0:
            raise NbStateAPIException(
                "Invalid `runner.connectionDefaultTTL` value. Use a finite, non-negative "
                "number of seconds, or leave the option unset to keep connections cached "
                f"until they are cleared. Received {ttl!r}."
            )
        return seconds
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        return float(ttl)
    return ttl  # None, or a string cache_resource reads


def connection(
    name: str,
    type: Any = None,  # noqa: A002 - Streamlit's parameter name
    max_entries: int | None = None,
    ttl: float | timedelta | None = UNSET,
    **kwargs: Any,
) -> Any:
    """Create a connection to a database or service, or return the one already created.

    `name` names the ``[connections.<name>]`` section of ``.streamlit/secrets.toml`` the
    connection reads (``"env:VAR"``: the name is in the environment variable VAR). `type` is
    ``"sql"`` (SQLAlchemy; the default for the name ``"sql"``), a subclass of
    ``st.connections.BaseConnection`` or its dotted import path; None takes it from the
    name or the secrets' ``type``. `kwargs` go to the connection and win over the secrets.
    The connection is kept as `st.cache_resource` keeps values: the same object for the same
    arguments, for `ttl` seconds (None: until cleared; omitted: the
    ``runner.connectionDefaultTTL`` option), at most `max_entries` of them.
    """
    if name.startswith(ENV_PREFIX):
        variable = name.removeprefix(ENV_PREFIX)
        if variable not in os.environ:
            raise NbStateAPIException(
                f'st.connection("{name}"): the environment variable {variable} is not set.'
            )
        name = os.environ[variable]
    cls = _class_of(name, type)
    seconds = _ttl_seconds(ttl)
    scope = cls.scope()
    if scope not in ("global", "session"):
        raise NbStateAPIException(
            f"Connection class {cls.__name__} has scope {scope!r}: its scope() must return "
            "'global' or 'session'."
        )

    def create(name: str, connection_class: type[Any], **kwargs: Any) -> Any:
        return connection_class(connection_name=name, **kwargs)

    # One cache per ttl and max_entries, so a call with other ones does not reset it.
    create.__qualname__ = f"{create.__qualname__}_{str(seconds).replace('.', '_')}_{max_entries}"
    cached = cache_resource(
        max_entries=max_entries,
        show_spinner="Running `st.connection(...)`.",
        ttl=seconds,
        scope=scope,
        on_release=lambda conn: conn.close(),
    )(create)
    try:
        return cached(name, cls, **kwargs)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name == "sqlalchemy" and "nbstate[sql]" in str(exc):
            raise
        package = PIP_NAMES.get(exc.name, exc.name.split(".")[0])
        raise ModuleNotFoundError(
            f"{exc}. You need to install the '{package}' package to use this connection "
            f"(`pip install {package}`, then restart the kernel).",
            name=exc.name,
        ) from exc
