"""Page-level calls of a Streamlit app: st.set_page_config and st.secrets."""

from __future__ import annotations

import html
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import NbStateAPIException, NbStateValueError
from .run_context import current_context

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def show_page_config(
    title_widget: Any, app_widget: Any, page_config: dict[str, Any] | None
) -> None:
    """Show what st.set_page_config asked for: the title and icon in the app's toolbar
    (`title_widget`), the centered layout as a maximum width of the app area."""
    from .views.base import set_traits

    title = ""
    width = ""
    if page_config:
        title = " ".join(str(p) for p in (page_config["icon"], page_config["title"]) if p)
        width = "46rem" if page_config["layout"] == "centered" else ""
    set_traits(title_widget, {"value": f"<b>{html.escape(title)}</b>" if title else ""})
    if app_widget.layout.max_width != (width or None):
        app_widget.layout.max_width = width or None
    # for the page's stylesheet: a wide app's main column is not kept to 736 px in Voilà
    if page_config and page_config["layout"] == "wide":
        app_widget.add_class("nbstate-layout-wide")
    else:
        app_widget.remove_class("nbstate-layout-wide")


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Any = None,
) -> None:
    """Set the app's title and icon (shown in its toolbar), its layout and its sidebar.

    As in Streamlit, calls add up: a parameter left at None keeps what an earlier call of the
    run set. ``layout="centered"`` (the default) keeps the app area to a readable width;
    ``"wide"`` uses the whole width of the notebook. ``initial_sidebar_state`` is "auto" or
    "expanded" (shown), "collapsed" (hidden until the user expands it), "locked" (shown, with
    no collapse button) or a width in pixels. ``menu_items`` is accepted: an app area has no
    such menu.
    """
    if layout not in (None, "centered", "wide"):
        raise NbStateValueError("Invalid `layout` value. Supported values: 'centered', 'wide'.")
    state = initial_sidebar_state
    if not (
        state is None
        or state in ("auto", "expanded", "collapsed", "locked")
        or (isinstance(state, int) and not isinstance(state, bool) and state > 0)
    ):
        raise NbStateValueError(
            "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
            f"'collapsed', 'locked', a positive integer (width in pixels). Got {state!r}."
        )
    ctx = current_context()
    given = {
        "title": page_title,
        "icon": page_icon,
        "layout": layout,
        "initial_sidebar_state": state,
    }
    earlier = ctx.page_config or {"title": None, "icon": None, "layout": "centered"}
    ctx.page_config = {**earlier, **{k: v for k, v in given.items() if v is not None}}


def secrets_files() -> list[Path]:
    """The secrets files read, lowest priority first: the user's, then the project's."""
    return [
        Path.home() / ".streamlit" / "secrets.toml",
        Path.cwd() / ".streamlit" / "secrets.toml",
    ]


class Secrets(Mapping[str, Any]):
    """`st.secrets`: values from ``.streamlit/secrets.toml``, as Streamlit reads them.

    Read by key or attribute (``st.secrets["db"]["user"]``, ``st.secrets.db.user``). The
    project's file (in the notebook's working directory) overrides the user's
    (``~/.streamlit/secrets.toml``); the files are read on first use.
    """

    def __init__(self, values: dict[str, Any] | None = None, path: str = "st.secrets") -> None:
        self._values = values
        self._path = path

    def _data(self) -> dict[str, Any]:
        if self._values is None:
            merged: dict[str, Any] = {}
            for file in secrets_files():
                if file.is_file():
                    try:
                        merged.update(tomllib.loads(file.read_text()))
                    except tomllib.TOMLDecodeError as exc:
                        raise NbStateAPIException(f"{file} is not valid TOML: {exc}") from None
            self._values = merged
        return self._values

    def reload(self) -> None:
        """Read the secrets files again."""
        self._values = None

    @contextmanager
    def overridden(self, values: dict[str, Any] | None) -> Iterator[None]:
        """Within the block, the secrets are `values` instead of the files' (None: no change).

        AppTest uses it for ``at.secrets``, which replaces the secrets files as in Streamlit.
        """
        if values is None:
            yield
            return
        saved, self._values = self._values, dict(values)
        try:
            yield
        finally:
            self._values = saved

    def __getitem__(self, key: str) -> Any:
        data = self._data()
        if key not in data:
            files = " or ".join(str(f) for f in secrets_files())
            raise KeyError(f'{self._path} has no key "{key}". Did you forget to add it to {files}?')
        value = data[key]
        return Secrets(value, f"{self._path}.{key}") if isinstance(value, dict) else value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(exc.args[0]) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def to_dict(self) -> dict[str, Any]:
        """The secrets as a plain dict."""
        return dict(self._data())

    def __repr__(self) -> str:
        return f"<{self._path}: {len(self)} keys>"


secrets = Secrets()
