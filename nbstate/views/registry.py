"""One registry of element kinds: the view that shows each kind, and how AppTest sees it.

A view class declares the kinds it shows with `@shows(...)`, next to its definition. Everything
keyed by element kind derives from here: the renderer's view classes (`VIEW_CLASSES`), AppTest's
lists (``at.button`` -> `apptest_lists()`) and its wrapper classes (`wrapper_names()`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .base import View

V = TypeVar("V", bound="type[View]")


@dataclass(frozen=True)
class ElementKind:
    """What nbstate knows about one kind of element."""

    #: The element kind (`Element.kind`), e.g. "checkbox".
    kind: str
    #: The view class that shows it.
    view: type[View]
    #: The AppTest lists that include it (``at.checkbox``); empty when AppTest lists it nowhere.
    lists: tuple[str, ...]
    #: The name of its wrapper class in `nbstate.testing.elements`, or None for the default
    #: (`Widget` for a widget, `TestElement` for a display element, `Block` for a container).
    wrapper: str | None


#: Every element kind, by name.
KINDS: dict[str, ElementKind] = {}


def shows(
    *kinds: str, lists: str | tuple[str, ...] | None = None, wrapper: str | None = None
) -> Callable[[V], V]:
    """Class decorator: the view shows elements of `kinds`.

    AppTest lists each kind under its own name (``at.<kind>``) unless `lists` names the lists
    (a string, a tuple, or ``()`` for none); `wrapper` names its class in
    `nbstate.testing.elements`.
    """
    names = (lists,) if isinstance(lists, str) else lists

    def register(view: V) -> V:
        for kind in kinds:
            if kind in KINDS:
                raise ValueError(
                    f"element kind {kind!r} is shown by {KINDS[kind].view.__name__} already; "
                    f"{view.__name__} cannot register it too"
                )
            KINDS[kind] = ElementKind(kind, view, (kind,) if names is None else names, wrapper)
        return view

    return register


def view_classes() -> dict[str, type[View]]:
    """The view class of every element kind."""
    return {kind: entry.view for kind, entry in KINDS.items()}


def apptest_lists() -> dict[str, tuple[str, ...]]:
    """AppTest's element lists: ``at.<name>`` lists the elements of these kinds."""
    lists: dict[str, tuple[str, ...]] = {}
    for entry in KINDS.values():
        for name in entry.lists:
            lists[name] = (*lists.get(name, ()), entry.kind)
    return lists


def wrapper_names() -> dict[str, str]:
    """The name of the AppTest wrapper class of each kind that has its own."""
    return {kind: entry.wrapper for kind, entry in KINDS.items() if entry.wrapper is not None}
