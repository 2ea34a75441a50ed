"""Multipage apps: `st.Page`, `st.navigation`, `st.switch_page`, as Streamlit 1.67 has them.

The app's script (a ``%%rerun`` cell, an `st.app` function, an AppTest script) is the
entrypoint: it calls `navigation` with its pages on every run, gets the page to show, and
runs it with `Page.run`. A page is known by the hash of its URL path, as in Streamlit; the app
remembers the page its last run showed (`RunHost.current_page`) and the page a switch asked
for (`RunHost.requested_page`). Widgets created by a page get ids of their own (the page
takes part in them), so a page switch drops the old page's widgets from session_state unless
they persist (`persist_state`). Files are found relative to the entrypoint's folder: the
notebook's folder (the kernel's working directory) for a cell, the script's for AppTest.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
import types
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import options
from .api.icons import check_icon
from .control import RerunException
from .errors import (
    NbStateAPIException,
    NbStateIncompatibleParametersError,
    NbStateInvalidParameterTypeError,
    NbStateMissingRequiredParameterError,
    NbStatePageNotFoundError,
    NbStateValueError,
)
from .run_context import RunContext, active_context, current_context
from .url_query import QueryParams

if TYPE_CHECKING:
    from .host import RunHost

_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(text: str) -> bool:
    """True for an http(s) address (an external page), in any letter case."""
    return _URL.match(text) is not None


def page_hash(url_path: str) -> str:
    """The id of a page: a hash of its URL path (Streamlit's page script hash)."""
    return hashlib.blake2b(url_path.encode(), digest_size=16).hexdigest()


def _leading_emoji(text: str) -> tuple[str, str]:
    """Split a leading emoji (and the separators after it) from `text`."""
    end = 0
    while end < len(text) and (
        unicodedata.category(text[end]) == "So" or text[end] in "\ufe0f\u200d"
    ):
        end += 1
    if end == 0:
        return "", text
    return text[:end], re.sub(r"^[_ -]+", "", text[end:])


def icon_and_name(path: Path) -> tuple[str, str]:
    """A page file's inferred icon and name: ``01_📈_My_page.py`` is ("📈", "My_page")."""
    found = _FILENAME.search(path.name)
    if found is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", found.group(2)).strip() or found.group(1)
    return _leading_emoji(name)


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _check_not_nested(url_path: str) -> None:
    if "/" in url_path:
        raise NbStateAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support "
            "nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To "
            "upvote support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def script_dir(filename: str) -> Path:
    """The folder of an entrypoint named `filename`: a file's folder, else the working
    directory (the notebook's folder in a kernel)."""
    path = Path(filename)
    return path.parent if path.is_file() else Path.cwd()


def begin_pages(app: RunHost, ctx: RunContext) -> None:
    """Before a run's callbacks: a run that `switch_page` sent to another page starts by
    dropping the app's widgets (see `SessionState.drop_widgets_for_switch`)."""
    if ctx.switch_drops_widgets and ctx.page_hash != app.current_page:
        ctx.state.drop_widgets_for_switch(app.app_id, app.current_page)


def finish_pages(app: RunHost, ctx: RunContext, abandoned: bool, completed: bool) -> None:
    """After a run: remember the page it showed (a run abandoned for a newer event leaves its
    page switch to the next run; a completed run without `navigation` has one page), and
    show the values persisted widgets of the page left behind gave the new page's widgets."""
    if abandoned and app.requested_page is None:
        app.requested_page = ctx.requested_page
    moved, ctx.state.moved_values = ctx.state.moved_values, {}
    if moved:  # a persisted value reached a widget of the new page: it shows it now
        for element in [e for area in ctx.areas for e in area.walk()]:
            if element.widget_id in moved:
                element.props = {**element.props, "value": moved[element.widget_id]}
    if ctx.navigation is not None:
        app.current_page = ctx.page_hash
        if not abandoned and ctx.page_hash in app.pages:
            ctx.session.page_url.show(app.pages[ctx.page_hash].url_path)
    elif completed:
        app.current_page, app.pages = "", {}


def main_dir() -> Path:
    """The folder page files are found in: the entrypoint's (see the module docstring)."""
    ctx = active_context()
    return ctx.app.script_dir() if ctx is not None else Path.cwd()


class Page:
    """A page of a multipage app: a function or a ``.py`` file, with its title, icon and
    URL path. Pass pages to `navigation`; run the one it returns with `run()`.
    """

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
    ) -> None:
        self._default = bool(default)
        self._external_url: str | None = None
        if visibility not in ("visible", "hidden"):
            raise NbStateValueError(
                "Invalid `visibility` value. Supported values: visible, hidden."
            )
        self._visibility = visibility
        self._help = textwrap.dedent(str(help)) if help is not None and str(help).strip() else ""
        self._can_be_called = False
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path, default)
            return
        if isinstance(page, (str, Path)) and "\x00" in str(page):
            raise NbStateAPIException(
                "Unable to create Page. Page paths must not contain null bytes."
            )
        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            resolved = (main_dir() / Path(page)).resolve()
            if not resolved.is_file():
                raise NbStatePageNotFoundError(
                    f"Unable to create Page. The file `{resolved.name}` could not be found."
                )
            self._page: Path | Callable[[], None] | None = resolved
            inferred_icon, inferred_name = icon_and_name(resolved)
        elif callable(page):
            self._page = page
            if hasattr(page, "__name__"):
                inferred_name = str(page.__name__)
            elif title is None:
                raise NbStateMissingRequiredParameterError(
                    "The `title` parameter is required. Streamlit cannot infer a title from "
                    "this callable."
                )
        else:
            raise NbStateInvalidParameterTypeError(
                f"st.Page got a {type(page).__name__}: pass a function, or the path of a .py "
                "file (relative to the notebook's or main script's folder), or a URL."
            )
        self._title = title or inferred_name.replace("_", " ")
        self._icon = check_icon(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise NbStateMissingRequiredParameterError(
                "The `title` parameter is required. It cannot be empty or consist of "
                "underscores/spaces only."
            )
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped.strip() == "" and not default:
                raise NbStateMissingRequiredParameterError(
                    "The `url_path` parameter is required. It can only be empty for the "
                    "default page."
                )
            self._url_path = stripped
            _check_not_nested(stripped)

    def _init_external(
        self, url: str, title: str | None, icon: str | None, url_path: str | None, default: bool
    ) -> None:
        if title is None or title.strip() == "":
            raise NbStateMissingRequiredParameterError(
                "The `title` parameter is required. External URL pages require a non-empty "
                f"title. Please provide a title for the URL: {url}"
            )
        if default:
            raise NbStateIncompatibleParametersError(
                "`page=<external URL>` and `default=True` cannot be used together. External URL "
                "pages cannot be set as the default page."
            )
        self._external_url = url
        self._page = None
        self._title = title
        self._icon = check_icon(icon if icon is not None else "")
        path = (_sanitize_url_path(title) if url_path is None else url_path).strip().strip("/")
        if path == "":
            raise NbStateMissingRequiredParameterError(
                "The `url_path` parameter is required. Provide a non-empty `url_path`, or omit "
                "it and provide a `title` that can be converted to a valid URL path."
            )
        _check_not_nested(path)
        self._url_path = path

    @property
    def title(self) -> str:
        """The page's title, shown in the navigation menu."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon ("" for none)."""
        return self._icon

    @property
    def help(self) -> str:
        """The page's tooltip in the navigation menu ("" for none)."""
        return self._help

    @property
    def url_path(self) -> str:
        """The page's URL path ("" for the default page, which is the app's root)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        """ "visible", or "hidden" (left out of the menu, still reachable)."""
        return self._visibility

    @property
    def is_external(self) -> bool:
        """True for a page that is an external URL."""
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        """The URL of an external page, else None."""
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return page_hash(self._url_path)

    def run(self) -> None:
        """Run the page: call its function, or execute its file (as ``__main__``).

        Only the page `navigation` returned can be run, and only once per run.
        """
        if not self._can_be_called:
            raise NbStateAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        if self.is_external:
            return
        ctx = current_context()
        outer = ctx.id_scope
        ctx.id_scope = f"{ctx.app.app_id}/{self._script_hash}"
        try:
            if isinstance(self._page, Path):
                _exec_file(self._page)
            elif self._page is not None:
                self._page()
        finally:
            ctx.id_scope = outer

    def __repr__(self) -> str:
        return f"Page(title={self._title!r}, url_path={self.url_path!r})"


def _exec_file(path: Path) -> None:
    from .script import MAGIC_NAME, compile_source, magic_write

    magic = bool(options.get_option("runner.magicEnabled"))
    code = compile_source(path.read_text(), str(path), magic)
    module = types.ModuleType("__main__")
    module.__dict__.update({"__file__": str(path), MAGIC_NAME: magic_write})
    exec(code, module.__dict__)


PageLike = str | Path | Callable[[], None] | Page


def _as_page(item: Any) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, Path)) or callable(item):
        return Page(item)
    raise NbStateInvalidParameterTypeError(
        "Invalid `pages` type. Expected one of: str, Path, callable, st.Page. Provided type: "
        f"{type(item).__name__}."
    )


def _describe(page: Page, section: str, root: Path) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        path = page._page
        text = f"`{path.relative_to(root) if path.is_relative_to(root) else path}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = [f'section "{section}"'] if section else []
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _duplicate(first: tuple[str, Page], second: tuple[str, Page], root: Path) -> Exception:
    note = (
        " The default page is served at the app root, but it still reserves this pathname."
        if first[1]._default or second[1]._default
        else ""
    )
    return NbStateAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: "
        f"{_describe(first[1], first[0], root)} and {_describe(second[1], second[0], root)}. "
        "Each page passed to `st.navigation` needs a unique URL pathname, including pages in "
        "different sections, hidden pages, and external URL pages. Streamlit infers the "
        "pathname from the filename, callable name, or the title of an external URL page."
        f"{note} Set a unique `url_path` in `st.Page` for one of these pages."
    )


def _check_expanded(expanded: Any) -> int | bool:
    if isinstance(expanded, bool):
        return expanded
    if isinstance(expanded, int):
        if expanded < 0:
            raise NbStateValueError(
                "Invalid `expanded` value. Supported values: True, False, a non-negative "
                f"integer. Provided value: {expanded!r}."
            )
        return expanded
    raise NbStateInvalidParameterTypeError(
        "Invalid `expanded` type. Expected one of: bool, int. Provided type: "
        f"{type(expanded).__name__}."
    )


def navigation(
    pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]],
    *,
    position: str = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the app's pages, draw the navigation menu, and return the page to show.

    `pages` is a list, or a dict of section name -> list (the menu shows the sections). The
    menu is drawn at the top of the sidebar (``position="sidebar"``), in a bar above the app
    (``"top"``) or not at all (``"hidden"``; also when there is one page). Clicking an entry
    reruns the app on that page. Call ``.run()`` on the returned page to show it.
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise NbStateValueError(
            "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."
        )
    if isinstance(pages, Mapping):
        sections = {str(name): [_as_page(p) for p in group] for name, group in pages.items()}
    elif isinstance(pages, Sequence) and not isinstance(pages, str):
        sections = {"": [_as_page(p) for p in pages]}
    else:
        raise NbStateInvalidParameterTypeError(
            "The `pages` parameter must be a list of pages or a dict of section name -> list "
            f"of pages, not {type(pages).__name__}."
        )
    every = [page for group in sections.values() for page in group]
    if not every:
        raise NbStateMissingRequiredParameterError(
            "The `pages` parameter is required. Provide at least one `st.Page`."
        )
    default = None
    for page in every:
        if page._default:
            if default is not None:
                raise NbStateAPIException(
                    "Multiple Pages specified with `default=True`. At most one Page can be "
                    "set to default."
                )
            default = page
    if default is None:
        internal = [p for p in every if not p.is_external]
        if not internal:
            raise NbStateAPIException(
                "At least one non-external page is required. External URL pages cannot be "
                "the default page."
            )
        default = internal[0]
        default._default = True
    expanded = _check_expanded(expanded)
    ctx = current_context()
    by_hash: dict[str, tuple[str, Page]] = {}
    for section, group in sections.items():
        for page in group:
            if page._script_hash in by_hash:
                raise _duplicate(by_hash[page._script_hash], (section, page), main_dir())
            by_hash[page._script_hash] = (section, page)
    wanted = ctx.requested_page or ctx.app.current_page
    if not wanted and ctx.session.page_url.path:  # the app's first run: the URL's page
        wanted = page_hash(ctx.session.page_url.path)
    chosen = by_hash.get(wanted, ("", default))[1]
    if chosen.is_external:
        chosen = default
    chosen._can_be_called = True
    ctx.app.pages = {h: p for h, (_s, p) in by_hash.items()}
    ctx.page_hash = chosen._script_hash
    if position == "sidebar" and options.get_option("client.showSidebarNavigation") is False:
        position = "hidden"
    ctx.navigation = {
        "position": position,
        "expanded": expanded,
        "current": chosen._script_hash,
        "sections": [(name, list(group)) for name, group in sections.items()],
    }
    return chosen


def find_page(ctx: RunContext, page: str | Path | Page, command: str) -> Page:
    """The registered page `page` names (a Page, or a file path relative to the entrypoint)."""
    if isinstance(page, Page):
        if page.is_external:
            raise NbStateAPIException(
                f"Cannot use st.{command} with external URL pages. Use st.page_link instead "
                "to create a link to external pages."
            )
        return page
    if not isinstance(page, (str, Path)):
        raise NbStateInvalidParameterTypeError(
            f"st.{command} got a {type(page).__name__}: pass an st.Page, or the path of a page "
            "file relative to the notebook's or main script's folder."
        )
    if "\x00" in str(page):
        raise NbStateAPIException("Page paths must not contain null bytes.")
    wanted = (main_dir() / Path(page)).resolve()
    for candidate in ctx.app.pages.values():
        if isinstance(candidate._page, Path) and candidate._page == wanted:
            return candidate
    raise NbStatePageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path "
        "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
        "passed to `st.navigation` are allowed."
    )


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop the run and rerun the app on `page` (an st.Page, or a page file's path).

    Session state is kept; the widgets of the page left behind are dropped from it (unless
    created with ``persist_state``), as in Streamlit. The new page's query parameters are
    `query_params` (a mapping, or (key, value) pairs); without them it has none, as in
    Streamlit (``embed`` parameters stay). A parameter bound to a widget makes this an error.
    """
    ctx = current_context()
    target = find_page(ctx, page, "switch_page")
    set_query_params_for_switch(ctx.session.query_params, query_params)
    ctx.app.requested_page = target._script_hash
    ctx.app.switch_drops_widgets = True
    raise RerunException("app")


def set_query_params_for_switch(qp: QueryParams, query_params: Any) -> None:
    """Give the page a switch goes to `query_params` (None: no parameters)."""
    if query_params is None:
        qp.clear()
    elif isinstance(query_params, Mapping) or (
        isinstance(query_params, Iterable) and not isinstance(query_params, (str, bytes))
    ):
        qp.from_dict(query_params)
    else:
        raise NbStateInvalidParameterTypeError(
            f"Invalid `query_params` type. Expected one of: mapping, iterable of (key, value) "
            f"pairs. Provided type: {type(query_params).__name__}."
        )
