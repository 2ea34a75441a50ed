"""st.column_config: how st.dataframe and st.data_editor show and edit each column.

Each ``st.column_config.<Type>Column(...)`` returns the plain dict Streamlit 1.67 returns
(``{"label": ..., "width": ..., ..., "type_config": {"type": ...}}``), so apps that build
or inspect these dicts behave the same. `ButtonColumn` with a key returns a
`ButtonColumnResult`, as in Streamlit.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..errors import NbStateAPIException
from .column_display import (
    AreaChartColumn,
    AudioColumn,
    BarChartColumn,
    ButtonColumn,
    ImageColumn,
    JsonColumn,
    LineChartColumn,
    ProgressColumn,
    VideoColumn,
)

ColumnConfig = dict[str, Any]

_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")


def _base(label: Any, **common: Any) -> ColumnConfig:
    return {"label": label, **common}


def _iso(value: date | time | None) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, timedelta) else step


def Column(  # noqa: N802 - Streamlit's name
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of any type: its label, width, tooltip, whether it is editable or required."""
    return _base(
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
    )


def _editable(label: Any, type_config: dict[str, Any], default: Any, **common: Any) -> ColumnConfig:
    config = Column(label, **common)
    config["default"] = default
    config["type_config"] = type_config
    return config


def NumberColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """A number column: a printf-style or named `format`, edits bound by min/max and `step`."""
    type_config = {
        "type": "number",
        "min_value": min_value,
        "max_value": max_value,
        "format": format,
        "step": step,
    }
    return _editable(
        label, type_config, default, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def TextColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """A text column: edits at most `max_chars` long and matching the regex `validate`."""
    type_config = {"type": "text", "max_chars": max_chars, "validate": validate}
    return _editable(
        label, type_config, default, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def LinkColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """A column of URLs shown as links (`display_text`: the text, or a regex picking it)."""
    if display_text and display_text.startswith(":material/"):
        if not _MATERIAL_ICON.match(display_text.strip()):
            raise NbStateAPIException(
                f'The value `"{display_text}"` is not a valid Material icon. Please use a '
                "Material icon shortcode like `:material/thumb_up:`."
            )
        display_text = display_text.strip()
    type_config = {
        "type": "link",
        "max_chars": max_chars,
        "validate": validate,
        "display_text": display_text,
    }
    return _editable(
        label, type_config, default, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def CheckboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """A column of booleans shown as checkboxes."""
    return _editable(
        label, {"type": "checkbox"}, default, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def _without_alignment(config: ColumnConfig) -> ColumnConfig:
    del config["alignment"]  # Streamlit's selectbox and multiselect columns have none
    return config


def SelectboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """A column edited by choosing one of `options` (shown through `format_func`)."""
    shown: list[Any] | None = None if options is None else list(options)
    if shown and format_func is not None:
        shown = [{"value": option, "label": format_func(option)} for option in shown]
    return _without_alignment(
        _editable(
            label, {"type": "selectbox", "options": shown}, default, width=width, help=help,
            disabled=disabled, required=required, pinned=pinned,
        )
    )  # fmt: skip


def ListColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    """A column of lists shown as chips."""
    return {
        "label": label,
        "width": width,
        "help": help,
        "pinned": pinned,
        "disabled": disabled,
        "required": required,
        "default": None if default is None else list(default),
        "type_config": {"type": "list"},
    }


def MultiselectColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[str], str] | None = None,
) -> ColumnConfig:
    """A column of lists edited by picking among `options` (coloured by `color`, cycled)."""
    choices: list[dict[str, Any]] | None = None
    if options is not None:
        colors = None
        if color is not None:
            colors = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        choices = []
        for option in options:
            choice: dict[str, Any] = {"value": option}
            if format_func is not None:
                choice["label"] = format_func(option)
            if colors is not None:
                choice["color"] = next(colors)
            choices.append(choice)
    type_config = {
        "type": "multiselect",
        "options": choices,
        "accept_new_options": accept_new_options,
    }
    return _without_alignment(
        _editable(
            label, type_config, None if default is None else list(default), width=width,
            help=help, disabled=disabled, required=required, pinned=pinned,
        )
    )  # fmt: skip


def _temporal(kind: str, label: Any, default: Any, type_config: dict[str, Any],
              **common: Any) -> ColumnConfig:  # fmt: skip
    return _editable(label, {"type": kind, **type_config}, _iso(default), **common)


def DatetimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime | None = None,
    format: str | None = None,
    min_value: datetime | None = None,
    max_value: datetime | None = None,
    step: int | float | timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """A datetime column (`step` in seconds or a timedelta, `timezone` an IANA name)."""
    type_config = {
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
        "timezone": timezone,
    }
    return _temporal(
        "datetime", label, default, type_config, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def TimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: time | None = None,
    format: str | None = None,
    min_value: time | None = None,
    max_value: time | None = None,
    step: int | float | timedelta | None = None,
) -> ColumnConfig:
    """A time-of-day column (`step` in seconds or a timedelta)."""
    type_config = {
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
    }
    return _temporal(
        "time", label, default, type_config, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def DateColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: date | None = None,
    format: str | None = None,
    min_value: date | None = None,
    max_value: date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """A date column (`step` in days)."""
    type_config = {
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": step,
    }
    return _temporal(
        "date", label, default, type_config, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def MarkdownColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
) -> ColumnConfig:
    """A column of Markdown text."""
    return _editable(
        label, {"type": "markdown"}, default, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


class ColumnConfigAPI:
    """``st.column_config``: one function per column type, as in Streamlit 1.67."""

    Column = staticmethod(Column)
    TextColumn = staticmethod(TextColumn)
    NumberColumn = staticmethod(NumberColumn)
    CheckboxColumn = staticmethod(CheckboxColumn)
    SelectboxColumn = staticmethod(SelectboxColumn)
    MultiselectColumn = staticmethod(MultiselectColumn)
    DatetimeColumn = staticmethod(DatetimeColumn)
    DateColumn = staticmethod(DateColumn)
    TimeColumn = staticmethod(TimeColumn)
    ListColumn = staticmethod(ListColumn)
    LinkColumn = staticmethod(LinkColumn)
    ImageColumn = staticmethod(ImageColumn)
    AudioColumn = staticmethod(AudioColumn)
    VideoColumn = staticmethod(VideoColumn)
    LineChartColumn = staticmethod(LineChartColumn)
    BarChartColumn = staticmethod(BarChartColumn)
    AreaChartColumn = staticmethod(AreaChartColumn)
    ProgressColumn = staticmethod(ProgressColumn)
    JsonColumn = staticmethod(JsonColumn)
    MarkdownColumn = staticmethod(MarkdownColumn)
    ButtonColumn = staticmethod(ButtonColumn)

    def __repr__(self) -> str:
        return "st.column_config"


#: ``st.column_config`` (an object rather than a module: nbstate's names are its API).
column_config = ColumnConfigAPI()
