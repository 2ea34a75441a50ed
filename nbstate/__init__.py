"""nbstate: Streamlit's execution model, native to Jupyter.

Mark a cell with ``%%rerun`` and write Streamlit code in it (``import nbstate as st``): every
keyed widget is bound to ``st.session_state``, callbacks run first, then the cell reruns.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from . import components
from .api.buttons import button
from .api.charts import (
    altair_chart,
    area_chart,
    bar_chart,
    line_chart,
    plotly_chart,
    scatter_chart,
    vega_lite_chart,
)
from .api.chat import chat_input, chat_message
from .api.choices import multiselect, radio, select_slider, selectbox
from .api.column_config import column_config
from .api.data import data_editor, metric, pyplot
from .api.dataframe import dataframe
from .api.datetime import date_input, time_input
from .api.datetime_input import datetime_input
from .api.echarts import echarts_chart
from .api.echo import echo
from .api.embeds import graphviz_chart, iframe, logo, mermaid_chart, pdf, skeleton
from .api.feedback import balloons, snow, status, toast
from .api.files import download_button, file_uploader
from .api.forms import form, form_submit_button
from .api.grid import grid
from .api.help import help  # noqa: A004 - st.help, as Streamlit names it
from .api.inputs import checkbox, color_picker, text_area, text_input, toggle
from .api.link_button import link_button
from .api.maps import map, pydeck_chart
from .api.media import audio, image, video
from .api.media_inputs import audio_input, camera_input
from .api.menus import menu_button, pagination
from .api.numeric import number_input, slider
from .api.pages import page_link
from .api.popover import popover, space
from .api.selection import feedback, pills, segmented_control
from .api.status import progress, spinner
from .api.table import table
from .api.text import (
    badge,
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
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
    write,
    write_stream,
)
from .app_function import app
from .bridge import bind, widget
from .browser_context import ContextProxy as _ContextProxy
from .caching import cache_data, cache_resource
from .compat import not_available as _not_available
from .connections.factory import connection
from .execution import rerun, stop
from .fragments import dialog, fragment
from .hub_login import UserInfoProxy as _UserInfoProxy
from .hub_login import login, logout
from .layout import bottom, columns, container, empty, expander, sidebar, tabs
from .layout import old_bottom as _bottom
from .layout import register_public_names as _register_public_names
from .magic import load_ipython_extension, unload_ipython_extension
from .multipage import Page, navigation, switch_page
from .options import get_option, set_option
from .page_config import secrets, set_page_config
from .run_context import active_context as _active_context
from .runner import App
from .session import Session as _Session
from .session import kernel_session
from .state import SessionState as _SessionState
from .state import SessionStateProxy as _SessionStateProxy
from .url_query import QueryParamsProxy as _QueryParamsProxy

__version__ = "0.1.0"


def _current_state() -> _SessionState:
    ctx = _active_context()
    return ctx.state if ctx is not None else kernel_session().state


def _current_session() -> _Session:
    ctx = _active_context()
    return ctx.session if ctx is not None else kernel_session()


#: The session state of this kernel (or of the app test in progress), as in Streamlit.
session_state = _SessionStateProxy(_current_state)
#: The page URL's query parameters (per session, as session_state).
query_params = _QueryParamsProxy(lambda: _current_session().query_params)
#: What the page showing the app knows about its user (`nbstate.browser_context`).
context = _ContextProxy(_current_session)
#: The user the page's JupyterHub logged in (`nbstate.hub_login`); logged out elsewhere.
user = _UserInfoProxy(_current_session)

#: Names of this module that are not Streamlit's API: typing helpers, and `kernel_session`
#: (nbstate's own, for tools: ``nbstate.kernel_session().state``).
_NOT_EXPORTED = frozenset({"annotations", "Any", "ModuleType", "kernel_session"})

#: The public names: everything imported or defined above without a leading underscore (a new
#: element function is exported by its import line alone).
__all__ = sorted(
    name
    for name, value in globals().items()
    if not name.startswith("_") and not isinstance(value, ModuleType) and name not in _NOT_EXPORTED
)

_register_public_names({name: globals()[name] for name in __all__})


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    raise _not_available(name, __all__)


def _register_in_ipython() -> None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is not None:
        load_ipython_extension(shell)


_register_in_ipython()
