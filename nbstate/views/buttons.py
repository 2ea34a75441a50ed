"""The view of `st.button` and `st.form_submit_button`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, is_event
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
