"""Options of selectbox and multiselect that shape their dropdown in Streamlit 1.67.

`filter_mode` (how typing filters the options) and `select_all` (a "Select all" entry) are
checked as Streamlit checks them. The multiselect's tag field (`tag_select`) honours both;
the selectbox, ipywidgets' `Dropdown`, has no typing filter (docs/parameters-without-effect.md).
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException, NbStateValueError

FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    """A clear error for a `filter_mode` Streamlit rejects."""
    if filter_mode not in FILTER_MODES:
        raise NbStateValueError(
            "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None."
        )
    if filter_mode is None and accept_new_options:
        raise NbStateAPIException(
            "`filter_mode=None` and `accept_new_options=True` cannot be used together. "
            "`filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` "
            "to `fuzzy`, `contains`, or `prefix`."
        )


def check_select_all(select_all: Any) -> None:
    """A clear error for a `select_all` Streamlit rejects (a bool or a non-negative int)."""
    if isinstance(select_all, bool):
        return
    if not isinstance(select_all, int):
        raise NbStateAPIException(
            "Invalid `select_all` type. Expected one of: bool, int. Provided type: "
            f"{type(select_all).__name__}."
        )
    if select_all < 0:
        raise NbStateValueError(
            "Invalid `select_all` value. Supported values: True, False, a non-negative integer. "
            "When using an int, `select_all` must be a non-negative integer."
        )
