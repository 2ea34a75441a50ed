"""Options every kind of button shares in Streamlit 1.67: `shortcut` and `icon_position`.

A shortcut is checked and written in Streamlit's normal form (``"Ctrl+Shift+K"`` ->
``"ctrl+shift+k"``), which is part of the button's identity. nbstate does not bind it to a
key: in a notebook, keys pressed outside a text box are JupyterLab's own shortcuts.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException, NbStateValueError

_MODIFIERS = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "cmd": "cmd",
    "command": "cmd",
    "meta": "cmd",
    "alt": "alt",
    "option": "alt",
    "shift": "shift",
    "mod": "ctrl",
}
_MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
_KEYS = {
    "enter": "enter",
    "return": "enter",
    "space": "space",
    "spacebar": "space",
    "tab": "tab",
    "escape": "escape",
    "esc": "escape",
    "backspace": "backspace",
    "delete": "delete",
    "del": "delete",
    "home": "home",
    "end": "end",
    "pageup": "pageup",
    "pagedown": "pagedown",
    "left": "left",
    "arrowleft": "left",
    "right": "right",
    "arrowright": "right",
    "up": "up",
    "arrowup": "up",
    "down": "down",
    "arrowdown": "down",
}


def _key(token: str) -> str:
    if token in _KEYS:
        return _KEYS[token]
    if (len(token) == 1 and token.isalnum()) or (token[:1] == "f" and token[1:].isdigit()):
        return token
    raise NbStateAPIException(
        "shortcut must include a single character or one of the supported keys "
        "(e.g. Enter, Space, Tab, Escape)."
    )


def normalize_shortcut(shortcut: Any) -> str | None:
    """A button's `shortcut` in Streamlit's normal form (None stays None); bad ones raise."""
    if shortcut is None:
        return None
    if not isinstance(shortcut, str):
        raise NbStateAPIException(
            "Invalid `shortcut` type. Expected one of: str. Provided type: "
            f"{type(shortcut).__name__}."
        )
    tokens = [token.strip().lower() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise NbStateAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise NbStateAPIException("The `shortcut` may only specify a single non-modifier key.")
        key = _key(token)
        if key in ("c", "r"):
            raise NbStateAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
            )
    if key is None:
        raise NbStateAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    return "+".join([m for m in _MODIFIER_ORDER if m in modifiers] + [key])


def check_icon_position(icon_position: Any) -> str:
    """A button's `icon_position`: "left" (also for None) or "right"; another raises."""
    if icon_position is None:
        return "left"
    if icon_position not in ("left", "right"):
        raise NbStateValueError("Invalid `icon_position` value. Supported values: 'left', 'right'.")
    return str(icon_position)
