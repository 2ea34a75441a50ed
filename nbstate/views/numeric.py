"""Views of `st.slider` (numbers, dates, times, ranges) and `st.number_input`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ipywidgets as W

from ..tree import Element
from .base import WIDE, WidgetView, label_traits
from .inputs import BrowserChecks
from .registry import shows
from .slider_marks import bounds_classes, number_text


@shows("number_input", wrapper="NumberInput")
class NumberView(BrowserChecks):
    @staticmethod
    def variant_of(element: Element) -> Any:
        props = element.props
        bounded = props["min_value"] is not None or props["max_value"] is not None
        return (element.kind, props["is_float"], bounded)

    def build(self, element: Element) -> W.Widget:
        _, is_float, bounded = self.variant
        if bounded:
            cls = W.BoundedFloatText if is_float else W.BoundedIntText
            big = 1e308 if is_float else 2**53
            lo, hi = element.props["min_value"], element.props["max_value"]
            return cls(
                min=-big if lo is None else lo,
                max=big if hi is None else hi,
                continuous_update=False,
                style=WIDE,
            )
        return (W.FloatText if is_float else W.IntText)(continuous_update=False, style=WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = {**label_traits(props), "step": props["step"]}
        if self.variant[2]:
            big = 1e308 if props["is_float"] else 2**53
            lo, hi = props["min_value"], props["max_value"]
            lo = -big if lo is None else lo
            hi = big if hi is None else hi
            traits.update(
                {"max": hi, "min": lo} if lo > self.widget.max else {"min": lo, "max": hi}
            )
        value = props["value"]
        traits["value"] = value if value is not None else (props["min_value"] or 0)
        return traits


class TemporalSliderView(WidgetView):
    """st.slider over dates or times: a selection slider whose positions are the steps."""

    value_trait = "index"

    @staticmethod
    def variant_of(element: Element) -> Any:
        return ("temporal", isinstance(element.props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        is_range = self.variant[1]
        cls = W.SelectionRangeSlider if is_range else W.SelectionSlider
        pairs = tuple((label, i) for i, label in enumerate(element.props["labels"]))
        return cls(
            options=pairs, index=(0, 0) if is_range else 0, continuous_update=False, style=WIDE
        )

    def _nearest(self, value: Any) -> int:
        options = self.element.props["options"]
        return min(range(len(options)), key=lambda i: abs(_ordinal(options[i]) - _ordinal(value)))

    def to_widget(self, value: Any) -> Any:
        if isinstance(value, (tuple, list)):
            return tuple(self._nearest(v) for v in value)
        return self._nearest(value)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        labels = props["labels"]
        pairs = tuple((label, i) for i, label in enumerate(labels))
        return {
            **label_traits(props),
            "options": pairs,
            "index": self.to_widget(props["value"]),
            "_dom_classes": bounds_classes(self.widget, labels[0], labels[-1], labelled=True),
        }

    def from_widget(self, value: Any) -> Any:
        options = self.element.props["options"]
        if isinstance(value, (tuple, list)):
            return tuple(options[i] for i in value)
        return options[value]


def _ordinal(value: Any) -> float:
    """A number that orders dates, datetimes and times like the values themselves."""

    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return float(value.toordinal())
    seconds: float = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return seconds


@shows("slider", wrapper="Slider")
class SliderView(WidgetView):
    _classes = {
        (False, False): W.IntSlider,
        (True, False): W.FloatSlider,
        (False, True): W.IntRangeSlider,
        (True, True): W.FloatRangeSlider,
    }

    @staticmethod
    def variant_of(element: Element) -> Any:
        props = element.props
        if props.get("temporal"):
            return TemporalSliderView.variant_of(element)
        return (element.kind, props["is_float"], isinstance(props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        _, is_float, is_range = self.variant
        props = element.props
        return self._classes[(is_float, is_range)](
            min=props["min_value"],
            max=props["max_value"],
            step=props["step"],
            continuous_update=False,
            style=WIDE,
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        lo, hi = props["min_value"], props["max_value"]
        bounds = {"max": hi, "min": lo} if lo > self.widget.max else {"min": lo, "max": hi}
        value = props["value"]
        form = self.widget.readout_format
        marks = bounds_classes(self.widget, number_text(lo, form), number_text(hi, form))
        return {
            **label_traits(props),
            **bounds,
            "_dom_classes": marks,
            "step": props["step"],
            "value": tuple(value) if isinstance(value, (tuple, list)) else value,
        }

    def from_widget(self, value: Any) -> Any:
        return tuple(value) if isinstance(value, (tuple, list)) else value
