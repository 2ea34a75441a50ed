"""Reconciliation: make the displayed ipywidgets show a run's element tree.

Widgets are matched by widget id and reused, display elements by their position and kind in
their container. Traits are set only where they differ, and a box's ``children`` only when its
list of models changed, so a rerun that changes nothing visible opens no comm and sends
almost no message: the browser never rebuilds a widget, and a text box keeps its focus.
The views (one per element kind) are in `nbstate.views`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .tree import Element
from .views import View, view_class

if TYPE_CHECKING:
    from .host import AppEvents


def _fits(view: View, element: Element) -> bool:
    """True when `view` can show `element` by updating traits.

    A view is reused only for an element it would have been built for: `accepts` compares
    variants with the view's own `variant_of`, which may say the same for another kind
    (an Output view's variant is the same for every kind it shows).
    """
    return type(view) is view_class(element) and view.accepts(element)


class Renderer:
    """Keeps an app's displayed widgets in step with the element tree of its last run."""

    def __init__(self, app: AppEvents, make_box: Callable[[], View]) -> None:
        self.app = app
        self.callback_area = make_box()
        self.main = make_box()
        self.sidebar = make_box()
        #: `st.bottom`: after the main area (Voilà's stylesheet pins it to the window's bottom).
        self.bottom = make_box()
        self.bottom.widget.add_class("nbstate-bottom")
        self.bottom.widget.layout.display = "none"
        self.widget_views: dict[str, View] = {}
        self._live: set[View] = set()

    @property
    def body(self) -> tuple[Any, ...]:
        """The widgets of the app's column, top to bottom: callbacks' area, main, bottom."""
        return self.callback_area.widget, self.main.widget, self.bottom.widget

    def render(
        self,
        callback_area: Element,
        main: Element,
        sidebar: Element,
        bottom: Element | None = None,
        partial: bool = False,
    ) -> None:
        """Reconcile the displayed widgets with a run's top-level containers.

        A `partial` render shows a run in progress: what the run has produced so far replaces
        the start of each container, and what the last run showed below stays until the run
        gets there. Nothing is closed.
        """
        used: set[View] = set()
        self._reconcile(self.callback_area, callback_area.children or [], used, partial)
        self._reconcile(self.main, main.children or [], used, partial)
        self._reconcile(self.sidebar, sidebar.children or [], used, partial)
        bottom_children = (bottom.children if bottom is not None else None) or []
        self._reconcile(self.bottom, bottom_children, used, partial)
        if partial:
            self._live |= used
            return
        for box, children in ((self.sidebar, sidebar.children), (self.bottom, bottom_children)):
            shown = "flex" if children else "none"
            if box.widget.layout.display != shown:
                box.widget.layout.display = shown
        for view in self._live - used:
            if view.widget_id is not None and self.widget_views.get(view.widget_id) is view:
                del self.widget_views[view.widget_id]
            view.close()
        self._live = used

    def _reconcile(
        self, box: View, elements: list[Element], used: set[View], partial: bool = False
    ) -> None:
        old = box.children
        new: list[View] = []
        match, widget_views, in_old = self._match, self.widget_views, len(old)
        for index, element in enumerate(elements):
            view = widget_views.get(element.widget_id) if element.widget_id is not None else None
            if view is None or (view.props is not element.props and not _fits(view, element)):
                view = match(element, old[index] if index < in_old else None, used)
            view.apply(element)
            if element.children is not None:
                self._reconcile(view, element.children, used, partial)
            used.add(view)
            new.append(view)
        if partial:
            new.extend(v for v in old[len(elements) :] if v not in used)
        box.set_children(new)  # type: ignore[attr-defined]

    def _match(self, element: Element, candidate: View | None, used: set[View]) -> View:
        if element.widget_id is not None:
            view = self.widget_views.get(element.widget_id)
            if view is not None and _fits(view, element):
                return view
        elif (
            candidate is not None
            and candidate.widget_id is None
            and candidate not in used
            and _fits(candidate, element)
        ):
            return candidate
        view = view_class(element)(self.app, element)
        if element.widget_id is not None:
            self.widget_views[element.widget_id] = view
        return view

    def view_for(self, widget_id: str) -> View | None:
        """The live view of the widget with this id."""
        return self.widget_views.get(widget_id)

    def close(self) -> None:
        """Close every widget of the app."""
        for view in self._live | {self.callback_area, self.main, self.sidebar, self.bottom}:
            view.close()
        self._live = set()
        self.widget_views.clear()
