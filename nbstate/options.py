"""Options, read and written with `st.set_option` / `st.get_option` (Streamlit's names)."""

from __future__ import annotations

import difflib
import logging
import sys
from pathlib import Path
from typing import Any

from .errors import NbStateAPIException
from .streamlit_options import STREAMLIT_OPTIONS

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
            if isinstance(table, dict):
                found.update(_flatten(section, table))
    return found


def _flatten(prefix: str, table: dict[str, Any]) -> dict[str, Any]:
    """The known options of a config table; nested tables ([theme.dark], [theme.sidebar])
    give dotted names (``theme.dark.primaryColor``)."""
    found: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}.{name}"
        if isinstance(value, dict):
            found.update(_flatten(key, value))
        elif _known(key):
            found[key] = value
    return found


def reload_config_files() -> None:
    """Read the config files again (they are otherwise read once, on first use)."""
    global _file_values
    _file_values = _read_files()


def _known(name: str) -> bool:
    return name in OPTIONS or name in STREAMLIT_OPTIONS


def _check_name(name: str) -> None:
    if not _known(name):
        close = difflib.get_close_matches(name, sorted({*OPTIONS, *STREAMLIT_OPTIONS}), n=3)
        hint = f" Did you mean {' or '.join(map(repr, close))}?" if close else ""
        used = ", ".join(sorted(OPTIONS))
        raise NbStateAPIException(
            f'Unknown option "{name}".{hint} nbstate accepts the option names of Streamlit '
            f"(`streamlit config show` lists them); these change something here: {used}."
        )


def get_option(key: str) -> Any:
    """Return the current value of the option `key` (e.g. ``"runner.magicEnabled"``).

    Every Streamlit option name is accepted; one that nbstate does not use returns the value
    set for it, else the value of a config file, else Streamlit's default.
    """
    _check_name(key)
    if key in _values:
        return _values[key]
    if _file_values is None:
        reload_config_files()
    default = OPTIONS[key][0] if key in OPTIONS else STREAMLIT_OPTIONS[key][0]
    return _file_values.get(key, default)  # type: ignore[union-attr]


def set_option(key: str, value: Any) -> None:
    """Set the option `key` to `value` for this kernel.

    nbstate's own options (`OPTIONS`) and the options Streamlit lets a script set (such as
    ``client.showSidebarNavigation``) are accepted; the other Streamlit options raise, as in
    Streamlit, since they configure a server.
    """
    _check_name(key)
    if key not in OPTIONS and not STREAMLIT_OPTIONS[key][1]:
        raise NbStateAPIException(
            f"{key} cannot be set on the fly. Set it in .streamlit/config.toml instead "
            "(Streamlit lets a script set only a few client.* options)."
        )
    _values[key] = value


def snapshot() -> dict[str, Any]:
    """Return the explicitly set options, to restore them later with `restore`."""
    return dict(_values)


def restore(values: dict[str, Any]) -> None:
    """Replace the explicitly set options by `values` (a `snapshot`)."""
    _values.clear()
    _values.update(values)
