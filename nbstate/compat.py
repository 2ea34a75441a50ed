"""What to say about an ``st.X`` that nbstate does not provide."""

from __future__ import annotations

import difflib

from .errors import NbStateNotAvailableError

#: Streamlit names that nbstate does not provide, with the closest thing that it does.
ALTERNATIVES: dict[str, str] = {
    "experimental_rerun": "st.rerun()",
    "experimental_memo": "st.cache_data",
    "memo": "st.cache_data",
    "cache": "st.cache_data (data) or st.cache_resource (connections, models)",
    "experimental_singleton": "st.cache_resource",
    "singleton": "st.cache_resource",
    "beta_columns": "st.columns",
    "beta_expander": "st.expander",
    "beta_container": "st.container",
    "experimental_fragment": "st.fragment",
    "experimental_dialog": "st.dialog",
    "experimental_get_query_params": "st.query_params",
    "experimental_set_query_params": "st.query_params",
    "bokeh_chart": "st.write(figure), which shows the figure's notebook display",
}


def not_available(name: str, provided: list[str]) -> NbStateNotAvailableError:
    """The error for ``st.<name>``, naming the closest supported alternative if any."""
    hint = ALTERNATIVES.get(name)
    if hint is None:
        close = difflib.get_close_matches(name, provided, n=1)
        hint = f"st.{close[0]}" if close else None
    message = f"st.{name} is not available in nbstate."
    if hint:
        message += f" Use {hint} instead."
    message += " The README's compatibility table lists what is."
    return NbStateNotAvailableError(message)
