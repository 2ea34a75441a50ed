"""`BaseConnection`: what every connection ``st.connection`` creates is built on.

A subclass implements ``_connect(**kwargs)``, which returns the underlying object (an engine,
a client). The connection keeps it, creates it again after `reset`, and reads its settings
from the ``[connections.<name>]`` section of ``.streamlit/secrets.toml`` (``self._secrets``).
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from typing import Any, Generic, Literal, TypeVar

from ..page_config import Secrets, secrets

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base class of connections: subclass it and implement ``_connect``.

    ``st.connection(name, type=YourClass, **kwargs)`` creates ``YourClass(name, **kwargs)``
    once per name and arguments (as `st.cache_resource` would) and returns that same object
    on every rerun. ``scope()`` returning ``"session"`` makes one per session instead.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        """Create the connection `connection_name` and connect (``_connect(**kwargs)``)."""
        self._connection_name = connection_name
        self._kwargs = kwargs
        # Unique for the life of the kernel (id() can be reused), it scopes query caches.
        self._connection_instance_id = uuid.uuid4()
        self._secrets_seen = self._secrets.to_dict()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            # Only an object already connected is asked: a hint must not connect.
            raw = object.__getattribute__(self, "__dict__").get("_raw_instance")
            if raw is not None and hasattr(raw, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
                ) from None
            raise

    @property
    def _secrets(self) -> Secrets:
        """This connection's ``[connections.<name>]`` secrets (empty if there are none)."""
        section = secrets.to_dict().get("connections")
        values = section.get(self._connection_name) if isinstance(section, dict) else None
        path = f"st.secrets.connections.{self._connection_name}"
        return Secrets(dict(values) if isinstance(values, dict) else {}, path)

    def reset(self) -> None:
        """Drop the underlying object: the next use connects again (after an expired login,
        a dropped connection)."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying object, connecting first if there is none (after `reset`) or if
        this connection's secrets changed (``st.secrets.reload()`` read new ones)."""
        secrets_now = self._secrets.to_dict()
        if secrets_now != self._secrets_seen:
            self._secrets_seen = secrets_now
            self.reset()
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Create the underlying object from `kwargs` (and ``self._secrets``)."""
        raise NotImplementedError

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """``"global"``: one connection shared by every session of the kernel (the default);
        ``"session"``: one per session."""
        return "global"

    def close(self) -> None:
        """Called when ``st.connection``'s cache lets the connection go (ttl, max_entries,
        ``st.cache_resource.clear()``); does nothing unless a subclass says otherwise."""
