"""Views of st.popover (a toggle button over a framed box) and st.space (an empty box)."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..api.popover import SPACE_SIZES
from ..frontend_messages import guard_frontend_messages, update_message
from ..message_scope import watch_arrivals
from ..tree import Element
from .base import View, WidgetView, close_widget, css_class_for_key, set_traits
from .layout import BoxView
from .registry import shows

#: The framed box a popover opens (ipywidgets' Layout has no `position`, so the box opens
#: below its button, pushing what follows down, rather than floating over it).
_FRAME = {
    "border": "1px solid rgba(49, 51, 63, 0.2)",
    "padding": "0.5em 1em",
    "margin": "0.25em 0",
}


def _button_traits(props: dict[str, Any]) -> dict[str, Any]:
    icon = props.get("icon")
    label = props["label"] if not icon else f"{icon} {props['label']}"
    return {
        "description": label,
        "disabled": bool(props.get("disabled")),
        "tooltip": props.get("help") or None,
        "button_style": "primary" if props.get("type") == "primary" else "",
    }


class _PopoverParts:
    """The widgets of a popover: a toggle button and the box it opens."""

    button: W.ToggleButton
    inner: W.VBox

    def make_parts(self, element: Element) -> W.VBox:
        self.button = W.ToggleButton(
            value=False, icon="caret-down", _dom_classes=("nbstate-popover-button",)
        )
        self.inner = W.VBox(
            layout=W.Layout(display="none", **_FRAME), _dom_classes=("nbstate-popover-body",)
        )
        classes = ["nbstate-container", "nbstate-popover"]
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        return W.VBox((self.button, self.inner), _dom_classes=tuple(classes))

    def show_open(self, is_open: bool) -> None:
        set_traits(self.inner.layout, {"display": "" if is_open else "none"})

    @property
    def box(self) -> W.Box:
        """The box whose children are the popover's elements."""
        return self.inner


@shows("popover", lists=())
class PopoverView(_PopoverParts, WidgetView):
    """A popover that tracks its state: opening or closing it is a change of its value."""

    def build(self, element: Element) -> W.Widget:
        return self.make_parts(element)

    def __init__(self, app: Any, element: Element) -> None:
        super().__init__(app, element)
        widget_id = self.widget_id
        watch_arrivals(self.button, lambda data: app.note_arrival(widget_id, data))

    def guard(self) -> None:
        super().guard()
        guard_frontend_messages(self.button, self.name, self.accepts_custom)
        guard_frontend_messages(self.inner, self.name, self.accepts_custom)

    def connect(self) -> None:
        self.button.observe(self._on_value, names="value")

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(self.button, {**_button_traits(props), "value": bool(props["value"])})
        self.show_open(bool(props["value"]))
        return {}

    def simulate_user_value(self, value: Any) -> None:
        self.button._handle_msg(update_message({"value": bool(value)}))

    def set_children(self, views: list[View]) -> None:
        self.children = views
        models = tuple(v.widget for v in views)
        if self.inner.children != models:
            self.inner.children = models

    def close(self) -> None:
        close_widget(self.button)
        close_widget(self.inner)
        super().close()


class PopoverBoxView(_PopoverParts, BoxView):
    """A popover that does not track its state (``on_change="ignore"``): the button opens
    and closes it in the page alone, and its content is always there."""

    def build(self, element: Element) -> W.Widget:
        widget = self.make_parts(element)
        self.button.observe(lambda change: self.show_open(bool(change["new"])), names="value")
        return widget

    def guard(self) -> None:
        super().guard()
        guard_frontend_messages(self.button, self.name, self.accepts_custom)
        guard_frontend_messages(self.inner, self.name, self.accepts_custom)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(self.button, _button_traits(props))
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def close(self) -> None:
        close_widget(self.button)
        close_widget(self.inner)
        super().close()


@shows("space", wrapper="Space")
class SpaceView(View):
    """st.space: an empty box of the size asked (both ways: its container's direction
    decides which one shows)."""

    def build(self, element: Element) -> W.Widget:
        return W.Box(_dom_classes=("nbstate-space",))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        size = props["size"]
        layout: dict[str, Any]
        if size == "stretch":
            layout = {"flex": "1 1 auto", "height": "", "width": ""}
        else:
            length = f"{size}px" if isinstance(size, int) else f"{SPACE_SIZES[size]}rem"
            layout = {"flex": "0 0 auto", "height": length, "width": length}
        set_traits(self.widget.layout, layout)
        return {}
