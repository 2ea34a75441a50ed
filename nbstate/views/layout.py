"""Views of containers: boxes, columns, tabs, expanders and dialogs."""

from __future__ import annotations

from html import escape as html_escape
from typing import Any

import ipywidgets as W

from ..api.sizes import css_size
from ..frontend_messages import guard_frontend_messages
from ..message_scope import watch_arrivals
from ..tree import Element
from .base import View, close_widget, css_class_for_key, set_traits
from .registry import shows


class TracksSelection:
    """A container view whose ``selected_index`` is a widget value (stateful tabs/expander).

    The user's switch is posted as the widget's new value, like any widget change; the
    view's own writes to ``selected_index`` (and ipywidgets' own resets) are not.
    """

    widget: W.Widget
    widget_id: str | None
    app: Any
    props: dict[str, Any] | None
    applying = False

    def track_selection(self) -> None:
        """Post the user's changes of ``selected_index`` when the element is a widget."""
        if self.widget_id is None:
            return
        widget_id = self.widget_id
        self.widget.observe(self._on_selected, names="selected_index")
        watch_arrivals(self.widget, lambda data: self.app.note_arrival(widget_id, data))

    def _on_selected(self, change: dict[str, Any]) -> None:
        if self.applying or self.widget_id is None:
            return
        value = self.value_of(change["new"])
        self.props = None  # the widget now differs from what the last run showed
        self.app.post_value(self.widget_id, value)

    def value_of(self, index: int | None) -> Any:
        """The widget value a ``selected_index`` stands for."""
        raise NotImplementedError

    def select(self, index: int | None) -> None:
        """Show `index` as selected (the view's own write: no event)."""
        self.applying = True
        try:
            set_traits(self.widget, {"selected_index": index})
        finally:
            self.applying = False


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
        models = tuple([v.widget for v in views])  # (a list is built faster)
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
class ExpanderView(TracksSelection, BoxView):
    """`st.expander`: an Accordion of one section. The user's open/closed choice is kept;
    a keyed expander that tracks its state posts it as its widget value."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        classes = ["nbstate-container", "nbstate-expander"]
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        return W.Accordion(
            children=(self.inner,),
            selected_index=0 if _is_open(element.props) else None,
            _dom_classes=tuple(classes),
        )

    def guard(self) -> None:
        super().guard()
        guard_frontend_messages(self.inner, self.name, self.accepts_custom)
        self.track_selection()

    def value_of(self, index: int | None) -> Any:
        return index == 0

    def apply(self, element: Element) -> None:
        previous = self.props
        super().apply(element)
        props = element.props
        set_traits(self.widget, {"titles": (props.get("title") or props["label"],)})
        if previous is not None and _is_open(previous) != _is_open(props):
            self.select(0 if _is_open(props) else None)
        elif previous is None and "value" in props:
            self.select(0 if props["value"] else None)  # after the user's change, or at first

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"width": css_size(props.get("width"))}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        close_widget(self.inner)
        super().close()


def _is_open(props: dict[str, Any]) -> bool:
    """Whether an expander's props show it open: its state if it tracks one, else `expanded`."""
    return bool(props["value"] if "value" in props else props["expanded"])


@shows("dialog", lists=())
class DialogView(BoxView):
    """st.dialog: a framed box with the dialog's title and a close button."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        self.heading = W.HTML()
        close = W.Button(icon="times", tooltip="Close", layout=W.Layout(width="2.4em"))
        close.on_click(lambda _button: self.dismiss())
        self.close_button = close
        #: The dialog element the user closed ("ignore": hidden until a run shows it again).
        self.dismissed: Element | None = None
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
        icon = props.get("icon")
        prefix = f"{html_escape(icon)} " if icon and not icon.startswith(":material/") else ""
        set_traits(self.heading, {"value": f"<h3>{prefix}{html_escape(props['title'])}</h3>"})
        set_traits(
            self.close_button.layout, {"display": "" if props.get("dismissible") else "none"}
        )
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def dismiss(self) -> None:
        """The close button: hide the dialog, then do what its `on_dismiss` asks."""
        props = self.props or {}
        mode = props.get("on_dismiss", "ignore")
        self.dismissed = self.element
        set_traits(self.widget.layout, {"display": "none"})
        if mode == "rerun":
            self.app.post_rerun()
        elif mode == "callback":
            self.app.post_click(props["dismiss_id"])

    def apply(self, element: Element) -> None:
        self.element = element
        if self.dismissed is not None and element is not self.dismissed:
            self.dismissed = None  # a run called the dialog again: it shows again
            set_traits(self.widget.layout, {"display": ""})
        super().apply(element)

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        for part in (self.inner, self.heading, self.close_button, self.header):
            close_widget(part)
        super().close()


@shows("tabs", lists=())
class TabsView(TracksSelection, BoxView):
    """`st.tabs`: a Tab widget whose pages are the tabs' containers.

    The tab open at first is the `default` one; tabs that track their state show the open
    tab of the run and post the user's switch as their widget value (the tab's label).
    """

    def build(self, element: Element) -> W.Widget:
        classes = ["nbstate-container", "nbstate-tabs"]
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        self.labels: tuple[str, ...] = element.props["labels"]
        #: The tab to select once the pages exist (set by `apply`, done by `set_children`).
        self.wanted: int | None = None
        return W.Tab(_dom_classes=tuple(classes))

    def guard(self) -> None:
        super().guard()
        self.track_selection()

    def value_of(self, index: int | None) -> Any:
        labels = self.labels
        return labels[index] if index is not None and 0 <= index < len(labels) else labels[0]

    def apply(self, element: Element) -> None:
        self.wanted = None
        previous = self.props
        if not self.shows(element):
            self.show(element)
            set_traits(self.widget.layout, self.layout_traits(element.props))
        props = element.props
        self.labels = props["labels"]
        label = props.get("value", props["default"])
        if previous is None or label != previous.get("value", previous["default"]):
            self.wanted = self.labels.index(label) if label in self.labels else 0

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        height = props.get("height")
        return {
            "width": css_size(props.get("width")),
            "height": css_size(height),
            "overflow": "auto" if type(height) is int else "",
        }

    def set_children(self, views: list[View]) -> None:
        self.applying = True  # ipywidgets selects a tab itself when the children change
        try:
            super().set_children(views)
        finally:
            self.applying = False
        titles = tuple(v.props["label"] for v in views if v.props is not None)
        if tuple(self.widget.titles) != titles:
            self.widget.titles = titles
        wanted = self.wanted
        if wanted is not None and wanted < len(views):
            self.select(wanted)
            self.wanted = None
