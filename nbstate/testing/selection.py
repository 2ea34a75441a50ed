"""AppTest wrappers of Streamlit 1.67's newer elements, with the attributes of its testing
classes: ``ButtonGroup`` (st.pills, st.segmented_control), ``Feedback``, ``Space``, the
markdown of st.mermaid_chart and ``Grid``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .base import Block, TestElement, Widget


class ButtonGroup(Widget):
    """A pills or segmented control (Streamlit's AppTest type "button_group")."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = "button_group"

    @property
    def _is_single_select(self) -> bool:
        return self.proto.props.get("selection_mode") != "multi"

    @property
    def options(self) -> list[str]:
        """The options as the page shows them (after `format_func`)."""
        return list(self.proto.props.get("labels", ()))

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The function that turned each option into the text shown (for the app's options)."""
        options = list(self.proto.props.get("options", ()))
        labels = self.options

        def shown(option: Any) -> str:
            return labels[options.index(option)]

        return shown

    @property
    def formatted_values(self) -> Sequence[str]:
        """The chosen options as the page shows them."""
        value = self.value
        if value is None:
            return []
        shown = self.format_func
        return [shown(value)] if self._is_single_select else [shown(v) for v in value]

    @property
    def indices(self) -> Sequence[int]:
        """The positions of the chosen options."""
        return [self.options.index(v) for v in self.formatted_values]

    def select(self, value: Any) -> ButtonGroup:
        """Stage `value` chosen (single: the value; multi: added to the chosen options)."""
        if self._is_single_select:
            return self.set_value(value)
        current = list(self.value or [])
        if value in current:
            return self
        return self.set_value([*current, value])

    def unselect(self, value: Any) -> ButtonGroup:
        """Stage `value` no longer chosen (single: None if it was the value)."""
        if self._is_single_select:
            return self.set_value(None) if self.value == value else self
        current = list(self.value or [])
        if value not in current:
            return self
        return self.set_value([v for v in current if v != value])


class Feedback(Widget):
    """A st.feedback: `set_value(index)` or `set_value(None)`; `value` is the index or None."""

    def set_value(self, value: int | None) -> Feedback:
        """Stage the option at `value` chosen (None: nothing chosen)."""
        return super().set_value(value)


class Space(TestElement):
    """A st.space: `value` and `size` are the size it was given ("small" by default)."""

    @property
    def size(self) -> Any:
        """The size given to st.space."""
        return self.proto.props.get("size")

    @property
    def value(self) -> Any:
        """The size given to st.space (Streamlit's AppTest reports it as the value)."""
        return self.size


class MermaidChart(TestElement):
    """A st.mermaid_chart: as in Streamlit 1.67's AppTest, a markdown element whose value is
    the diagram in a ``mermaid`` code fence."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = "markdown"


class Grid(Block):
    """A st.grid, with the properties of Streamlit 1.67's AppTest ``Grid``."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = "grid_container"
        props = element.props
        self.column_count = props["columns"]
        self.wrap = props["wrap"]
        self.border = props["border"]
        self.row_height = props["row_height"]
        self.min_column_width = props["min_column_width"]
        self.gap = props["gap"]
        self.vertical_alignment = props["vertical_alignment"]
        self.dense = props["dense"]
        self.width = props["width"]
        self.height = props["height"]
