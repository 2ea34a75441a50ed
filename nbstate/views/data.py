"""The view of `st.data_editor`: an editable ipydatagrid showing its column configuration."""

from __future__ import annotations

import copy
from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message
from ..tree import Element
from .base import WidgetView, close_widget
from .dataframe import grid_renderers, missing_text
from .grid import GridPlan, check_edit, column_config_for, grid_height, grid_width, plan_grid
from .registry import shows


@shows("data_editor")
class DataEditorView(WidgetView):
    """st.data_editor: an editable ipydatagrid; each accepted cell edit updates the edits dict.

    Columns show their `st.column_config` labels, widths and formats; an edit of a disabled
    column, or one its configuration rejects (out of min/max, not an option, not matching
    ``validate``, empty in a required column), is undone in the grid and not sent.
    """

    def build(self, element: Element) -> W.Widget:
        from ipydatagrid import DataGrid

        self._shown: tuple[Any, ...] | None = self._key(element, element.props["value"])
        self.plan, default, renderers = self._plan(element)
        self._renderer_widgets: list[W.Widget] = [default, *renderers.values()]
        return DataGrid(
            self.plan.frame,
            editable=True,
            layout=W.Layout(
                height=grid_height(element.props, len(self.plan.frame)),
                width=grid_width(element.props),
            ),
            default_renderer=default,
            renderers=renderers,
            column_widths=self.plan.widths,
            header_visibility="column" if self.plan.index_hidden else "all",
        )

    @staticmethod
    def _plan(element: Element) -> tuple[GridPlan, Any, dict[str, Any]]:
        from ..api.data import apply_edits

        plan = plan_grid(apply_edits(element.data, element.props["value"]), element.props)
        default, renderers = grid_renderers(plan, missing_text(element.props))
        return plan, default, renderers

    def connect(self) -> None:
        self.widget.on_cell_change(self._on_cell)

    def accepts_custom(self, content: Any) -> bool:
        return isinstance(content, dict)  # ipydatagrid's own events

    def _on_cell(self, cell: dict[str, Any]) -> None:
        if self._applying or self.element.props.get("disabled"):
            return
        position = cell.get("column_index")
        if not isinstance(position, int) or not 0 <= position < len(self.plan.columns):
            return
        column = self.plan.columns[position]
        names = [str(c) for c in self.element.data.columns]
        config = column_config_for(self.element.props.get("columns") or {}, column,
                                   names.index(column))  # fmt: skip
        accepted, value = check_edit(config, cell["value"])
        if not accepted:
            self.refresh_grid()
            return
        edits = copy.deepcopy(self.element.props["value"])
        edits.setdefault("edited_rows", {}).setdefault(int(cell["row"]), {})[column] = value
        self._shown = self._key(self.element, edits)
        self.props = None
        self.app.post_value(self.widget_id, edits)

    def refresh_grid(self) -> None:
        """Show the edits session state holds again (undoing a rejected edit in the grid)."""
        self._shown = None
        self.apply(self.element)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "editable": not props.get("disabled"),
            "base_row_size": props.get("row_height") or 35,
            "base_column_header_size": 35,
            "base_column_size": 100,
        }

    @staticmethod
    def _key(element: Element, edits: Any) -> tuple[Any, ...]:
        props = element.props
        return (props["digest"], repr(edits), repr(props.get("columns")), props.get("column_order"),
                props.get("placeholder"))  # fmt: skip

    def apply(self, element: Element) -> None:
        super().apply(element)
        shown = self._key(element, element.props["value"])
        if self._shown != shown:  # new data, or edits changed in the kernel: show them
            self.plan, default, renderers = self._plan(element)
            plan = self.plan
            old, self._renderer_widgets = self._renderer_widgets, [default, *renderers.values()]
            self._applying = True
            try:
                with self.widget.hold_sync():
                    self.widget.data = plan.frame
                    self.widget.default_renderer = default
                    self.widget.renderers = renderers
                    self.widget.column_widths = plan.widths
                    self.widget.header_visibility = "column" if plan.index_hidden else "all"
                    self.widget.layout.height = grid_height(element.props, len(plan.frame))
                    self.widget.layout.width = grid_width(element.props)
            finally:
                self._applying = False
            for renderer in old:
                close_widget(renderer)
            self._shown = shown

    def close(self) -> None:
        for renderer in self._renderer_widgets:
            close_widget(renderer)
        super().close()

    def simulate_user_value(self, value: Any) -> None:
        """Deliver each edit as the grid's ``cell-changed`` message from the browser."""
        for row, changes in (value or {}).get("edited_rows", {}).items():
            for column, new in changes.items():
                if str(column) not in self.plan.columns:
                    raise ValueError(
                        f"{self.name} shows no column {column!r} to edit; it shows "
                        f"{self.plan.columns}."
                    )
                message = {
                    "event_type": "cell-changed",
                    "row": int(row),
                    "column_index": self.plan.columns.index(str(column)),
                    "value": new,
                }
                self.widget._handle_msg(custom_message(message))
