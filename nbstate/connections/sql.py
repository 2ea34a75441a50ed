"""`SQLConnection`: ``st.connection("sql")``, a SQLAlchemy engine with a cached ``query``.

The URL comes from ``url`` or from ``dialect``/``driver``/``username``/``password``/``host``/
``port``/``database``/``query``, each from ``st.connection``'s keyword arguments or else the
``[connections.<name>]`` secrets; the other keyword arguments go to
``sqlalchemy.create_engine`` (with the secrets' ``create_engine_kwargs``).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..caching import cache_data
from ..errors import NbStateAPIException, NbStateMissingRequiredParameterError
from .base import BaseConnection

if TYPE_CHECKING:
    from pandas import DataFrame
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

#: The settings that make the URL; every other keyword goes to ``create_engine``.
URL_PARAMS = (
    "url",
    "driver",
    "dialect",
    "username",
    "password",
    "host",
    "port",
    "database",
    "query",
)
#: Without ``url``, the URL needs at least these.
REQUIRED_PARAMS = ("dialect", "username", "host")
#: ``query`` tries this many times when the database reports an error, reconnecting between.
QUERY_ATTEMPTS = 3
QUERY_RETRY_WAIT = 1.0


def import_sqlalchemy() -> Any:
    """The sqlalchemy module, or an error saying how to install it."""
    try:
        import sqlalchemy
    except ImportError as exc:
        raise ModuleNotFoundError(
            "st.connection's SQL connections need SQLAlchemy, which is not installed: "
            "`pip install nbstate[sql]` (or `pip install 'SQLAlchemy>=2'`), plus your "
            "database's driver (e.g. psycopg2-binary for PostgreSQL), then restart the kernel.",
            name="sqlalchemy",
        ) from exc
    return sqlalchemy


def engine_url(params: dict[str, Any]) -> Any:
    """The ``sqlalchemy.engine.URL`` of the merged settings `params`."""
    from sqlalchemy.engine import URL, make_url

    if "url" in params:
        return make_url(params["url"])
    for name in REQUIRED_PARAMS:
        if name not in params:
            raise NbStateMissingRequiredParameterError(
                f"The `{name}` parameter is required. Set this SQL DB connection parameter "
                "in `secrets.toml` or pass it as a kwarg to `st.connection`."
            )
    driver = f"+{params['driver']}" if "driver" in params else ""
    return URL.create(
        drivername=params["dialect"] + driver,
        username=params["username"],
        password=params.get("password"),
        host=params["host"],
        port=int(params["port"]) if "port" in params else None,
        database=params.get("database"),
        query=params.get("query", {}),
    )


class SQLConnection(BaseConnection["Engine"]):
    """A SQL database through a SQLAlchemy engine (``st.connection("sql")``).

    ``query(sql)`` reads into a DataFrame, cached as `st.cache_data` (``ttl``); ``session``
    is a SQLAlchemy ``Session`` for writes and transactions; ``engine``, ``driver`` and
    ``connect()`` give SQLAlchemy's own objects. ``autocommit=True`` opens the engine in
    autocommit mode.
    """

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Engine:
        sqlalchemy = import_sqlalchemy()
        secret = self._secrets.to_dict()
        # kwargs win over the secrets, key by key (Streamlit's order)
        params = {k: secret[k] for k in URL_PARAMS if k in secret}
        params.update({k: kwargs.pop(k) for k in URL_PARAMS if k in kwargs})
        if not params:
            raise NbStateAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`? nbstate reads "
                f"[connections.{self._connection_name}] from .streamlit/secrets.toml in the "
                "notebook's directory (or ~/.streamlit/secrets.toml); pass url=... to "
                "st.connection otherwise."
            )
        engine_kwargs = {**dict(secret.get("create_engine_kwargs", {})), **kwargs}
        engine = sqlalchemy.create_engine(engine_url(params), **engine_kwargs)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> DataFrame:
        """Run a read-only query and return its rows as a pandas DataFrame.

        The result is cached as `st.cache_data` caches (per connection, query and
        arguments); ``ttl`` seconds (None: until cleared) bounds its life. ``params`` are
        bound to the query's ``:name`` placeholders; ``index_col``, ``chunksize`` and other
        keyword arguments go to ``pandas.read_sql``. A database error is retried twice,
        reconnecting in between.
        """
        import_sqlalchemy()

        def _query(
            instance_id: str,  # noqa: ARG001 - scopes the cache to this connection
            sql: str,
            index_col: str | list[str] | None = None,
            chunksize: int | None = None,
            params: Any | None = None,
            **kwargs: Any,
        ) -> DataFrame:
            return self._read_with_retries(
                sql, index_col=index_col, chunksize=chunksize, params=params, **kwargs
            )

        # One cache per connection name and ttl: a new ttl must not reset another's cache.
        ttl_text = str(ttl).replace(".", "_")
        _query.__qualname__ = f"{_query.__qualname__}_{self._connection_name}_{ttl_text}"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(_query)
        return cached(
            str(self._connection_instance_id),
            sql,
            index_col=index_col,
            chunksize=chunksize,
            params=params,
            **kwargs,
        )

    def _read_with_retries(self, sql: str, **kwargs: Any) -> DataFrame:
        import pandas as pd
        from sqlalchemy import text
        from sqlalchemy.exc import DatabaseError, InternalError, OperationalError

        for attempt in range(1, QUERY_ATTEMPTS + 1):
            try:
                connection = self._instance.connect()
                if kwargs.get("chunksize") is not None:  # the chunks read it later
                    return pd.read_sql(text(sql), connection, **kwargs)
                with connection:
                    return pd.read_sql(text(sql), connection, **kwargs)
            except (DatabaseError, InternalError, OperationalError):
                self.reset()
                if attempt == QUERY_ATTEMPTS:
                    raise
                time.sleep(QUERY_RETRY_WAIT)
        raise AssertionError("unreachable")  # pragma: no cover

    def connect(self) -> Connection:
        """A new SQLAlchemy ``Connection`` from the engine (close it, or use ``with``)."""
        return self._instance.connect()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy ``Engine``."""
        return self._instance

    @property
    def driver(self) -> str:
        """The name of the engine's database driver (``"pysqlite"``, ``"psycopg2"``...)."""
        return str(self._instance.driver)

    @property
    def session(self) -> Session:
        """A new SQLAlchemy ``Session`` on the engine, for writes and transactions
        (``with conn.session as s: s.execute(...); s.commit()``)."""
        from sqlalchemy.orm import Session

        return Session(self._instance)
