"""Views of `st.date_input` (one date or a range) and `st.time_input`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ipywidgets as W

from ..frontend_messages import guard_frontend_messages, update_message
from ..tree import Element
from .base import WIDE, WidgetView, close_widget, label_traits, set_traits
from .inputs import BrowserChecks
from .registry import shows


@shows("date_input", wrapper="DateInput")
class DateView(BrowserChecks):
    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, isinstance(element.props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        return W.DatePicker(style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **label_traits(props),
            "min": props["min_value"],
            "max": props["max_value"],
            "value": props["value"],
        }


class DateRangeView(WidgetView):
    """A date range: two DatePickers side by side; the value is a tuple of dates."""

    def build(self, element: Element) -> W.Widget:
        self.start, self.end = W.DatePicker(style=WIDE), W.DatePicker()
        return W.HBox((self.start, self.end))

    def connect(self) -> None:
        for picker in (self.start, self.end):
            picker.observe(self._on_value, names="value")

    def guard(self) -> None:
        super().guard()
        for picker in (self.start, self.end):
            guard_frontend_messages(picker, self.name, self.accepts_custom)

    def from_widget(self, value: Any) -> Any:
        return tuple(v for v in (self.start.value, self.end.value) if v is not None)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def apply(self, element: Element) -> None:
        super().apply(element)
        props = element.props
        value = tuple(props["value"] or ())
        self._applying = True
        try:
            for index, picker in enumerate((self.start, self.end)):
                set_traits(
                    picker,
                    {
                        "description": props.get("label", "") if index == 0 else "",
                        "disabled": bool(props.get("disabled")),
                        "min": props["min_value"],
                        "max": props["max_value"],
                        "value": value[index] if index < len(value) else None,
                    },
                )
        finally:
            self._applying = False

    def simulate_user_value(self, value: Any) -> None:
        for index, picker in enumerate((self.start, self.end)):
            day = value[index] if index < len(value) else None
            to_json = picker.trait_metadata("value", "to_json")
            picker._handle_msg(update_message({"value": to_json(day, picker)}))

    def close(self) -> None:
        close_widget(self.start)
        close_widget(self.end)
        super().close()


@shows("time_input", wrapper="TimeInput")
class TimeView(BrowserChecks):
    def build(self, element: Element) -> W.Widget:
        return W.TimePicker(style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"] if isinstance(props["value"], dt.time) else None
        return {**label_traits(props), "step": props["step"], "value": value}

    def to_wire(self, value: Any) -> Any:
        wire = super().to_wire(value)
        if wire is not None:  # a browser sends whole milliseconds
            wire["milliseconds"] = int(wire["milliseconds"])
        return wire
