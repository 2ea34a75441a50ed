"""What an `AppTest` shows of a run: element wrappers with Streamlit's testing API.

The wrapper classes live in `base` (elements, widgets, lists, containers), `widgets` (input
widgets) and `displays` (display elements and containers); `wrap` picks one for an element.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tree import Element
from .base import AppTestError, Block, BlockList, ElementList, TestElement, Widget
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
    Html,
    Json,
    Latex,
    LinkButton,
    Markdown,
    Metric,
    Progress,
    Status,
    Tab,
    Text,
    Toast,
)
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

WIDGET_WRAPPERS: dict[str, type[TestElement]] = {
    "button": Button,
    "form_submit_button": Button,
    "download_button": DownloadButton,
    "checkbox": Checkbox,
    "toggle": Toggle,
    "text_input": TextInput,
    "text_area": TextArea,
    "slider": Slider,
    "select_slider": SelectSlider,
    "selectbox": Selectbox,
    "radio": Radio,
    "multiselect": Multiselect,
    "exception": ExceptionElement,
    "number_input": NumberInput,
    "color_picker": ColorPicker,
    "date_input": DateInput,
    "time_input": TimeInput,
    "chat_input": ChatInput,
    "file_uploader": FileUploader,
    "markdown": Markdown,
    "caption": Markdown,
    "latex": Latex,
    "divider": Divider,
    "title": Heading,
    "header": Heading,
    "subheader": Heading,
    "text": Text,
    "code": Code,
    "json": Json,
    "success": Alert,
    "info": Alert,
    "warning": Alert,
    "error": Alert,
    "toast": Toast,
    "metric": Metric,
    "progress": Progress,
    "html": Html,
    "link_button": LinkButton,
    "expander": Expander,
    "status": Status,
    "tab": Tab,
    "column": Column,
    "chat_message": ChatMessage,
    "container": Container,
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
