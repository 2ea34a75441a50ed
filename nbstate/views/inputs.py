"""Views of text boxes, checkboxes, toggles and colors (numbers and sliders: `numeric`)."""

from __future__ import annotations

import re
from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, is_event
from ..tree import Element
from .base import WIDE, WidgetView, label_traits
from .registry import shows


class BrowserChecks(WidgetView):
    """A widget whose value the browser checks before sending it, as Streamlit's does:
    ``required`` (no empty value) and, for text, ``validate`` (a regex the text must match).

    A value that fails is not sent and the widget shows its value again. AppTest sends
    values without these checks, as Streamlit's AppTest does.
    """

    simulated = False

    def _on_value(self, change: dict[str, Any]) -> None:
        if not self._applying and not self.simulated and not self.passes_checks(change["new"]):
            self.refresh()
            return
        super()._on_value(change)

    def passes_checks(self, widget_value: Any) -> bool:
        """True when the browser would send `widget_value` (a value of the ipywidget)."""
        props = self.element.props
        value = self.from_widget(widget_value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return not props.get("required")  # an empty value skips `validate`
        regex = props.get("validate")
        return regex is None or not isinstance(value, str) or re.search(regex, value) is not None

    def simulate_user_value(self, value: Any) -> None:
        self.simulated = True
        try:
            super().simulate_user_value(value)
        finally:
            self.simulated = False


@shows("text_input", wrapper="TextInput")
class TextInputView(BrowserChecks):
    def connect(self) -> None:
        super().connect()
        self.widget.on_msg(self._on_custom)

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "submit"):
            self.app.post_enter(self.widget_id)

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "submit")

    def simulate_enter(self) -> None:
        """Deliver an Enter key press exactly as the browser's ``submit`` message would."""
        self.widget._handle_msg(custom_message({"event": "submit"}))

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props.get("type") == "password")

    def build(self, element: Element) -> W.Widget:
        cls = W.Password if self.variant[1] else W.Text
        return cls(continuous_update=False, style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"]
        return {
            **label_traits(props),
            "placeholder": props.get("placeholder") or "",
            "value": "" if value is None else str(value),
            "continuous_update": props.get("live") is not None,
        }


@shows("text_area", wrapper="TextArea")
class TextAreaView(BrowserChecks):
    def build(self, element: Element) -> W.Widget:
        return W.Textarea(continuous_update=False, style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"]
        height = props.get("height")
        return {
            **label_traits(props),
            "placeholder": props.get("placeholder") or "",
            "rows": max(2, int(height) // 24) if isinstance(height, int) else None,
            "value": "" if value is None else str(value),
        }


@shows("toggle", wrapper="Toggle")
class ToggleView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.ToggleButton(icon="toggle-off")

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        on = bool(props["value"])
        return {
            **label_traits(props),
            "description": props.get("label", ""),
            "icon": "toggle-on" if on else "toggle-off",
            "value": on,
        }


@shows("color_picker", wrapper="ColorPicker")
class ColorView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.ColorPicker(concise=False, style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {**label_traits(props), "value": props["value"]}


@shows("checkbox", wrapper="Checkbox")
class CheckboxView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.Checkbox(indent=False, style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {**label_traits(props), "value": bool(props["value"])}
