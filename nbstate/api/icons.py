"""The `icon` argument elements share: a single emoji or a Material icon shortcode."""

from __future__ import annotations

import re
from typing import Any

from ..errors import NbStateAPIException

_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")


def check_icon(icon: Any) -> str:
    """`icon` checked: an emoji, a ``:material/name:`` shortcode or "" (else a clear error)."""
    if icon == "":
        return icon
    if not isinstance(icon, str) or not (
        _MATERIAL_ICON.match(icon)
        or (0 < len(icon) <= 8 and not any(c.isascii() and c.isalnum() for c in icon))
    ):
        raise NbStateAPIException(
            f'The value "{icon}" is not a valid icon. Please use a single emoji or a Material '
            "icon shortcode like `:material/thumb_up:`."
        )
    return icon
