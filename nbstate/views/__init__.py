"""Views: the ipywidgets that show elements, one module per family as in `nbstate.api`.

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
from .dataframe import DataframeView, SelectableDataframeView
from .datetime import DateRangeView, DateView, TimeView
from .files import DownloadView, FileUploadView
from .inputs import CheckboxView, ColorView, TextAreaView, TextInputView, ToggleView
from .layout import BoxView, ColumnsView, ColumnView, DialogView, ExpanderView, TabsView
from .numeric import NumberView, SliderView, TemporalSliderView
from .registry import KINDS, apptest_lists, view_classes, wrapper_names
from .status import ProgressView
from .text import HTMLView, LatexView, OutputView

#: The view class of each element kind, from the `@shows` declarations of the view modules.
VIEW_CLASSES: dict[str, type[View]] = view_classes()


def view_class(element: Element) -> type[View]:
    """The view class that shows `element` (some kinds have a variant with its own class)."""
    cls = VIEW_CLASSES[element.kind]
    if cls is DateView and DateView.variant_of(element)[1]:
        cls = DateRangeView
    elif cls is SliderView and element.props.get("temporal"):
        cls = TemporalSliderView
    elif cls is DataframeView and element.widget_id is not None:
        cls = SelectableDataframeView
    return cls


__all__ = [
    "KINDS",
    "VIEW_CLASSES",
    "BoundView",
    "BoxView",
    "ButtonView",
    "ChatInputView",
    "ChatMessageView",
    "CheckboxView",
    "ChoiceView",
    "ColorView",
    "ColumnView",
    "ColumnsView",
    "DataEditorView",
    "DataframeView",
    "DateRangeView",
    "DateView",
    "DialogView",
    "DownloadView",
    "ExpanderView",
    "FileUploadView",
    "HTMLView",
    "LatexView",
    "NumberView",
    "OutputView",
    "ProgressView",
    "SelectableDataframeView",
    "SliderView",
    "TabsView",
    "TemporalSliderView",
    "TextAreaView",
    "TextInputView",
    "TimeView",
    "ToggleView",
    "View",
    "WidgetView",
    "apptest_lists",
    "view_class",
    "wrapper_names",
]
