"""The navigation menu of a multipage app (`st.navigation`) and the view of `st.page_link`.

The menu is drawn as Streamlit draws it: a list of pages at the top of the sidebar (section
names above their pages), or a row in the bar above the app (``position="top"``); hidden when
there is one page or ``position="hidden"``. The current page is marked; clicking another entry
reruns the app on that page. It is not an element of the run's tree (Streamlit's AppTest does
not list it either): the app shows it next to the tree.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import ipywidgets as W

from ..frontend_messages import custom_message, guard_frontend_messages, is_event
from ..tree import Element
from .base import View, close_widget, set_traits
from .registry import shows
from .sidebar_toggle import SidebarToggle

if TYPE_CHECKING:
    from ..host import AppEvents

#: Streamlit shows at most this many pages of a collapsed menu, when it has more than
#: COLLAPSE_ABOVE pages (``expanded=False``).
VISIBLE_ITEMS = 10
COLLAPSE_ABOVE = 12


def entry_text(title: str, icon: str) -> str:
    """A menu entry's text: the icon (an emoji; Material icons need a font a notebook lacks)
    and the title."""
    if not icon or icon.startswith(":material/"):
        return title
    return f"{icon} {title}"


class NavigationMenu:
    """The menu of one app: its widget, rebuilt when the pages change, restyled otherwise.

    It also owns the app's sidebar column (the menu atop the renderer's sidebar box, shown
    when either is in use, and not collapsed by its `toggle`) and puts itself in the app's
    `toolbar` for ``position="top"``.
    """

    def __init__(self, app: AppEvents, label: str, sidebar: W.Box, toolbar: W.Box) -> None:
        self.app = app
        self.label = label
        self.sidebar = sidebar
        self.toolbar = toolbar
        self.widget = W.VBox(_dom_classes=("nbstate-nav",), layout=W.Layout(display="none"))
        set_traits(sidebar.layout, {"display": "none"})  # the renderer shows it when in use
        self.toggle = SidebarToggle(label)
        toolbar.children = (self.toggle.expand_button, *toolbar.children)
        self.side_column = W.VBox(
            (self.toggle.collapse_button, self.widget, sidebar),
            _dom_classes=("nbstate-sidebar",),
            layout=W.Layout(
                display="none", width="28%", min_width="12em", padding="0.5em", margin="0 1em 0 0"
            ),
        )
        for part in (self.widget, self.side_column):
            guard_frontend_messages(part, f"the navigation menu of {label}", lambda c: False)
        self.position = "hidden"
        self.buttons: dict[str, W.Button] = {}
        self._parts: list[W.Widget] = []
        self._signature: Any = None
        self._show_all = False
        self._more: W.Button | None = None

    def place(
        self, spec: dict[str, Any] | None, sidebar_in_use: bool, page_config: Any = None
    ) -> None:
        """Show the menu of a run (`spec`, None for none) where it goes, and the sidebar
        column when the menu or the sidebar's elements (`sidebar_in_use`) are in it, as the
        run's `page_config` (its ``initial_sidebar_state``) and the user's toggle say."""
        position = self.show(spec, sidebar_in_use)
        initial = (page_config or {}).get("initial_sidebar_state") or "auto"
        self.toggle.apply(self.side_column, sidebar_in_use or position == "sidebar", initial)
        in_toolbar = self.widget in self.toolbar.children
        collapse = self.toggle.collapse_button
        if position == "top" and not in_toolbar:
            self.side_column.children = (collapse, self.sidebar)
            expand, title, *rest = self.toolbar.children
            self.toolbar.children = (expand, title, self.widget, *rest)
        elif position != "top" and in_toolbar:
            self.toolbar.children = tuple(c for c in self.toolbar.children if c is not self.widget)
            self.side_column.children = (collapse, self.widget, self.sidebar)

    def show(self, spec: dict[str, Any] | None, sidebar_in_use: bool) -> str:
        """Show the menu `st.navigation` asked for (None: no menu); return where it goes:
        "sidebar", "top" or "hidden"."""
        pages = [] if spec is None else [p for _s, group in spec["sections"] for p in group]
        visible = [p for p in pages if p.visibility == "visible"]
        position = "hidden" if spec is None or len(visible) < 2 else spec["position"]
        self.position = position
        if position == "hidden":
            set_traits(self.widget.layout, {"display": "none"})
            return position
        assert spec is not None
        limit = self._limit(spec["expanded"], len(visible), position, sidebar_in_use)
        signature = (
            position,
            limit if not self._show_all else None,
            tuple(
                (section, tuple(_page_key(p) for p in group if p.visibility == "visible"))
                for section, group in spec["sections"]
            ),
        )
        if signature != self._signature:
            self._build(spec, position, limit if not self._show_all else None, len(visible))
            self._signature = signature
        for page_hash, button in self.buttons.items():
            current = page_hash == spec["current"]
            if current:
                button.add_class("nbstate-nav-current")
            else:
                button.remove_class("nbstate-nav-current")
        set_traits(self.widget.layout, {"display": "flex"})
        return position

    @staticmethod
    def _limit(expanded: Any, count: int, position: str, sidebar_in_use: bool) -> int | None:
        """How many entries a collapsed sidebar menu shows (None: all), as Streamlit decides."""
        if position != "sidebar" or not sidebar_in_use or expanded is True:
            return None
        if expanded is False or expanded == 0:
            return VISIBLE_ITEMS if count > COLLAPSE_ABOVE else None
        return int(expanded) if count >= int(expanded) + 3 else None

    def _build(self, spec: dict[str, Any], position: str, limit: int | None, count: int) -> None:
        for part in self._parts:
            close_widget(part)
        self._parts, self.buttons, self._more = [], {}, None
        shown = 0
        rows: list[W.Widget] = []
        for section, group in spec["sections"]:
            entries = [p for p in group if p.visibility == "visible"]
            if not entries or (limit is not None and shown >= limit):
                continue
            if section:
                header = W.HTML(
                    f"<span>{html.escape(section)}</span>", _dom_classes=("nbstate-nav-section",)
                )
                self._parts.append(header)
                rows.append(header)
            for page in entries:
                if limit is not None and shown >= limit:
                    break
                rows.append(self._entry(page))
                shown += 1
        if limit is not None or self._show_all:
            text = "View less" if self._show_all else f"View {count - shown} more"
            self._more = W.Button(description=text, _dom_classes=("nbstate-nav-more",))
            self._more.on_click(lambda _b: self._toggle())
            guard_frontend_messages(self._more, "the navigation menu's View more button", _click)
            self._parts.append(self._more)
            rows.append(self._more)
        if position == "top":
            box: W.Box = W.HBox(rows, layout=W.Layout(flex_flow="row wrap", align_items="center"))
            self._parts.append(box)
            rows = [box]
        self.widget.children = rows
        self.widget._dom_classes = ("nbstate-nav", f"nbstate-nav-{position}")

    def _entry(self, page: Any) -> W.Widget:
        text = entry_text(page.title, page.icon)
        if page.is_external:
            link = W.HTML(
                f'<a href="{html.escape(page.external_url, quote=True)}" target="_blank" '
                f'rel="noopener">{html.escape(text)}</a>',
                _dom_classes=("nbstate-nav-link",),
            )
            self._parts.append(link)
            return link
        button = W.Button(
            description=text,
            tooltip=page.help or None,
            _dom_classes=("nbstate-nav-entry",),
            layout=W.Layout(width="auto"),
        )
        page_hash = page._script_hash
        button.on_click(lambda _b: self.app.post_page(page_hash))
        guard_frontend_messages(button, f"the menu entry {page.title!r} of {self.label}", _click)
        self.buttons[page_hash] = button
        self._parts.append(button)
        return button

    def _toggle(self) -> None:
        self._show_all = not self._show_all
        self._signature = None
        self.app.post_rerun()

    def click(self, page_hash: str) -> None:
        """Deliver a click on the entry of `page_hash` as the browser's message would."""
        self.buttons[page_hash]._handle_msg(custom_message({"event": "click"}))

    def close(self) -> None:
        """Close the menu's widgets."""
        for part in (*self._parts, self.widget, self.side_column):
            close_widget(part)
        self.toggle.close()


def _click(content: Any) -> bool:
    return is_event(content, "click")


def _page_key(page: Any) -> tuple[Any, ...]:
    return (page._script_hash, page.title, page.icon, page.help, page.external_url)


@shows("page_link", wrapper="PageLink")
class PageLinkView(View):
    """st.page_link: a link to a page of the app (a click reruns on it) or to a URL."""

    @staticmethod
    def variant_of(element: Element) -> Any:
        return ("page_link", bool(element.props.get("external")), element.props.get("width"))

    def build(self, element: Element) -> W.Widget:
        classes = ("nbstate-element", "nbstate-page_link")
        width = element.props.get("width")
        if width == "stretch":
            layout = W.Layout(width="100%")
        elif isinstance(width, int) and not isinstance(width, bool):
            layout = W.Layout(width=f"{width}px")
        else:
            layout = W.Layout(width="auto")
        if element.props.get("external"):
            return W.HTML(_dom_classes=classes, layout=layout)
        button = W.Button(_dom_classes=classes, layout=layout)
        button.on_click(lambda _b: self._on_click())
        return button

    def accepts_custom(self, content: Any) -> bool:
        return not (self.props or {}).get("external") and is_event(content, "click")

    def _on_click(self) -> None:
        props = self.props or {}
        if not props.get("disabled") and props.get("page_hash"):
            self.app.post_page(props["page_hash"], props.get("query_string") or None)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        text = entry_text(props["label"], props.get("icon") or "")
        if props.get("icon") and props.get("icon_position") == "right":
            text = f"{props['label']} {props['icon']}" if text != props["label"] else text
        if props.get("external"):
            if props.get("disabled"):
                return {"value": f"<span>{html.escape(text)}</span>"}
            href = html.escape(props["page"], quote=True)
            return {
                "value": f'<a href="{href}" target="_blank" rel="noopener">{html.escape(text)}</a>'
            }
        return {
            "description": text,
            "tooltip": props.get("help") or None,
            "disabled": bool(props.get("disabled")),
        }

    def simulate_click(self) -> None:
        """Deliver a click exactly as the browser's message would."""
        self.widget._handle_msg(custom_message({"event": "click"}))
