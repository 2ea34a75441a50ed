"""Options, read and written with `st.set_option` / `st.get_option` (Streamlit's names)."""

from __future__ import annotations

from typing import Any

from .errors import NbStateAPIException

#: Every option nbstate understands, with its default and what it does.
OPTIONS: dict[str, tuple[Any, str]] = {
    "runner.enforceSerializableSessionState": (
        False,
        "Raise UnserializableSessionStateError after a run when a value cannot be pickled.",
    ),
    "global.disableWidgetStateDuplicationWarning": (
        False,
        "Do not warn when a widget has a default value and a value set through session_state.",
    ),
    "runner.magicEnabled": (
        True,
        "Write bare expressions of a script as if they were passed to st.write.",
    ),
    "session.resetOnReload": (
        True,
        "Empty session_state when the browser page is reloaded, as Streamlit does.",
    ),
}

_values: dict[str, Any] = {}


def _check_name(name: str) -> None:
    if name not in OPTIONS:
        valid = ", ".join(sorted(OPTIONS))
        raise NbStateAPIException(f'Unknown option "{name}". Valid options are: {valid}.')


def get_option(name: str) -> Any:
    """Return the current value of the option `name` (e.g. ``"runner.magicEnabled"``)."""
    _check_name(name)
    return _values.get(name, OPTIONS[name][0])


def set_option(name: str, value: Any) -> None:
    """Set the option `name` to `value` for this kernel."""
    _check_name(name)
    _values[name] = value


def snapshot() -> dict[str, Any]:
    """Return the explicitly set options, to restore them later with `restore`."""
    return dict(_values)


def restore(values: dict[str, Any]) -> None:
    """Replace the explicitly set options by `values` (a `snapshot`)."""
    _values.clear()
    _values.update(values)
