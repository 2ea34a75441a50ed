"""The view of `st.data_editor`: an editable ipydatagrid."""

from __future__ import annotations

import copy
from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message
from ..tree import Element
from .base import WidgetView
from .registry import shows


@shows("data_editor")
class DataEditorView(WidgetView):
    """st.data_editor: an editable ipydatagrid; each cell edit updates the edits dict."""

    def build(self, element: Element) -> W.Widget:
        from ipydatagrid import DataGrid

        self._shown: tuple[str, Any] | None = None
        return DataGrid(element.data, editable=True, layout=W.Layout(height="220px"))

    def connect(self) -> None:
        self.widget.on_cell_change(self._on_cell)

    def accepts_custom(self, content: Any) -> bool:
        return isinstance(content, dict)  # ipydatagrid's own events

    def _on_cell(self, cell: dict[str, Any]) -> None:
        if self._applying or self.element.props.get("disabled"):
            return
        edits = copy.deepcopy(self.element.props["value"])
        edits.setdefault("edited_rows", {}).setdefault(int(cell["row"]), {})[cell["column"]] = cell[
            "value"
        ]
        self._shown = (self.element.props["digest"], copy.deepcopy(edits))
        self.props = None
        self.app.post_value(self.widget_id, edits)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"editable": not props.get("disabled")}

    def apply(self, element: Element) -> None:
        super().apply(element)
        shown = (element.props["digest"], element.props["value"])
        if self._shown != shown:  # new data, or edits changed in the kernel: show them
            from ..api.data import apply_edits

            self._applying = True
            try:
                self.widget.data = apply_edits(element.data, element.props["value"])
            finally:
                self._applying = False
            self._shown = (shown[0], copy.deepcopy(shown[1]))

    def simulate_user_value(self, value: Any) -> None:
        """Deliver each edit as the grid's ``cell-changed`` message from the browser."""
        for row, changes in (value or {}).get("edited_rows", {}).items():
            for column, new in changes.items():
                message = {
                    "event_type": "cell-changed",
                    "row": int(row),
                    "column_index": self.widget._column_name_to_index(column),
                    "value": new,
                }
                self.widget._handle_msg(custom_message(message))
