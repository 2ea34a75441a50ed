"""The view of st.pills, st.segmented_control and st.feedback: a `ButtonGroup` anywidget."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..button_group import ButtonGroup
from ..tree import Element
from .base import WidgetView, label_traits
from .registry import shows


def _index_of(options: tuple[Any, ...], value: Any) -> int | None:
    for index, option in enumerate(options):
        try:
            if option is value or option == value:
                return index
        except Exception:
            continue
    return None


@shows("pills", lists=("pills", "button_group"), wrapper="ButtonGroup")
@shows("segmented_control", lists=("segmented_control", "button_group"), wrapper="ButtonGroup")
class ButtonGroupView(WidgetView):
    """Pills and segmented controls: the widget's value is the chosen options' indices."""

    def build(self, element: Element) -> W.Widget:
        return ButtonGroup(look=element.kind)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **label_traits(props),
            "tooltip": props.get("help") or "",
            "options": list(props["labels"]),
            "multi": props.get("selection_mode") == "multi",
            "required": bool(props.get("required")),
            "value": self.to_widget(props["value"], props["options"]),
        }

    def multi(self) -> bool:
        """True when several options can be chosen."""
        return bool(self.element.props.get("selection_mode") == "multi")

    def from_widget(self, value: Any) -> Any:
        options = self.element.props["options"]
        if self.multi():
            return [options[i] for i in value]
        return options[value[0]] if value else None

    def to_widget(self, value: Any, options: tuple[Any, ...] | None = None) -> Any:
        """The indices of the chosen options."""
        if options is None:
            options = self.element.props["options"]
        chosen = value if isinstance(value, list) else ([] if value is None else [value])
        return [i for i in (_index_of(options, v) for v in chosen) if i is not None]


@shows("feedback", wrapper="Feedback")
class FeedbackView(ButtonGroupView):
    """st.feedback: thumbs, faces or stars; the value is the chosen index or None."""

    def build(self, element: Element) -> W.Widget:
        return ButtonGroup(look=element.props["look"])

    def multi(self) -> bool:
        return False
