"""Views of `st.chat_message` and `st.chat_input`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, guard_frontend_messages, is_event, update_message
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
    """st.chat_input: a text box whose text is sent when the user presses Enter.

    With `accept_file`, a file picker beside the box: its files are sent with the text, as
    a `ChatInputValue`.
    """

    @staticmethod
    def variant_of(element: Element) -> Any:
        return ("chat_input", bool(element.props.get("accept_file")))

    def build(self, element: Element) -> W.Widget:
        self.text = W.Text(continuous_update=True, layout=W.Layout(width="100%"))
        self.files: W.FileUpload | None = None
        if not element.props.get("accept_file"):
            return self.text
        self.files = W.FileUpload(description="📎", layout=W.Layout(width="auto"))
        return W.HBox((self.text, self.files), layout=W.Layout(width="100%"))

    def guard(self) -> None:
        super().guard()
        if self.files is not None:
            guard_frontend_messages(self.text, self.name, self.accepts_custom)
            guard_frontend_messages(self.files, self.name, self.accepts_custom)

    def connect(self) -> None:
        self.text.on_msg(self._on_custom)  # typing syncs the text; only Enter sends it

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "submit")

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "submit"):
            self.send()

    def send(self) -> None:
        """Send the message in the box (and its attached files), then empty the box."""
        props = self.element.props
        text = self.text.value
        files = list(self.files.value) if self.files is not None else []
        if not (text or files) or props.get("disabled"):
            return
        self._applying = True
        try:
            self.text.value = ""
            if self.files is not None:
                self.files.value = ()
        finally:
            self._applying = False
        if props.get("accept_file") or props.get("accept_audio"):
            from ..api.chat_value import ChatInputValue
            from ..api.files import UploadedFile

            limit = props["max_upload_size"] * 1024 * 1024
            attached = [
                UploadedFile(f["name"], f["type"], bytes(f["content"]))
                for f in files
                if len(f["content"]) <= limit
            ]
            if props.get("accept_file") == "single":
                attached = attached[-1:]
            message: Any = ChatInputValue(
                text,
                attached,
                include_files=bool(props.get("accept_file")),
                include_audio=bool(props.get("accept_audio")),
            )
        else:
            message = text
        self.app.post_click(self.widget_id, message)

    def show(self, element: Element) -> None:
        props = element.props
        set_traits(
            self.text,
            {
                "placeholder": props.get("placeholder") or "",
                "disabled": bool(props.get("disabled")),
            },
        )
        if self.files is not None:
            set_traits(
                self.files,
                {
                    "accept": props.get("file_type") or "",
                    "multiple": props.get("accept_file") != "single",
                    "disabled": bool(props.get("disabled")),
                },
            )
        self.props = props

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def simulate_user_value(self, value: Any) -> None:
        """Type `value` and press Enter, as the browser's messages would. `value` may be
        ``(text, files)``, files being (name, type, bytes) triples the picker holds."""
        text, files = value if isinstance(value, tuple) else (value, ())
        self.text._handle_msg(update_message({"value": text or ""}))
        if self.files is not None and files:
            state = [
                {"name": name, "type": mime, "size": len(data), "last_modified": 0}
                for name, mime, data in files
            ]
            self.files._handle_msg(
                update_message(
                    {"value": state},
                    [["value", i, "content"] for i in range(len(files))],
                    [memoryview(data) for _name, _mime, data in files],
                )
            )
        self.text._handle_msg(custom_message({"event": "submit"}))
