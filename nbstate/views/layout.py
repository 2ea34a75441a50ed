"""Views of containers: boxes, columns, tabs, expanders and dialogs."""

from __future__ import annotations

from html import escape as html_escape
from typing import Any

import ipywidgets as W

from ..frontend_messages import guard_frontend_messages
from ..tree import Element
from .base import View, close_widget, css_class_for_key, set_traits
from .registry import shows


@shows("container", wrapper="Container")
@shows("empty", "fragment", lists=())
@shows("tab", lists="tabs", wrapper="Tab")
@shows("form")
class BoxView(View):
    """A container: a VBox whose children are set only when its list of models changed."""

    def build(self, element: Element) -> W.Widget:
        classes = list(dict.fromkeys(["nbstate-container", f"nbstate-{element.kind}"]))
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        return W.VBox(_dom_classes=tuple(classes))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        """Traits of the box's Layout model that show `props` (border, height, width)."""
        height = props.get("height")
        border = bool(props.get("border"))
        return {  # Streamlit's bordered box (radius 8: nbstate.css)
            "border": "1px solid var(--nbstate-border, rgba(49, 51, 63, 0.2))" if border else "",
            "padding": "15px" if border else "",
            "height": f"{height}px" if isinstance(height, int) else "",
            "overflow": "auto" if height else "",
        }

    def apply(self, element: Element) -> None:
        if not self.shows(element):
            self.show(element)
            set_traits(self.widget.layout, self.layout_traits(element.props))

    @property
    def box(self) -> W.Box:
        """The box whose children are the container's elements."""
        return self.widget

    def set_children(self, views: list[View]) -> None:
        self.children = views
        models = tuple(v.widget for v in views)
        if self.box.children != models:
            self.box.children = models


@shows("column", lists="columns", wrapper="Column")
class ColumnView(BoxView):
    """One column of `st.columns`: a VBox that takes its share of the row's width."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **super().layout_traits(props),
            "flex": f"{props['weight']} 1 0%",
            "min_width": "0",
            "padding": "",  # the row's 16px gap separates columns (nbstate.css)
        }


@shows("columns", lists=())
class ColumnsView(BoxView):
    """The row of `st.columns`."""

    def build(self, element: Element) -> W.Widget:
        return W.HBox(_dom_classes=("nbstate-container", "nbstate-columns"))

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        align = {"top": "flex-start", "center": "center", "bottom": "flex-end"}
        return {"width": "100%", "align_items": align.get(props["vertical_alignment"], "")}


@shows("expander", wrapper="Expander")
@shows("status", wrapper="Status")
class ExpanderView(BoxView):
    """`st.expander`: an Accordion of one section. The user's open/closed choice is kept."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        return W.Accordion(
            children=(self.inner,),
            selected_index=0 if element.props["expanded"] else None,
            _dom_classes=("nbstate-container", "nbstate-expander"),
        )

    def guard(self) -> None:
        super().guard()
        guard_frontend_messages(self.inner, self.name, self.accepts_custom)

    def apply(self, element: Element) -> None:
        previous = self.props
        super().apply(element)
        props = element.props
        set_traits(self.widget, {"titles": (props.get("title") or props["label"],)})
        if previous is not None and previous["expanded"] != props["expanded"]:
            self.widget.selected_index = 0 if props["expanded"] else None

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        close_widget(self.inner)
        super().close()


@shows("dialog", lists=())
class DialogView(BoxView):
    """st.dialog: a framed box with the dialog's title and a close button."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        self.heading = W.HTML()
        close = W.Button(icon="times", tooltip="Close", layout=W.Layout(width="2.4em"))
        close.on_click(lambda _button: self.app.post_rerun())
        self.close_button = close
        header = W.HBox((self.heading, close), layout=W.Layout(justify_content="space-between"))
        self.header = header
        return W.VBox(
            (header, self.inner),
            _dom_classes=("nbstate-container", "nbstate-dialog"),
            layout=W.Layout(
                border="1px solid rgba(49, 51, 63, 0.3)",
                padding="0.5em 1em",
                margin="0.5em 0",
                box_shadow="0 4px 16px rgba(0, 0, 0, 0.15)",
            ),
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(self.heading, {"value": f"<h3>{html_escape(props['title'])}</h3>"})
        set_traits(
            self.close_button.layout, {"display": "" if props.get("dismissible") else "none"}
        )
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        for part in (self.inner, self.heading, self.close_button, self.header):
            close_widget(part)
        super().close()


@shows("tabs", lists=())
class TabsView(BoxView):
    """`st.tabs`: a Tab widget whose pages are the tabs' containers."""

    def build(self, element: Element) -> W.Widget:
        return W.Tab(_dom_classes=("nbstate-container", "nbstate-tabs"))

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def set_children(self, views: list[View]) -> None:
        super().set_children(views)
        titles = tuple(v.props["label"] for v in views if v.props is not None)
        if tuple(self.widget.titles) != titles:
            self.widget.titles = titles
