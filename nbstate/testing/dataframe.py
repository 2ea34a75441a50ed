"""AppTest's view of `st.dataframe`: the table, and (nbstate's addition) its selection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import _UNSET, AppTestError, TestElement, Widget

if TYPE_CHECKING:
    from ..tree import Element
    from .app_test import AppTest


class Dataframe(TestElement):
    """st.dataframe: ``value`` is the table as a pandas DataFrame, as in Streamlit's AppTest.

    As there, ``set_value()`` raises AppTestError and a keyed dataframe's selection can be set
    through ``at.session_state[key]`` before ``run()``. nbstate adds `selection` (the state the
    last run returned) and `select()`, which sends a selection the way the grid in a browser
    sends one.
    """

    def __init__(self, at: AppTest, element: Element) -> None:
        super().__init__(at, element)
        #: The widget id of a dataframe with ``on_select`` (None without).
        self.id = element.widget_id

    @property
    def editing_mode(self) -> str:
        """``"read_only"``: st.dataframe's cells cannot be edited."""
        return "read_only"

    @property
    def selection(self) -> Any:
        """The selection state (``{"selection": {"rows", "columns", "cells"}}``) the app sees,
        or None for a dataframe without ``on_select``."""
        if self.id is None:
            return None
        staged = self._at._staged.get(self.id, _UNSET)
        return self.proto.props.get("value") if staged is _UNSET else staged

    def select(self, rows: Any = (), columns: Any = (), cells: Any = ()) -> Dataframe:
        """Stage a selection (row positions, column names, (row, column) cells) to be sent by
        the next `run()` as the grid sends the user's selection."""
        if self.id is None:
            raise AppTestError(
                "select() needs a dataframe with on_select='rerun' or a callback; this one "
                "ignores selections."
            )
        from ..api.dataframe import selection_state

        self._at._staged[self.id] = selection_state(rows, columns, cells)
        return self

    def set_value(self, value: Any) -> Any:
        """Not supported, as in Streamlit's AppTest: use `select()` or session_state."""
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"set_value() is not supported for dataframe{key_part}. AppTest can inspect this "
            "element but does not implement interactions for it. Set its value through "
            "at.session_state if it has a key, or use select()."
        )


class DataEditor(Widget):
    """st.data_editor, listed on ``at.data_editor`` and (as in Streamlit) ``at.dataframe``.

    ``value`` is the edit state; `set_value` stages edits (``edited_rows``, ``added_rows``,
    ``deleted_rows``) that the next run delivers through the grid as a browser would.
    """

    @property
    def editing_mode(self) -> str:
        """Streamlit's name for the editor's ``num_rows``: "fixed", "dynamic", "add", "delete"."""
        return str(self.proto.props.get("num_rows", "fixed"))
