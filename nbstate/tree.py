"""The element tree a run builds: what the app area must show, independent of ipywidgets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

#: Marks "no value" where None is a valid value.
NOTHING: Any = object()


@dataclass(eq=False, slots=True)
class Element:
    """One element of a run: a display element, a widget or a container.

    `kind` is the element type (``"markdown"``, ``"slider"``, ``"container"``...), `props` what
    it shows. Widgets have a `widget_id` (and a `key` when the user gave one); containers have
    `children`. A widget's props may be shared with the element of an earlier run: to change
    them, assign a new dict rather than changing it in place.
    """

    kind: str
    props: dict[str, Any] = field(default_factory=dict)
    widget_id: str | None = None
    key: str | None = None
    children: list[Element] | None = None
    #: A Python object the element shows (a DataFrame...), kept out of `props` because it
    #: may not compare with ``==``; AppTest returns it as the element's value.
    data: Any = None

    def walk(self) -> Iterator[Element]:
        """Yield this element's descendants depth-first, in page order."""
        for child in self.children or ():
            yield child
            yield from child.walk()
