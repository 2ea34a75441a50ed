"""The view of st.datetime_input: ipywidgets' NaiveDatetimePicker."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ipywidgets as W

from ..tree import Element
from .base import WIDE, WidgetView, label_traits
from .registry import shows


@shows("datetime_input", wrapper="DateTimeInput")
class DateTimeView(WidgetView):
    """A date and time picker; the value is a naive datetime, to the minute."""

    def build(self, element: Element) -> W.Widget:
        return W.NaiveDatetimePicker(style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **label_traits(props),
            "min": props["min_value"],
            "max": props["max_value"],
            "value": props["value"],
        }

    def _on_value(self, change: dict[str, Any]) -> None:
        if change["new"] is None and self.element.props.get("required") and not self._applying:
            self.refresh()  # a required value cannot be cleared: show it again
            return
        super()._on_value(change)

    def from_widget(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.replace(second=0, microsecond=0, tzinfo=None)
        return value

    def to_wire(self, value: Any) -> Any:
        """The JSON a browser sends: a JavaScript Date's fields (whole milliseconds, where
        ipywidgets' own serializer gives a float that its deserializer rejects)."""
        wire = super().to_wire(value)
        if isinstance(wire, dict):
            wire = {**wire, "milliseconds": int(wire["milliseconds"])}
        return wire
