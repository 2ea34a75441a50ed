"""`st.components.v1` (``import nbstate.components.v1 as components``): `html`, `iframe`
and `declare_component`, as in Streamlit 1.67."""

from __future__ import annotations

from ..api.components import CustomComponent, declare_component, html, iframe

__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
