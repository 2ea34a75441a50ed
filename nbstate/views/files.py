"""Views of `st.file_uploader` and `st.download_button`."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import is_event, update_message
from ..tree import Element
from .base import WIDE, WidgetView
from .buttons import ButtonView
from .registry import shows


@shows("file_uploader", wrapper="FileUploader")
class FileUploadView(WidgetView):
    """st.file_uploader: ipywidgets' FileUpload; the value becomes UploadedFile objects."""

    def build(self, element: Element) -> W.Widget:
        return W.FileUpload(style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = {
            "description": props.get("label", "") or "Upload",
            "disabled": bool(props.get("disabled")),
            "accept": props["accept"],
            "multiple": props["multiple"],
            "tooltip": props.get("help") or None,
        }
        if not props["value"]:
            traits["value"] = ()  # cleared in the kernel (e.g. by st.session_state.clear())
        return traits

    def from_widget(self, value: Any) -> Any:
        from ..api.files import UploadedFile

        files = [UploadedFile(f["name"], f["type"], bytes(f["content"])) for f in value]
        if self.element.props["multiple"]:
            return files
        return files[-1] if files else None

    def simulate_user_value(self, value: Any) -> None:
        """Deliver files exactly as the browser does: metadata in the state, contents as
        binary buffers. `value` is a (name, bytes) pair or a list of them."""
        files = [value] if isinstance(value, tuple) else list(value or ())
        state = [
            {"name": name, "type": "", "size": len(data), "last_modified": 0}
            for name, data in files
        ]
        self.widget._handle_msg(
            update_message(
                {"value": state},
                [["value", i, "content"] for i in range(len(files))],
                [memoryview(data) for _name, data in files],
            )
        )


@shows("download_button", wrapper="DownloadButton")
class DownloadView(ButtonView):
    """st.download_button: an anywidget button that saves the data in the browser."""

    def build(self, element: Element) -> W.Widget:
        from ..download import DownloadButton

        return DownloadButton()

    def connect(self) -> None:
        self.widget.on_msg(self._on_custom)

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "click") or is_event(content, "fetch")

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "click"):
            self._on_click()

    def apply(self, element: Element) -> None:
        super().apply(element)
        self.widget.set_source(element.data, element.props.get("given_mime"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **super().traits(props),
            "tooltip": props.get("help") or "",
            "file_name": props["file_name"],
            "mime": props["mime"],
        }
