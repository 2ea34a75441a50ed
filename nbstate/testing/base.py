"""The base classes of what an `AppTest` shows: elements, widgets, lists and containers.

Each wrapper holds the run's `Element` as ``proto`` and the `AppTest` it came from; queries
on a container (``at.sidebar.button``, ``at.tabs[1].markdown``) go through the AppTest, so
this module needs neither the table of element types nor the wrapper classes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..tree import Element

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()


class AppTestError(Exception):
    """An interaction a test asked for that a browser user could not perform.

    Raised, as by Streamlit's AppTest, when a test sets the value of (or clicks) a disabled
    widget, or when `get_by_key` finds more than one element with the key.
    """


class TestElement:
    """A display element of the last run: ``.value`` is what it shows."""

    __test__ = False  # not a pytest test class

    def __init__(self, at: AppTest, element: Element) -> None:
        self._at = at
        self.proto = element
        self.type = element.kind

    @property
    def root(self) -> AppTest:
        """The AppTest this element belongs to (Streamlit: the element tree)."""
        return self._at

    @property
    def key(self) -> str | None:
        """The element's key, if it has one."""
        return self.proto.key

    @property
    def value(self) -> Any:
        """What the element shows (a Markdown source, a DataFrame...)."""
        if self.proto.data is not None:
            return self.proto.data
        return self.proto.props.get("body")

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app with the staged values (same as ``at.run()``)."""
        return self._at.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class Widget(TestElement):
    """An input widget of the last run. Stage a value with `set_value`, then `run()`."""

    def __init__(self, at: AppTest, element: Element) -> None:
        super().__init__(at, element)
        assert element.widget_id is not None  # `wrap` gives widgets only this class
        self.id: str = element.widget_id

    @property
    def label(self) -> str:
        """The widget's label."""
        return self.proto.props.get("label", "")

    @property
    def help(self) -> str:
        """The widget's tooltip ("" when it has none, as in Streamlit)."""
        return self.proto.props.get("help") or ""

    @property
    def disabled(self) -> bool:
        """True when the widget is disabled (a value set on it is not sent)."""
        return bool(self.proto.props.get("disabled"))

    @property
    def form_id(self) -> str:
        """The key of the form the widget is in ("" outside a form)."""
        return self._at._form_of(self.proto)

    @property
    def value(self) -> Any:
        """The staged value if one was set, else the value the last run returned."""
        staged = self._at._staged.get(self.id, _UNSET)
        if staged is _UNSET and self.proto.props.get("_replayed"):
            # Replayed from a cache: no run registered it, as Streamlit's AppTest says.
            raise KeyError(self.id)
        return self.proto.props.get("value") if staged is _UNSET else staged

    def _assert_can_interact(self) -> None:
        """Raise AppTestError for a disabled widget: a browser user cannot change it."""
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, value: Any) -> Any:
        """Stage `value`, to be sent by the next `run()` as a browser would send it.

        Raises AppTestError for a disabled widget, as Streamlit's AppTest does.
        """
        self._assert_can_interact()
        self._at._staged[self.id] = value
        return self


class ElementList(list):
    """A list of elements of one type, in page order; call it with ``key=`` to pick one."""

    def __call__(self, key: str) -> Any:
        for element in self:
            if element.key == key:
                return element
        raise KeyError(f"no element with key {key!r}; keys here: {[e.key for e in self]}")

    def __getitem__(self, index: Any) -> Any:
        item = super().__getitem__(index)
        return type(self)(item) if isinstance(index, slice) else item

    @property
    def len(self) -> int:
        """The number of elements (Streamlit's ``at.text.len``)."""
        return len(self)

    @property
    def values(self) -> list[Any]:
        """The value of each element."""
        return [element.value for element in self]


class BlockList(ElementList):
    """A list of containers of one type (columns, tabs, expanders...)."""


class Block(TestElement):
    """A container of the app (the main area, a column, a form...).

    Every element list of the AppTest is also a property of a container, limited to what
    it contains: ``at.sidebar.button``, ``at.columns[0].text``, ``at.tabs[1].markdown``.
    """

    @property
    def children(self) -> list[TestElement]:
        """The elements directly inside this container."""
        return [self._at._wrap(child) for child in self.proto.children or ()]

    def __iter__(self) -> Iterator[TestElement]:
        for child in self.proto.walk():
            yield self._at._wrap(child)

    def __len__(self) -> int:
        return len(self.proto.children or ())

    def __getitem__(self, index: int) -> TestElement:
        return self.children[index]

    def get(self, element_type: str) -> ElementList:
        """The elements of `element_type` inside this container (``"markdown"``...)."""
        return self._at._list_in(self.proto, element_type)

    def get_by_key(self, key: str) -> TestElement:
        """The one element or container inside this one whose key is `key`.

        Raises KeyError when none has it, AppTestError when several have it.
        """
        return self._at._by_key_in(self.proto, key)

    def __getattr__(self, name: str) -> ElementList:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._at._list_in(self.proto, name, attribute=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, children={len(self)})"
