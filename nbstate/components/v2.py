"""`st.components.v2`: Streamlit 1.67's bidirectional components, not available in nbstate.

Every attribute raises `NbStateNotAvailableError` saying why and what to use instead.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateNotAvailableError

#: Why `st.components.v2` is missing, and what to use.
REASON = (
    "st.components.v2.{name} is not available in nbstate: version 2 components are loaded "
    "from a package's manifest and talk to Streamlit's own frontend runtime, which a notebook "
    "page does not have. Use st.components.v1.declare_component for a built component, or "
    "write an anywidget and show it with st.bind."
)


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    raise NbStateNotAvailableError(REASON.format(name=name))
