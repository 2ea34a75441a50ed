"""Checks and CSS of the `width` and `height` parameters elements share, as Streamlit's."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException


def _valid(size: Any, words: tuple[str, ...]) -> bool:
    if isinstance(size, str):
        return size in words
    return type(size) is int and size > 0


def _choices(words: tuple[str, ...]) -> str:
    quoted = [repr(word) for word in words]
    if len(quoted) == 1:
        return f"a positive integer (pixels) or {quoted[0]}"
    return f"a positive integer (pixels), {', '.join(quoted[:-1])}, or {quoted[-1]}"


def check_width(width: Any, allow_content: bool = False) -> Any:
    """Return `width` if it is a positive int or "stretch" (or "content"), else raise."""
    words = ("stretch", "content") if allow_content else ("stretch",)
    if not _valid(width, words):
        raise NbStateAPIException(
            f"Invalid width value: {width!r}. Width must be either {_choices(words)}."
        )
    return width


def check_height(height: Any, allow_content: bool = False, allow_stretch: bool = True) -> Any:
    """Return `height` if it is a positive int or one of the allowed words, else raise."""
    words = tuple(
        word for word, ok in (("stretch", allow_stretch), ("content", allow_content)) if ok
    )
    if not _valid(height, words):
        raise NbStateAPIException(
            f"Invalid height value: {height!r}. Height must be either {_choices(words)}."
        )
    return height


def css_size(size: Any) -> str:
    """The CSS length of a checked width or height: pixels for an int, else "" (automatic)."""
    return f"{size}px" if type(size) is int else ""
