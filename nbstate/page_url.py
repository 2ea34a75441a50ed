"""The page a multipage app shows, named in the page URL's fragment: ``#/<url_path>``.

Streamlit serves each page at ``/<url_path>``. A notebook's or Voilà's page has a path of its
own that cannot change (the server would answer a reload with 404), and its query string
belongs to `st.query_params`, so the page goes in the fragment, which the server never sees
and which JupyterLab's router and Voilà leave alone. The default page is the URL without a
fragment. A fragment that does not start with ``#/`` (a heading's anchor) is not ours: it
names no page and is never rewritten to show the default page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib import parse

PREFIX = "#/"


def page_from_fragment(fragment: str) -> str:
    """The URL path a fragment names ("" for none: the default page)."""
    if not isinstance(fragment, str) or not fragment.startswith(PREFIX):
        return ""
    return parse.unquote(fragment[len(PREFIX) :]).strip("/")


def fragment_for(url_path: str) -> str:
    """The fragment naming the page at `url_path` ("" for the default page)."""
    return f"{PREFIX}{parse.quote(url_path)}" if url_path else ""


def page_for(pages: Mapping[str, Any], url_path: str) -> str:
    """The id (hash) of the page at `url_path` among `pages` (id -> `multipage.Page`); the
    default page's when no page (or an external one) has that path, as Streamlit falls back."""
    default = ""
    for page_id, page in pages.items():
        if url_path and page._url_path == url_path and not page.is_external:
            return page_id
        if page._default:
            default = page_id
    return default


class PageUrl:
    """What the page's URL says about the page shown, and how to make it say another."""

    def __init__(self) -> None:
        #: The URL path the page's URL names ("" for the default page), None until a browser
        #: page has reported its URL (AppTest, a kernel without a page): nothing to update.
        self.path: str | None = None
        #: Called with the new fragment ("" for none) when the page shown changes.
        self.publish: Callable[[str], None] | None = None

    def reported(self, fragment: str) -> None:
        """A browser page reported its URL's fragment."""
        self.path = page_from_fragment(fragment)

    def show(self, url_path: str) -> None:
        """The app shows the page at `url_path` ("" default): make the URL say so."""
        if self.path is None or self.path == url_path:
            return
        self.path = url_path
        if self.publish is not None:
            self.publish(fragment_for(url_path))
