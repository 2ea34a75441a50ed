"""AppTest wrappers of Streamlit 1.67's newer widgets: datetime_input, menu_button and
pagination, with the methods of Streamlit's testing classes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .base import AppTestError, Widget


def _iso(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment is not None else ""


class DateTimeInput(Widget):
    """A datetime_input: `set_value(datetime)`; `min` and `max` are ISO strings, as in
    Streamlit's AppTest ("2024-05-01T00:00")."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = "date_time_input"

    @property
    def min(self) -> str:
        """The earliest moment the user can pick ("YYYY-MM-DDTHH:MM")."""
        return _iso(self.proto.props.get("min_value"))

    @property
    def max(self) -> str:
        """The latest moment the user can pick ("YYYY-MM-DDTHH:MM")."""
        return _iso(self.proto.props.get("max_value"))

    @property
    def step(self) -> int:
        """The step between the times offered, in seconds."""
        return int(self.proto.props.get("step", 900))

    @property
    def format(self) -> str:
        """The date format ("YYYY/MM/DD"...)."""
        return str(self.proto.props.get("format", "YYYY/MM/DD"))


class MenuButton(Widget):
    """A menu_button: `click(option)` or `click_index(i)`; `value` is the option clicked in
    the run that followed the click, else None."""

    @property
    def options(self) -> list[str]:
        """The options as the menu shows them (after `format_func`)."""
        return list(self.proto.props.get("labels", ()))

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The function that turned each option into the text shown (for the app's options)."""
        options = list(self.proto.props.get("options", ()))
        labels = self.options
        return lambda option: labels[options.index(option)]

    def set_value(self, value: Any) -> MenuButton:
        """Stage a click on the option `value` (None stages nothing)."""
        if value is None:
            return self
        self._assert_can_interact()
        self._at._staged[self.id] = value
        return self

    def click(self, value: Any) -> MenuButton:
        """Stage a click on the option `value`."""
        return self.set_value(value)

    def click_index(self, index: int) -> MenuButton:
        """Stage a click on the option at position `index`."""
        return self.set_value(list(self.proto.props.get("options", ()))[index])


class Pagination(Widget):
    """A pagination: `value` is the current page (from 1); `select(page)` stages a page."""

    @property
    def num_pages(self) -> int:
        """The number of pages."""
        return int(self.proto.props["num_pages"])

    @property
    def default(self) -> int:
        """The page shown first."""
        return int(self.proto.props["default"])

    def set_value(self, value: int) -> Pagination:
        """Stage page `value`; AppTestError unless it is an int from 1 to `num_pages`."""
        self._assert_can_interact()
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 1 <= value <= self.num_pages
        ):
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {value!r}. Page must be an int between 1 "
                f"and {self.num_pages}."
            )
        self._at._staged[self.id] = value
        return self

    def select(self, page: int) -> Pagination:
        """Select `page` as if the user clicked its button."""
        return self.set_value(page)
