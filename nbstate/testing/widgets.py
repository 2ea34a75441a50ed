"""AppTest wrappers of input widgets, with the methods of Streamlit's ``testing.v1`` classes.

A method that changes a value only stages it (`Widget.set_value`); the next ``run()`` sends
it as a browser would. Reads (`value`, `index`, `indices`) see the staged value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .base import AppTestError, Widget


def _as_float(number: Any) -> float | None:
    """A bound or step as Streamlit's AppTest reports it (a float, or None when unset)."""
    if number is None:
        return None
    return float(number) if isinstance(number, (int, float)) else number


class Button(Widget):
    """A button or form submit button: `click()` then `run()`; True in the run after a click."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        if self.type == "form_submit_button":
            self.type = "button"  # as in Streamlit, whose submit buttons are buttons

    def click(self) -> Button:
        """Stage a click (AppTestError for a disabled button)."""
        self._assert_can_interact()
        self._at._clicks.append(self.id)
        return self

    def set_value(self, value: Any) -> Button:
        """A true `value` stages a click (Streamlit's ``set_value(True)``); False stages nothing."""
        return self.click() if value else self

    @property
    def value(self) -> bool:
        """True in the run that followed a click."""
        return bool(self.proto.props.get("value"))


class DownloadButton(Button):
    """A download button: clicking it reruns the app, as in Streamlit."""


class Checkbox(Widget):
    """A checkbox or toggle."""

    def check(self) -> Checkbox:
        """Stage a checked state."""
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        """Stage an unchecked state."""
        return self.set_value(False)


class Toggle(Checkbox):
    """A toggle (Streamlit's Toggle has `set_value` only; check/uncheck also work here)."""


class TextInput(Widget):
    """A text_input."""

    def input(self, value: str) -> TextInput:
        """Stage typed text (sent as if the user pressed Enter)."""
        return self.set_value(value)

    @property
    def placeholder(self) -> str:
        """The grey text shown while the box is empty ("" when none)."""
        return self.proto.props.get("placeholder") or ""

    @property
    def max_chars(self) -> int:
        """The most characters the box accepts (0 when unlimited, as in Streamlit)."""
        return self.proto.props.get("max_chars") or 0

    @property
    def autocomplete(self) -> str:
        """The browser's autocomplete hint ("" unless the script gave one)."""
        return self.proto.props.get("autocomplete") or ""


class TextArea(TextInput):
    """A text_area."""


class ChatInput(Widget):
    """The chat input box: `set_value(text)` stages a message sent by the next run;
    `upload(...)` attaches a file to it (with ``accept_file``), `clear()` removes them."""

    @property
    def placeholder(self) -> str:
        """The grey text of the box."""
        return self.proto.props.get("placeholder") or ""

    @property
    def value(self) -> Any:
        """The staged message, else what the last run returned: the message in the run
        that submitted it, None in other runs (as in Streamlit)."""
        staged = self._at._staged.get(self.id)
        if isinstance(staged, tuple):
            return staged[0]
        return super().value

    def set_value(self, value: Any) -> Any:
        """Stage the message's text (files staged with `upload` stay)."""
        staged = self._at._staged.get(self.id)
        super().set_value(value)
        if isinstance(staged, tuple):
            self._at._staged[self.id] = (value, staged[1])
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> ChatInput:
        """Attach one file to the next message (with ``accept_file=True`` it replaces the one
        attached; "multiple" and "directory" add to them)."""
        self._assert_can_interact()
        mode = self.proto.props.get("accept_file")
        if not mode:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"st.chat_input{key_part} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )
        if not isinstance(filename, str) or not filename:
            raise AppTestError(
                f"st.chat_input file names must be a non-empty string. Got {filename!r}."
            )
        if not isinstance(content, bytes):
            raise AppTestError(
                f"st.chat_input file content must be bytes. Got {type(content).__name__}."
            )
        types = [t for t in (self.proto.props.get("file_type") or "").split(",") if t]
        allowed = [t.lower() for t in types if t.startswith(".")]
        if allowed and not any("/" in t for t in types):
            extension = "." + filename.rsplit(".", 1)[-1] if "." in filename else ""
            if not any(filename.lower().endswith(t) for t in allowed):
                raise AppTestError(f"Invalid file extension: `{extension}`. Allowed: {allowed}")
        staged = self._at._staged.get(self.id)
        text, files = staged if isinstance(staged, tuple) else (staged, [])
        record = (filename, mime_type, content)
        files = [*files, record] if mode != "single" else [record]
        self._at._staged[self.id] = (text, files)
        return self

    def clear(self) -> ChatInput:
        """Remove the files staged for the next message (its text stays)."""
        self._assert_can_interact()
        staged = self._at._staged.get(self.id)
        if isinstance(staged, tuple):
            self._at._staged[self.id] = staged[0]
        return self


class NumberInput(Widget):
    """A number_input: `increment()` and `decrement()` act like its + and - buttons."""

    @property
    def min(self) -> float | None:
        """The lowest value allowed (None when unbounded)."""
        return _as_float(self.proto.props.get("min_value"))

    @property
    def max(self) -> float | None:
        """The highest value allowed (None when unbounded)."""
        return _as_float(self.proto.props.get("max_value"))

    @property
    def step(self) -> float:
        """How much + and - change the value."""
        return _as_float(self.proto.props.get("step"))  # type: ignore[return-value]

    def increment(self) -> NumberInput:
        """Stage the value one step up, no higher than `max` (nothing when the value is None)."""
        if self.value is None:
            return self
        top = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + self.proto.props["step"], top))

    def decrement(self) -> NumberInput:
        """Stage the value one step down, no lower than `min` (nothing when the value is None)."""
        if self.value is None:
            return self
        bottom = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - self.proto.props["step"], bottom))


class Slider(Widget):
    """A slider of numbers, dates or times: `set_value(v)` or `set_range(lower, upper)`."""

    @property
    def min(self) -> Any:
        """The left end of the slider."""
        return _as_float(self.proto.props.get("min_value"))

    @property
    def max(self) -> Any:
        """The right end of the slider."""
        return _as_float(self.proto.props.get("max_value"))

    @property
    def step(self) -> Any:
        """The slider's step."""
        return _as_float(self.proto.props.get("step"))

    def set_range(self, lower: Any, upper: Any) -> Slider:
        """Stage a (lower, upper) range on a range slider."""
        return self.set_value((lower, upper))


class _Options(Widget):
    """A widget choosing among options: they are listed as the page shows them."""

    @property
    def options(self) -> list[str]:
        """The options as the page shows them (after `format_func`), as in Streamlit."""
        return list(self.proto.props.get("labels", ()))

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The function that turned each option into the text shown (for the app's options)."""
        options = list(self.proto.props.get("options", ()))
        labels = self.options

        def shown(option: Any) -> str:
            return labels[options.index(option)]

        return shown

    def _index_of(self, option: Any) -> int:
        return list(self.proto.props.get("options", ())).index(option)


class SelectSlider(_Options):
    """A select_slider: `set_value(option)` or `set_range(lower, upper)`."""

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        """Stage a (lower, upper) range."""
        return self.set_value((lower, upper))


class Radio(_Options):
    """A radio: `set_value(option)`; `index` is the position of the chosen option."""

    @property
    def horizontal(self) -> bool:
        """True when the options are laid out in a row."""
        return bool(self.proto.props.get("horizontal"))

    @property
    def index(self) -> int | None:
        """The position of the chosen option (None when nothing is chosen)."""
        value = self.value
        return None if value is None else self._index_of(value)


class Selectbox(Radio):
    """A selectbox: `select(option)`, `select_index(i)`, `set_value(option)`."""

    def select(self, value: Any) -> Selectbox:
        """Stage the choice of `value` (an option, or None to clear the choice)."""
        return self.set_value(value)

    def select_index(self, index: int | None) -> Selectbox:
        """Stage the choice of the option at position `index` (None clears the choice)."""
        if index is None:
            return self.set_value(None)
        return self.set_value(list(self.proto.props.get("options", ()))[index])


class Multiselect(_Options):
    """A multiselect: `select(v)` adds an option, `unselect(v)` removes it."""

    @property
    def max_selections(self) -> int:
        """The most options the user may choose (0 when unlimited)."""
        return self.proto.props.get("max_selections") or 0

    @property
    def indices(self) -> list[int]:
        """The positions of the chosen options."""
        return [self._index_of(v) for v in self.value]

    @property
    def values(self) -> list[str]:
        """The chosen options as the page shows them."""
        shown = self.format_func
        return [shown(v) for v in self.value]

    def select(self, value: Any) -> Multiselect:
        """Stage `value` added to the chosen options (nothing if it is already chosen)."""
        current = list(self.value)
        if value in current:
            return self
        return self.set_value([*current, value])

    def unselect(self, value: Any) -> Multiselect:
        """Stage `value` removed from the chosen options (nothing if it is not chosen)."""
        current = list(self.value)
        if value not in current:
            return self
        return self.set_value([v for v in current if v != value])


class ColorPicker(Widget):
    """A color_picker: `pick("#rrggbb")`."""

    def pick(self, value: str) -> ColorPicker:
        """Stage the color `value` (a hex string such as ``"#ff0000"``)."""
        return self.set_value(value)


class DateInput(Widget):
    """A date_input: `set_value(date)` or `set_value((start, end))` for a range."""

    @property
    def min(self) -> dt.date | None:
        """The earliest date the user can pick."""
        return self.proto.props.get("min_value")

    @property
    def max(self) -> dt.date | None:
        """The latest date the user can pick."""
        return self.proto.props.get("max_value")

    @property
    def is_range(self) -> bool:
        """True for a date range (a tuple value)."""
        return bool(self.proto.props.get("is_range"))


class TimeInput(Widget):
    """A time_input: `set_value(time)`, `increment()` / `decrement()` by its step."""

    @property
    def step(self) -> int:
        """The step between the times offered, in seconds."""
        step = self.proto.props.get("step", 900)
        return int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)

    def _moved(self, seconds: int) -> TimeInput:
        if self.value is None:
            return self
        moment = dt.datetime.combine(dt.date.today(), self.value) + dt.timedelta(seconds=seconds)
        return self.set_value(moment.time())

    def increment(self) -> TimeInput:
        """Stage the next time, one step later (wrapping past midnight, as in Streamlit)."""
        return self._moved(self.step)

    def decrement(self) -> TimeInput:
        """Stage the previous time, one step earlier."""
        return self._moved(-self.step)


class FileUploader(Widget):
    """A file_uploader: `upload(name, data)`, `set_value(files)` or `clear()`, then `run()`."""

    @property
    def accept_multiple_files(self) -> bool:
        """True when the uploader takes several files."""
        return bool(self.proto.props.get("multiple"))

    @property
    def accept_directory(self) -> bool:
        """False: nbstate's uploader takes files, not directories."""
        return False

    @property
    def allowed_type(self) -> list[str]:
        """The file extensions offered (``[".csv"]``), empty when any file is allowed."""
        accept = self.proto.props.get("accept") or ""
        return [t for t in accept.split(",") if t]

    def set_value(self, files: Any) -> FileUploader:
        """Stage uploaded files: a ``(name, bytes)`` or ``(name, bytes, mime_type)`` tuple, a
        list of them, or None for none. (The MIME type is not kept: nbstate's uploaded files
        have the type the browser reports, which AppTest leaves empty.)"""
        if files is None:
            return super().set_value([])
        if isinstance(files, tuple) and files and isinstance(files[0], str):
            files = [files]
        return super().set_value([tuple(f[:2]) for f in files])

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> FileUploader:
        """Stage one more uploaded file (added to the files staged before)."""
        staged = self._at._staged.get(self.id)
        return self.set_value([*(staged or []), (filename, content, mime_type)])

    def clear(self) -> FileUploader:
        """Stage the removal of every uploaded file."""
        return self.set_value(None)
