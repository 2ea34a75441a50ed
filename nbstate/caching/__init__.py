"""Streamlit's caches: ``st.cache_data`` (copies of data) and ``st.cache_resource`` (shared
objects), with values kept per kernel process and, for ``persist="disk"``, in a folder."""

from __future__ import annotations

from .api import CacheDataAPI, CachedFunction, CacheResourceAPI, cache_data, cache_resource
from .storage import CACHE_DIR_ENV, default_cache_dir

__all__ = [
    "CACHE_DIR_ENV",
    "CacheDataAPI",
    "CacheResourceAPI",
    "CachedFunction",
    "cache_data",
    "cache_resource",
    "default_cache_dir",
]
