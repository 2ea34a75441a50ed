"""nbstate: Streamlit's execution model, native to Jupyter.

Mark a cell with ``%%rerun`` and write Streamlit code in it (``import nbstate as st``): every
keyed widget is bound to ``st.session_state``, callbacks run first, then the cell reruns.
"""

from __future__ import annotations

from typing import Any

from .apps import app
from .bridge import bind, widget
from .caching import cache_data, cache_resource
from .compat import not_available
from .config import get_option, set_option
from .context import active_context
from .elements.buttons import button
from .elements.charts import (
    altair_chart,
    area_chart,
    bar_chart,
    line_chart,
    plotly_chart,
    scatter_chart,
    vega_lite_chart,
)
from .elements.chat import chat_input, chat_message
from .elements.choices import multiselect, radio, select_slider, selectbox
from .elements.data import data_editor, dataframe, metric, pyplot, table
from .elements.datetime import date_input, time_input
from .elements.feedback import balloons, snow, status, toast
from .elements.files import download_button, file_uploader
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
from .elements.media import audio, image, video
from .elements.status import progress, spinner
from .elements.text import (
    caption,
    code,
    divider,
    error,
    exception,
    header,
    html,
    info,
    json,
    latex,
    link_button,
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
    write,
    write_stream,
)
from .execution import rerun, stop
from .fragments import dialog, fragment
from .layout import columns, container, empty, expander, register_public_names, sidebar, tabs
from .magic import load_ipython_extension, unload_ipython_extension
from .page_config import secrets, set_page_config
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
    "App",
    "altair_chart",
    "app",
    "area_chart",
    "audio",
    "balloons",
    "bar_chart",
    "bind",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "data_editor",
    "dataframe",
    "date_input",
    "dialog",
    "divider",
    "download_button",
    "empty",
    "error",
    "exception",
    "expander",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "get_option",
    "header",
    "html",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "load_ipython_extension",
    "markdown",
    "metric",
    "multiselect",
    "number_input",
    "plotly_chart",
    "progress",
    "pyplot",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "slider",
    "snow",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "unload_ipython_extension",
    "vega_lite_chart",
    "video",
    "warning",
    "widget",
    "write",
    "write_stream",
]

register_public_names({name: globals()[name] for name in __all__})


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    raise not_available(name, __all__)


def _register_in_ipython() -> None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is not None:
        load_ipython_extension(shell)


_register_in_ipython()
