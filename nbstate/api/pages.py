"""`st.page_link`: a link to another page of a multipage app, or to a URL (Streamlit 1.67)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from ..errors import NbStateMissingRequiredParameterError
from ..layout import ElementHandle, add_element
from ..multipage import Page, find_page, is_url
from ..run_context import current_context
from ..tree import Element
from ..url_query import link_query_string
from .button_options import check_icon_position
from .icons import check_icon
from .sizes import check_width


def page_link(
    page: str | Path | Page,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: str = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    query_params: Any = None,
) -> ElementHandle:
    """Show a link to a page of the app (clicking it reruns the app on that page) or to an
    external URL (opened in a new tab).

    `page` is an `st.Page`, the path of a page file passed to `st.navigation` (relative to
    the notebook's or main script's folder), or a URL. The label, icon and tooltip default
    to the page's. `query_params` is accepted for Streamlit's signature; a notebook app has no
    URL to put them in.
    """
    ctx = current_context()
    icon_position = check_icon_position(icon_position)
    check_width(width, allow_content=True)
    props: dict[str, Any] = {
        "label": "" if label is None else str(label),
        "icon": check_icon(icon) if icon is not None else "",
        "icon_position": icon_position,
        "help": "" if help is None else textwrap.dedent(str(help)),
        "disabled": bool(disabled),
        "width": "stretch" if use_container_width else width,
        "external": False,
        "page": "",
        "page_hash": "",
        "query_string": link_query_string(query_params) if query_params else "",
    }
    if isinstance(page, Page) and page.is_external:
        props.update(page=page.external_url or "", external=True)
    elif isinstance(page, Page):
        props.update(page=page.url_path, page_hash=page._script_hash)
    elif isinstance(page, str) and is_url(page):
        if not label:
            raise NbStateMissingRequiredParameterError(
                "The `label` parameter is required. Streamlit cannot infer a label for an "
                "external URL."
            )
        props.update(page=str(page), external=True)
        return add_element(Element("page_link", props))
    else:
        page = find_page(ctx, page, "page_link")
        props.update(page=page.url_path, page_hash=page._script_hash)
    assert isinstance(page, Page)
    if label is None:
        props["label"] = page.title
    if icon is None:
        props["icon"] = page.icon
    if help is None:
        props["help"] = page.help
    return add_element(Element("page_link", props))
