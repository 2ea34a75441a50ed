"""Views of st.camera_input and st.audio_input: the `MediaCapture` anywidget."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import update_message
from ..tree import Element
from .base import WidgetView, label_traits
from .registry import shows


def _css_width(width: Any) -> str:
    return f"{width}px" if isinstance(width, int) else "100%"


@shows("camera_input", wrapper="CameraInput")
@shows("audio_input", wrapper="AudioInput")
class MediaInputView(WidgetView):
    """The camera or the microphone; the widget's value becomes an `UploadedFile`."""

    def build(self, element: Element) -> W.Widget:
        from ..media_capture import MediaCapture

        return MediaCapture(mode="camera" if element.kind == "camera_input" else "audio")

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        visible = props.get("label_visibility", "visible") == "visible"
        return {
            **label_traits(props),
            # As in Streamlit, the tooltip is shown only next to a visible label.
            "tooltip": (props.get("help") or "") if visible else "",
            "width": _css_width(props.get("width")),
            "capture": props["capture"],
            "value": self.to_widget(props["value"]),
        }

    def from_widget(self, value: Any) -> Any:
        from ..api.files import UploadedFile

        if not value:
            return None
        return UploadedFile(value["name"], value["type"], bytes(value["content"]))

    def to_widget(self, value: Any) -> Any:
        if value is None:
            return None
        return {"name": value.name, "type": value.type, "content": value.getvalue()}

    def simulate_user_value(self, value: Any) -> None:
        """Deliver a photo or recording as the browser does: ``(name, bytes, mime_type)``
        (None clears it), its bytes as a binary buffer."""
        if value is None:
            self.widget._handle_msg(update_message({"value": None}))
            return
        name, content, mime_type = value
        self.widget._handle_msg(
            update_message(
                {"value": {"name": name, "type": mime_type}},
                [["value", "content"]],
                [memoryview(content)],
            )
        )
