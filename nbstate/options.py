"""Options, read and written with `st.set_option` / `st.get_option` (Streamlit's names)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from .errors import NbStateAPIException

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger("nbstate")

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
#: Values read from .streamlit/config.toml files, loaded on first use.
_file_values: dict[str, Any] | None = None


def config_files() -> list[Path]:
    """The config files read, lowest priority first: the user's, then the project's."""
    return [Path.home() / ".streamlit" / "config.toml", Path.cwd() / ".streamlit" / "config.toml"]


def _read_files() -> dict[str, Any]:
    """Options set in Streamlit config files (unknown options there are ignored, since a
    Streamlit config has many that mean nothing in a notebook)."""
    found: dict[str, Any] = {}
    for path in config_files():
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text())
        except (OSError, tomllib.TOMLDecodeError) as exc:
            log.warning("nbstate: could not read %s: %s", path, exc)
            continue
        for section, table in data.items():
            if not isinstance(table, dict):
                continue
            for name, value in table.items():
                if f"{section}.{name}" in OPTIONS:
                    found[f"{section}.{name}"] = value
    return found


def reload_config_files() -> None:
    """Read the config files again (they are otherwise read once, on first use)."""
    global _file_values
    _file_values = _read_files()


def _check_name(name: str) -> None:
    if name not in OPTIONS:
        valid = ", ".join(sorted(OPTIONS))
        raise NbStateAPIException(f'Unknown option "{name}". Valid options are: {valid}.')


def get_option(name: str) -> Any:
    """Return the current value of the option `name` (e.g. ``"runner.magicEnabled"``)."""
    _check_name(name)
    if name in _values:
        return _values[name]
    if _file_values is None:
        reload_config_files()
    return _file_values.get(name, OPTIONS[name][0])  # type: ignore[union-attr]


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
