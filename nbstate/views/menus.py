"""Views of st.menu_button (a drop-down of actions) and st.pagination (page buttons)."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..tree import Element
from .base import WidgetView, set_traits
from .registry import shows


@shows("menu_button", wrapper="MenuButton")
class MenuButtonView(WidgetView):
    """A Dropdown whose first entry is the button's label; choosing an option is a click
    that carries the option, and the drop-down shows the label again."""

    value_trait = "index"

    def build(self, element: Element) -> W.Widget:
        return W.Dropdown(layout=W.Layout(width="max-content"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        icon = props.get("icon")
        title = f"{icon} {props['label']}" if icon else props["label"]
        entries = ((f"{title} ▾", -1), *((label, i) for i, label in enumerate(props["labels"])))
        return {
            "options": entries,
            "index": 0,
            "disabled": bool(props.get("disabled")),
            "tooltip": props.get("help") or None,
        }

    def _on_value(self, change: dict[str, Any]) -> None:
        if self._applying or change["new"] in (None, 0):
            return
        if self.ignored_because_disabled():
            self.refresh()
            return
        option = self.from_widget(change["new"])
        self._applying = True
        try:
            self.widget.index = 0  # the menu closes on its label again
        finally:
            self._applying = False
        self.app.post_click(self.widget_id, option)

    def from_widget(self, value: Any) -> Any:
        return self.element.props["options"][value - 1]

    def to_widget(self, value: Any) -> Any:
        """The drop-down entry of the option `value` (entry 0 is the label)."""
        options = self.element.props["options"]
        for index, option in enumerate(options):
            if option is value or option == value:
                return index + 1
        return 0


def _window(page: int, pages: int, visible: int | None) -> list[int]:
    """The page numbers shown: all, or `visible` of them around `page` with the first and
    the last."""
    if visible is None or pages <= max(visible, 3):
        return list(range(1, pages + 1))
    visible = max(visible, 3)
    start = max(1, min(page - visible // 2, pages - visible + 1))
    shown = set(range(start, start + visible)) | {1, pages}
    return sorted(shown)


@shows("pagination", wrapper="Pagination")
class PaginationView(WidgetView):
    """Page buttons (ToggleButtons): the current page and the pages around it."""

    value_trait = "index"

    def build(self, element: Element) -> W.Widget:
        return W.ToggleButtons(style={"button_width": "auto"})

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        page = props["value"]
        pages = _window(page, props["num_pages"], props.get("max_visible_pages"))
        self.pages = pages
        set_traits(self.widget, {"options": tuple((str(p), p) for p in pages)})
        return {
            "index": pages.index(page) if page in pages else None,
            "disabled": bool(props.get("disabled")),
        }

    def from_widget(self, value: Any) -> Any:
        return self.pages[value] if value is not None else self.element.props["value"]

    def to_widget(self, value: Any) -> Any:
        """The position of page `value` among the page buttons shown."""
        if value not in self.pages:
            # a page not shown: show it (the window moves there), as a click would
            self.pages = _window(value, self.element.props["num_pages"], None)
            set_traits(self.widget, {"options": tuple((str(p), p) for p in self.pages)})
        return self.pages.index(value)
