"""The views of `st.button`, `st.form_submit_button` and a `st.link_button` with `on_click`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, is_event
from ..link_click import LinkClick
from ..markup import with_layout
from ..tree import Element
from .base import WidgetView
from .registry import shows


@shows("button", wrapper="Button")
@shows("form_submit_button", lists=("button", "form_submit_button"), wrapper="Button")
class ButtonView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.Button()

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "click")

    def connect(self) -> None:
        self.widget.on_click(lambda _button: self._on_click())

    def _on_click(self) -> None:
        if not self.ignored_because_disabled():
            self.app.post_click(self.widget_id)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "description": button_text(props),
            "disabled": bool(props.get("disabled", False)),
            "tooltip": props.get("help") or None,
            "button_style": "primary" if props.get("type") == "primary" else "",
        }

    def simulate_click(self) -> None:
        """Deliver a click exactly as a browser's ``custom`` message would."""
        self.widget._handle_msg(custom_message({"event": "click"}))


def button_text(props: dict[str, Any]) -> str:
    """A button's label with its emoji icon on the side `icon_position` says.

    (A ``:material/...:`` icon needs Streamlit's icon font, which a notebook does not have.)
    """
    label, icon = str(props["label"]), props.get("icon")
    if not icon or icon.startswith(":material/"):
        return label
    return f"{label} {icon}" if props.get("icon_position") == "right" else f"{icon} {label}"


@shows("link_button_trigger", lists="link_button", wrapper="LinkButton")
class LinkButtonView(WidgetView):
    """st.link_button with `on_click`: the link, and a click that reruns the app."""

    def build(self, element: Element) -> W.Widget:
        return LinkClick(_dom_classes=("nbstate-element", "nbstate-link_button"))

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "click")

    def connect(self) -> None:
        self.widget.on_msg(
            lambda _w, content, _b: self._on_click() if self.accepts_custom(content) else None
        )

    def _on_click(self) -> None:
        if not self.ignored_because_disabled():
            self.app.post_click(self.widget_id)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"html": with_layout(props["html"], props)}

    def simulate_click(self) -> None:
        """Deliver a click exactly as the browser's message would."""
        self.widget._handle_msg(custom_message({"event": "click"}))
