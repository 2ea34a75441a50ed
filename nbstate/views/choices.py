"""The view of selectbox, radio, multiselect and select_slider."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..tag_select import TagSelect
from ..tree import Element
from .base import WIDE, label_traits, set_traits
from .inputs import BrowserChecks
from .registry import shows
from .slider_marks import bounds_classes


def _index_of(options: tuple[Any, ...], value: Any) -> int | None:
    for index, option in enumerate(options):
        try:
            if option is value or option == value:
                return index
        except Exception:
            continue
    return None


@shows("selectbox", wrapper="Selectbox")
@shows("radio", wrapper="Radio")
@shows("multiselect", wrapper="Multiselect")
@shows("select_slider", wrapper="SelectSlider")
class ChoiceView(BrowserChecks):
    """selectbox, radio, multiselect, select_slider: the ipywidget's values are indices."""

    value_trait = "index"

    _classes = {
        "selectbox": W.Dropdown,
        "radio": W.RadioButtons,
        "multiselect": TagSelect,
        ("select_slider", False): W.SelectionSlider,
        ("select_slider", True): W.SelectionRangeSlider,
    }

    @staticmethod
    def variant_of(element: Element) -> Any:
        if element.kind == "select_slider":
            return (element.kind, isinstance(element.props["value"], (tuple, list)))
        return element.kind

    def build(self, element: Element) -> W.Widget:
        cls = self._classes[self.variant]
        if element.kind == "multiselect":
            return cls()
        extra: dict[str, Any] = {"style": WIDE}
        if element.kind == "select_slider":
            extra["continuous_update"] = False
            extra["options"] = tuple((label, i) for i, label in enumerate(element.props["labels"]))
            value = element.props["value"]
            extra["index"] = (0, 0) if isinstance(value, (tuple, list)) else 0
        return cls(**extra)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        options = props["options"]
        pairs = tuple((label, i) for i, label in enumerate(props["labels"]))
        value = props["value"]
        if self.widget_kind() == "multiselect":
            index: Any = tuple(i for i in (_index_of(options, v) for v in value) if i is not None)
        elif isinstance(value, (tuple, list)):
            index = tuple(_index_of(options, v) or 0 for v in value)
        else:
            index = _index_of(options, value) if value is not None else None
        if self.widget_kind() == "radio":
            # The radio's own Layout model is updated: a new Layout would leave the old one
            # open (a comm per appearance and per change of a horizontal radio).
            horizontal = bool(props.get("horizontal"))
            set_traits(
                self.widget.layout,
                {
                    "display": "flex" if horizontal else None,
                    "flex_flow": "row wrap" if horizontal else None,
                },
            )
        traits = {**label_traits(props), "options": pairs, "index": index}
        if self.widget_kind() == "multiselect":
            placeholder = props.get("placeholder")
            traits["placeholder"] = "Choose options" if placeholder is None else placeholder
            traits["max_selections"] = props.get("max_selections")
            traits["filter_mode"] = props.get("filter_mode", "fuzzy")
            traits["wrap"] = props.get("wrap")
            select_all = props.get("select_all", 1000)
            # True: whatever the count; False: never (a "Select all" needs two options)
            traits["select_all"] = {True: 2**31 - 1, False: 0}.get(select_all, select_all)
        if self.widget_kind() == "radio":
            # the options side by side (the stylesheet spaces them as Streamlit does)
            traits["orientation"] = "horizontal" if props.get("horizontal") else "vertical"
        if self.widget_kind() == "select_slider":
            labels = props["labels"]
            traits["_dom_classes"] = bounds_classes(
                self.widget, labels[0], labels[-1], labelled=True
            )
        return traits

    def widget_kind(self) -> str:
        """The element kind this view shows (its variant without the range flag)."""
        kind: str = self.variant[0] if isinstance(self.variant, tuple) else self.variant
        return kind

    def from_widget(self, value: Any) -> Any:
        options = self.element.props["options"]
        if value is None:
            return None
        if self.widget_kind() == "multiselect":
            return [options[i] for i in value]
        if isinstance(value, (tuple, list)):
            return tuple(options[i] for i in value)
        return options[value]

    def to_widget(self, value: Any) -> Any:
        """The index (or indices) of the chosen options."""
        options = self.element.props["options"]
        if value is None:
            return None
        if self.widget_kind() == "multiselect" or isinstance(value, (tuple, list)):
            return tuple(_index_of(options, v) for v in value)
        return _index_of(options, value)
