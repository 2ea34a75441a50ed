"""The sidebar's collapse and expand buttons, and `initial_sidebar_state` of st.set_page_config.

As on Streamlit: a « button at the top of the sidebar hides it and a » button at the start of
the app's bar shows it again; neither reruns the app. The user's choice holds until the page
is loaded again; before it, ``initial_sidebar_state`` decides ("collapsed" starts hidden,
"locked" has no collapse button, a number of pixels sets the sidebar's width).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, guard_frontend_messages, is_event
from .base import close_widget, set_traits


class SidebarToggle:
    """The two buttons of one app's sidebar and whether it is collapsed."""

    def __init__(self, label: str) -> None:
        small = {"width": "2em", "height": "1.8em", "padding": "0", "margin": "0"}
        self.collapse_button = W.Button(
            icon="angle-double-left",
            tooltip="Collapse the sidebar",
            layout=W.Layout(**small, align_self="flex-end"),
            _dom_classes=("nbstate-sidebar-collapse",),
        )
        self.expand_button = W.Button(
            icon="angle-double-right",
            tooltip="Expand the sidebar",
            layout=W.Layout(**small, display="none"),
            _dom_classes=("nbstate-sidebar-expand",),
        )
        for button, collapsed in ((self.collapse_button, True), (self.expand_button, False)):
            guard_frontend_messages(button, f"the sidebar of {label}", _click)
            button.on_click(lambda _b, c=collapsed: self._choose(c))
        #: The user's last click (True: collapsed), None before the first.
        self.chosen: bool | None = None
        self._initial: Any = "auto"
        self._in_use = False
        self._column: W.Box | None = None

    def collapsed(self) -> bool:
        """Whether the sidebar is hidden now: the user's choice, else the initial state."""
        if self._initial == "locked":
            return False
        if self.chosen is not None:
            return bool(self.chosen)
        return bool(self._initial == "collapsed")

    def apply(self, column: W.Box, in_use: bool, initial: Any) -> bool:
        """Show or hide the sidebar `column` of a run (`in_use`: it has something to show;
        `initial`: the run's ``initial_sidebar_state``); return whether it is shown."""
        self._column, self._in_use, self._initial = column, in_use, initial
        return self._show()

    def _show(self) -> bool:
        collapsed = self.collapsed()
        shown = self._in_use and not collapsed
        locked = self._initial == "locked"
        set_traits(self.collapse_button.layout, {"display": "none" if locked else None})
        set_traits(
            self.expand_button.layout,
            {"display": None if self._in_use and collapsed else "none"},
        )
        if self._column is not None:
            width = self._initial if isinstance(self._initial, int) else None
            set_traits(
                self._column.layout,
                {"display": "flex" if shown else "none", "width": f"{width}px" if width else "28%"},
            )
            # the page's stylesheet gives a sidebar of no set width Streamlit's 300 px in Voilà
            if width:
                self._column.add_class("nbstate-sidebar-sized")
            else:
                self._column.remove_class("nbstate-sidebar-sized")
        return shown

    def _choose(self, collapsed: bool) -> None:
        self.chosen = collapsed
        self._show()

    def click(self, collapse: bool) -> None:
        """Deliver a click on the collapse (True) or expand button as the browser's would."""
        button = self.collapse_button if collapse else self.expand_button
        button._handle_msg(custom_message({"event": "click"}))

    def close(self) -> None:
        """Close both buttons."""
        close_widget(self.collapse_button)
        close_widget(self.expand_button)


def _click(content: Any) -> bool:
    return is_event(content, "click")
