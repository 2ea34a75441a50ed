"""nbstate: Streamlit's execution model, native to Jupyter.

Mark a cell with ``%%rerun`` and write Streamlit code in it (``import nbstate as st``): every
keyed widget is bound to ``st.session_state``, callbacks run first, then the cell reruns.
"""

from __future__ import annotations

from .apps import app
from .caching import cache_data, cache_resource
from .config import get_option, set_option
from .context import active_context
from .elements.buttons import button
from .elements.choices import multiselect, radio, select_slider, selectbox
from .elements.data import dataframe, metric, pyplot, table
from .elements.datetime import date_input, time_input
from .elements.forms import form, form_submit_button
from .elements.inputs import (
    checkbox,
    color_picker,
    number_input,
    slider,
    text_area,
    text_input,
    toggle,
)
from .elements.status import progress, spinner
from .elements.text import (
    caption,
    code,
    error,
    exception,
    header,
    info,
    json,
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
    write,
)
from .execution import rerun, stop
from .layout import columns, container, empty, expander, sidebar, tabs
from .magic import load_ipython_extension, unload_ipython_extension
from .runner import App
from .session import kernel_session
from .state import SessionStateProxy

__version__ = "0.1.0"


def _current_state():
    ctx = active_context()
    return ctx.state if ctx is not None else kernel_session().state


#: The session state of this kernel (or of the app test in progress), as in Streamlit.
session_state = SessionStateProxy(_current_state)

__all__ = [
    "dataframe",
    "metric",
    "progress",
    "pyplot",
    "spinner",
    "table",
    "color_picker",
    "date_input",
    "number_input",
    "text_area",
    "time_input",
    "toggle",
    "selectbox",
    "select_slider",
    "radio",
    "multiselect",
    "App",
    "app",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "checkbox",
    "code",
    "columns",
    "container",
    "empty",
    "expander",
    "error",
    "exception",
    "form",
    "form_submit_button",
    "get_option",
    "header",
    "info",
    "json",
    "load_ipython_extension",
    "markdown",
    "rerun",
    "session_state",
    "set_option",
    "sidebar",
    "slider",
    "stop",
    "subheader",
    "success",
    "tabs",
    "text",
    "text_input",
    "title",
    "unload_ipython_extension",
    "warning",
    "write",
]


def _register_in_ipython() -> None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is not None:
        load_ipython_extension(shell)


_register_in_ipython()
