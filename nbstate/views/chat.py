"""Views of `st.chat_message` and `st.chat_input`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, is_event
from ..tree import Element
from .base import WidgetView, close_widget, set_traits
from .layout import BoxView
from .registry import shows


@shows("chat_message", wrapper="ChatMessage")
class ChatMessageView(BoxView):
    """st.chat_message: the avatar beside the message's elements."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox(layout=W.Layout(flex="1 1 0%", min_width="0"))
        self.avatar = W.HTML(layout=W.Layout(width="2.2em", flex="0 0 auto"))
        return W.HBox(
            (self.avatar, self.inner),
            _dom_classes=("nbstate-container", "nbstate-chat_message"),
            layout=W.Layout(margin="0.3em 0"),
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(
            self.avatar, {"value": f'<span style="font-size:1.4em">{props["avatar"]}</span>'}
        )
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        close_widget(self.inner)
        close_widget(self.avatar)
        super().close()


@shows("chat_input", wrapper="ChatInput")
class ChatInputView(WidgetView):
    """st.chat_input: a text box whose text is sent when the user presses Enter."""

    def build(self, element: Element) -> W.Widget:
        return W.Text(continuous_update=True, layout=W.Layout(width="100%"))

    def connect(self) -> None:
        self.widget.on_msg(self._on_custom)  # typing syncs the text; only Enter sends it

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "submit")

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "submit"):
            text = self.widget.value
            if text and not self.element.props.get("disabled"):
                self._applying = True
                try:
                    self.widget.value = ""
                finally:
                    self._applying = False
                self.app.post_click(self.widget_id, text)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "placeholder": props.get("placeholder") or "",
            "disabled": bool(props.get("disabled")),
        }

    def simulate_user_value(self, value: Any) -> None:
        """Type `value` and press Enter, as the browser's messages would."""
        super().simulate_user_value(value)
        self.widget._handle_msg(custom_message({"event": "submit"}))
