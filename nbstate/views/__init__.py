"""Views: the ipywidgets that show elements, one module per family as in `nbstate.api`.

`view_class(element)` picks the view class for an element (`VIEW_CLASSES` by kind).
"""

from __future__ import annotations

from ..tree import Element
from .base import View, WidgetView
from .bridge import BoundView
from .buttons import ButtonView
from .charts import PlotlySelectionView, VegaSelectionView
from .chat import ChatInputView, ChatMessageView
from .choices import ChoiceView
from .components import ComponentView
from .container import ContainerView
from .data import DataEditorView
from .dataframe import DataframeView, SelectableDataframeView
from .datetime import DateRangeView, DateView, TimeView
from .datetime_input import DateTimeView
from .echarts import EChartsSelectionView, EChartsView
from .embeds import EmbedView, MermaidView
from .files import DownloadView, FileUploadView
from .grid import GridCellView, GridView
from .inputs import CheckboxView, ColorView, TextAreaView, TextInputView, ToggleView
from .layout import BoxView, ColumnsView, ColumnView, DialogView, ExpanderView, TabsView
from .maps import MapView
from .media_inputs import MediaInputView
from .menus import MenuButtonView, PaginationView
from .navigation import NavigationMenu, PageLinkView
from .numeric import NumberView, SliderView, TemporalSliderView
from .popover import PopoverBoxView, PopoverView, SpaceView
from .registry import KINDS, apptest_lists, view_classes, wrapper_names
from .selection import ButtonGroupView, FeedbackView
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
    elif cls is PopoverView and element.widget_id is None:
        cls = PopoverBoxView
    elif cls is DataframeView and element.widget_id is not None:
        cls = SelectableDataframeView
    elif cls is EChartsView and element.widget_id is not None:
        cls = EChartsSelectionView
    elif cls is OutputView and element.widget_id is not None:
        # a chart with on_select (the only widgets among OutputView's kinds)
        cls = PlotlySelectionView if element.kind == "plotly_chart" else VegaSelectionView
    return cls


__all__ = [
    "KINDS",
    "VIEW_CLASSES",
    "BoundView",
    "BoxView",
    "ButtonGroupView",
    "ButtonView",
    "ChatInputView",
    "ChatMessageView",
    "CheckboxView",
    "ChoiceView",
    "ColorView",
    "ColumnView",
    "ColumnsView",
    "ComponentView",
    "ContainerView",
    "DataEditorView",
    "DataframeView",
    "DateRangeView",
    "DateTimeView",
    "DateView",
    "DialogView",
    "DownloadView",
    "EmbedView",
    "ExpanderView",
    "FeedbackView",
    "FileUploadView",
    "MediaInputView",
    "GridCellView",
    "GridView",
    "HTMLView",
    "LatexView",
    "MapView",
    "MenuButtonView",
    "MermaidView",
    "NavigationMenu",
    "NumberView",
    "OutputView",
    "PageLinkView",
    "PaginationView",
    "PlotlySelectionView",
    "PopoverBoxView",
    "PopoverView",
    "ProgressView",
    "SelectableDataframeView",
    "SliderView",
    "SpaceView",
    "TabsView",
    "TemporalSliderView",
    "TextAreaView",
    "TextInputView",
    "TimeView",
    "VegaSelectionView",
    "ToggleView",
    "View",
    "WidgetView",
    "apptest_lists",
    "view_class",
    "wrapper_names",
]
