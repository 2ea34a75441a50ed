"""``st.connections``: the connection classes ``st.connection`` creates.

The counterpart of Streamlit's ``streamlit.connections``: subclass `BaseConnection` to write a
connection of your own (``st.connection("name", type=MyConnection)``); `SQLConnection` is the
built-in ``"sql"`` type (SQLAlchemy).
"""

from __future__ import annotations

from .base import BaseConnection
from .sql import SQLConnection

#: Streamlit's older name of `BaseConnection`.
ExperimentalBaseConnection = BaseConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection"]
