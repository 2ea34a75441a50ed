"""Views: the ipywidgets that show elements, one module per family as in `nbstate.elements`.

`view_class(element)` picks the view class for an element (`VIEW_CLASSES` by kind).
"""

from __future__ import annotations

from ..tree import Element
from .base import View, WidgetView
from .bridge import BoundView
from .buttons import ButtonView
from .chat import ChatInputView, ChatMessageView
from .choices import ChoiceView
from .data import DataEditorView
from .datetime import DateRangeView, DateView, TimeView
from .files import DownloadView, FileUploadView
from .inputs import (
    CheckboxView,
    ColorView,
    NumberView,
    SliderView,
    TemporalSliderView,
    TextAreaView,
    TextInputView,
    ToggleView,
)
from .layout import BoxView, ColumnsView, ColumnView, DialogView, ExpanderView, TabsView
from .status import ProgressView
from .text import HTML_KINDS, HTMLView, LatexView, OutputView

VIEW_CLASSES: dict[str, type[View]] = {
    **{kind: HTMLView for kind in HTML_KINDS},
    "output": OutputView,
    "stream": OutputView,
    "pyplot": OutputView,
    "progress": ProgressView,
    "container": BoxView,
    "empty": BoxView,
    "tab": BoxView,
    "column": ColumnView,
    "columns": ColumnsView,
    "expander": ExpanderView,
    "tabs": TabsView,
    "button": ButtonView,
    "form_submit_button": ButtonView,
    "download_button": DownloadView,
    "bound": BoundView,
    "chat_input": ChatInputView,
    "latex": LatexView,
    "chat_message": ChatMessageView,
    "dialog": DialogView,
    "fragment": BoxView,
    "altair_chart": OutputView,
    "vega_lite_chart": OutputView,
    "plotly_chart": OutputView,
    "line_chart": OutputView,
    "bar_chart": OutputView,
    "area_chart": OutputView,
    "scatter_chart": OutputView,
    "data_editor": DataEditorView,
    "file_uploader": FileUploadView,
    "form": BoxView,
    "text_input": TextInputView,
    "checkbox": CheckboxView,
    "slider": SliderView,
    "text_area": TextAreaView,
    "toggle": ToggleView,
    "color_picker": ColorView,
    "number_input": NumberView,
    "time_input": TimeView,
    "date_input": DateView,
    "selectbox": ChoiceView,
    "radio": ChoiceView,
    "multiselect": ChoiceView,
    "select_slider": ChoiceView,
}


def view_class(element: Element) -> type[View]:
    """The view class that shows `element` (some kinds have a variant with its own class)."""
    cls = VIEW_CLASSES[element.kind]
    if cls is DateView and DateView.variant_of(element)[1]:
        cls = DateRangeView
    elif cls is SliderView and element.props.get("temporal"):
        cls = TemporalSliderView
    return cls


__all__ = ["VIEW_CLASSES", "BoxView", "View", "WidgetView", "view_class"]
