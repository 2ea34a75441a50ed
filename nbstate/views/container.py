"""The view of st.container: a box laid out as its parameters ask (a row, gaps, alignment)."""

from __future__ import annotations

from typing import Any

from ..autoscroll import ScrollToBottom, autoscrolls
from ..container_options import flex_layout
from ..tree import Element
from .base import View, close_widget
from .layout import BoxView
from .registry import shows


@shows("container", wrapper="Container")
class ContainerView(BoxView):
    """st.container: a VBox, or a wrapping row with ``horizontal=True``."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = super().layout_traits(props)
        traits.update(flex_layout(props))
        return traits

    #: The scroller of an autoscrolling container (made when first needed).
    scroller: ScrollToBottom | None = None

    def apply(self, element: Element) -> None:
        self.element = element
        super().apply(element)

    def set_children(self, views: list[View]) -> None:
        self.children = views
        models = tuple(v.widget for v in views)
        kinds = {child.kind for child in self.element.children or ()}
        if autoscrolls(self.element.props, kinds):
            if self.scroller is None:
                self.scroller = ScrollToBottom()
            models += (self.scroller,)
        if self.box.children != models:
            self.box.children = models
            if self.scroller is not None:
                self.scroller.tick += 1  # new content: scroll to it

    def close(self) -> None:
        if self.scroller is not None:
            close_widget(self.scroller)
        super().close()
