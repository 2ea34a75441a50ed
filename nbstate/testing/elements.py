"""What an `AppTest` shows of a run: element wrappers with Streamlit's testing API.

The wrapper classes live in `base` (elements, widgets, lists, containers), `widgets` (input
widgets) and `displays` (display elements and containers); `wrap` picks one for an element.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tree import Element
from ..views import wrapper_names
from .base import AppTestError, Block, BlockList, ElementList, TestElement, Widget
from .dataframe import DataEditor, Dataframe
from .displays import (
    Alert,
    ChatMessage,
    Code,
    Column,
    Container,
    Divider,
    ExceptionElement,
    Expander,
    Heading,
    Help,
    Html,
    Json,
    Latex,
    LinkButton,
    Markdown,
    Metric,
    PageLink,
    Progress,
    Status,
    Tab,
    Text,
    Toast,
)
from .media_inputs import AudioInput, CameraInput
from .more_widgets import DateTimeInput, MenuButton, Pagination
from .selection import ButtonGroup, Feedback, Grid, MermaidChart, Space
from .widgets import (
    Button,
    ChatInput,
    Checkbox,
    ColorPicker,
    DateInput,
    DownloadButton,
    FileUploader,
    Multiselect,
    NumberInput,
    Radio,
    Selectbox,
    SelectSlider,
    Slider,
    TextArea,
    TextInput,
    TimeInput,
    Toggle,
)

if TYPE_CHECKING:
    from .app_test import AppTest

__all__ = ["AppTestError", "Block", "BlockList", "ElementList", "TestElement", "Widget", "wrap"]

#: Every wrapper class, by the name a view's `@shows(..., wrapper=...)` gives it.
_WRAPPER_CLASSES: dict[str, type[TestElement]] = {
    cls.__name__: cls
    for cls in (
        Alert, Button, ChatInput, ChatMessage, Checkbox, Code, ColorPicker, Column, Container,
        DataEditor, Dataframe,
        DateInput, Divider, DownloadButton, ExceptionElement, Expander, FileUploader, Heading,
        Help, Html, Json, Latex, LinkButton, Markdown, Metric, Multiselect, NumberInput, Progress,
        Radio, Selectbox, SelectSlider, Slider, Status, Tab, Text, TextArea, TextInput,
        TimeInput, Toast, Toggle,
        ButtonGroup, Feedback, Space, DateTimeInput, MenuButton, Pagination, MermaidChart, Grid,
        PageLink, AudioInput, CameraInput,
    )
}  # fmt: skip

#: The wrapper class of each element kind that has its own (from `nbstate.views.registry`).
WIDGET_WRAPPERS: dict[str, type[TestElement]] = {
    kind: _WRAPPER_CLASSES[name] for kind, name in wrapper_names().items()
}


def wrap(at: AppTest, element: Element) -> TestElement:
    """The testing wrapper of an element."""
    cls = WIDGET_WRAPPERS.get(element.kind)
    if cls is None:
        if element.children is not None:
            cls = Block
        else:
            cls = Widget if element.widget_id is not None else TestElement
    return cls(at, element)
