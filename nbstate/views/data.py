"""The view of `st.data_editor`: an editable ipydatagrid showing its column configuration."""

from __future__ import annotations

import copy
from typing import Any

import ipywidgets as W

from ..frontend_messages import custom_message, guard_frontend_messages, update_message
from ..message_scope import watch_arrivals
from ..tree import Element
from .base import WidgetView, close_widget, set_traits
from .dataframe import grid_renderers, missing_text
from .datagrid import GridPlan, check_edit, column_config_for, grid_height, grid_width, plan_grid
from .registry import shows


@shows("data_editor", lists=("data_editor", "dataframe"), wrapper="DataEditor")
class DataEditorView(WidgetView):
    """st.data_editor: an editable ipydatagrid; each accepted cell edit updates the edits dict.

    Columns show their `st.column_config` labels, widths and formats; an edit of a disabled
    column, or one its configuration rejects (out of min/max, not an option, not matching
    ``validate``, empty in a required column), is undone in the grid and not sent.
    """

    def build(self, element: Element) -> W.Widget:
        from ipydatagrid import DataGrid

        self._shown: tuple[Any, ...] | None = self._key(element, element.props["value"])
        self._sent: dict[str, Any] | None = None
        self.plan, default, renderers = self._plan(element)
        self._renderer_widgets: list[W.Widget] = [default, *renderers.values()]
        self.grid = DataGrid(
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
        num_rows = element.props.get("num_rows", "fixed")
        self.add_button: W.Button | None = None
        self.delete_button: W.Button | None = None
        if num_rows in ("dynamic", "add"):
            self.add_button = W.Button(description="+ Add row", layout=W.Layout(width="auto"))
        if num_rows in ("dynamic", "delete"):
            self.delete_button = W.Button(
                description="Delete selected rows", layout=W.Layout(width="auto")
            )
        buttons = [b for b in (self.add_button, self.delete_button) if b is not None]
        if not buttons:
            return self.grid
        return W.VBox([self.grid, W.HBox(buttons)], _dom_classes=("nbstate-data-editor-rows",))

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props.get("num_rows", "fixed"))

    @staticmethod
    def _plan(element: Element) -> tuple[GridPlan, Any, dict[str, Any]]:
        from ..api.data import apply_edits

        plan = plan_grid(apply_edits(element.data, element.props["value"]), element.props)
        default, renderers = grid_renderers(plan, missing_text(element.props))
        return plan, default, renderers

    def connect(self) -> None:
        self.grid.on_cell_change(self._on_cell)
        if self.add_button is not None:
            self.add_button.on_click(lambda _button: self._add_row())
        if self.delete_button is not None:
            self.delete_button.on_click(lambda _button: self._delete_selected())
        if self.grid is not self.widget:  # the grid and buttons get the messages themselves
            widget_id = self.widget_id
            for part in self._parts():
                guard_frontend_messages(part, self.name, self.accepts_custom)
                watch_arrivals(part, lambda data: self.app.note_arrival(widget_id, data))

    def _parts(self) -> list[W.Widget]:
        return [w for w in (self.grid, self.add_button, self.delete_button) if w is not None]

    def show(self, element: Element) -> None:
        """Set the grid's traits (and the buttons', disabled with the editor)."""
        traits = self.traits(element.props)
        set_traits(self.grid, traits)
        for button in self._parts()[1:]:
            set_traits(button, {"disabled": bool(element.props.get("disabled"))})
        self.shown_traits = traits
        self.props = element.props

    def _rows(self) -> list[tuple[str, int]]:
        """What each displayed row is: ("row", position in the data) or ("added", i)."""
        edits = self._edits()
        deleted = {int(r) for r in edits.get("deleted_rows") or ()}
        kept = [("row", p) for p in range(len(self.element.data)) if p not in deleted]
        return kept + [("added", i) for i in range(len(edits.get("added_rows") or ()))]

    def _edits(self) -> dict[str, Any]:
        """A copy of the edits the user made last: those sent since the last run (the next
        edit builds on them even before the run shows them), else the element's."""
        sent = self._sent
        return copy.deepcopy(sent if sent is not None else self.element.props["value"])

    def _send(self, edits: dict[str, Any]) -> None:
        self._shown = None  # rows changed: show the frame with the edits again
        self._post(edits)

    def _post(self, edits: dict[str, Any]) -> None:
        self._sent = edits
        self.props = None
        self.app.post_value(self.widget_id, edits)

    def _add_row(self) -> None:
        """A new row with the columns' configured defaults (`st.column_config` ``default``)."""
        if self.element.props.get("disabled"):
            return
        edits = self._edits()
        config = self.element.props.get("columns") or {}
        names = [str(c) for c in self.element.data.columns]
        row = {}
        for position, name in enumerate(names):
            default = column_config_for(config, name, position).get("default")
            if default is not None:
                row[name] = default
        edits.setdefault("added_rows", []).append(row)
        self._send(edits)

    def _delete_selected(self) -> None:
        """Delete the rows of the grid's selected cells."""
        if self.element.props.get("disabled"):
            return
        rows = self._rows()
        visible = list(getattr(self.grid, "_visible_rows", None) or []) or None
        chosen: set[int] = set()
        for rect in self.grid.selections:
            for r in range(min(rect["r1"], rect["r2"]), max(rect["r1"], rect["r2"]) + 1):
                shown = visible[r] if visible and r < len(visible) else r
                if 0 <= shown < len(rows):
                    chosen.add(shown)
        if not chosen:
            return
        edits = self._edits()
        added = edits.setdefault("added_rows", [])
        gone = [rows[r][1] for r in chosen if rows[r][0] == "added"]
        edits["added_rows"] = [row for i, row in enumerate(added) if i not in gone]
        deleted = set(edits.get("deleted_rows") or ()) | {
            rows[r][1] for r in chosen if rows[r][0] == "row"
        }
        edits["deleted_rows"] = sorted(deleted)
        self.grid.selections = []
        self._send(edits)

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
        edits = self._edits()
        rows = self._rows()
        row = int(cell["row"])
        kind, position = rows[row] if 0 <= row < len(rows) else ("row", row)
        if kind == "added":
            edits["added_rows"][position][column] = value
        else:
            edits.setdefault("edited_rows", {}).setdefault(position, {})[column] = value
        self._shown = self._key(self.element, edits)
        self._post(edits)

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
        if element.props is not getattr(self, "element", element).props:
            self._sent = None  # a run has shown the edits: they are the element's again
        super().apply(element)
        shown = self._key(element, element.props["value"])
        if self._shown != shown:  # new data, or edits changed in the kernel: show them
            self.plan, default, renderers = self._plan(element)
            plan = self.plan
            old, self._renderer_widgets = self._renderer_widgets, [default, *renderers.values()]
            self._applying = True
            try:
                with self.grid.hold_sync():
                    self.grid.data = plan.frame
                    self.grid.default_renderer = default
                    self.grid.renderers = renderers
                    self.grid.column_widths = plan.widths
                    self.grid.header_visibility = "column" if plan.index_hidden else "all"
                    self.grid.layout.height = grid_height(element.props, len(plan.frame))
                    self.grid.layout.width = grid_width(element.props)
            finally:
                self._applying = False
            for renderer in old:
                close_widget(renderer)
            self._shown = shown

    def close(self) -> None:
        for renderer in self._renderer_widgets:
            close_widget(renderer)
        if self.grid is not self.widget:
            for part in self._parts():
                close_widget(part)
            for child in self.widget.children[1:]:
                close_widget(child)
        super().close()

    def simulate_user_value(self, value: Any) -> None:
        """Deliver `value` as the browser would: each cell edit as the grid's
        ``cell-changed`` message, new deleted rows as a selection and a click on "Delete
        selected rows", new added rows as clicks on "+ Add row" and edits of their cells."""
        value = value or {}
        for row, changes in value.get("edited_rows", {}).items():
            shown = self._rows().index(("row", int(row)))
            for column, new in changes.items():
                self._simulate_edit(shown, column, new)
        current = self._edits()
        deleted = [r for r in value.get("deleted_rows") or () if r not in current["deleted_rows"]]
        if deleted:
            self._require(self.delete_button, "delete rows")
            rows = self._rows()
            rects = [{"r1": rows.index(("row", int(r))), "c1": 0, "r2": rows.index(("row", int(r))),
                      "c2": 0} for r in deleted]  # fmt: skip
            self.grid._handle_msg(update_message({"selections": rects}))
            self.delete_button._handle_msg(custom_message({"event": "click"}))  # type: ignore[union-attr]
        for added in (value.get("added_rows") or [])[len(current.get("added_rows") or ()) :]:
            self._require(self.add_button, "add rows")
            self.add_button._handle_msg(custom_message({"event": "click"}))  # type: ignore[union-attr]
            shown = len(self._rows()) - 1
            for column, new in added.items():
                self._simulate_edit(shown, column, new)

    def _require(self, button: W.Button | None, what: str) -> None:
        if button is None:
            raise ValueError(
                f"{self.name} cannot {what}: its num_rows is "
                f"{self.element.props.get('num_rows', 'fixed')!r}."
            )

    def _simulate_edit(self, row: int, column: Any, new: Any) -> None:
        if str(column) not in self.plan.columns:
            raise ValueError(
                f"{self.name} shows no column {column!r} to edit; it shows {self.plan.columns}."
            )
        message = {
            "event_type": "cell-changed",
            "row": row,
            "column_index": self.plan.columns.index(str(column)),
            "value": new,
        }
        self.grid._handle_msg(custom_message(message))
