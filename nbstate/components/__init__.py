"""`st.components`: Streamlit's custom components (`v1` works; `v2` is not available)."""

from __future__ import annotations

from . import v1, v2

__all__ = ["v1", "v2"]
