"""What an `AppTest` shows of a run: element wrappers with Streamlit's testing API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..tree import Element
from ..views import wrapper_names

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()


class AppTestError(Exception):
    """An interaction a test asked for that a browser user could not perform.

    Raised, as by Streamlit's AppTest, when a test sets the value of (or clicks) a disabled
    widget.
    """


class TestElement:
    """A display element of the last run: ``.value`` is what it shows."""

    __test__ = False  # not a pytest test class

    def __init__(self, at: AppTest, element: Element) -> None:
        self._at = at
        self.proto = element
        self.type = element.kind

    @property
    def key(self) -> str | None:
        """The element's key, if it has one."""
        return self.proto.key

    @property
    def value(self) -> Any:
        """What the element shows (a Markdown source, a JSON value, a DataFrame...)."""
        if self.proto.data is not None:
            return self.proto.data
        return self.proto.props.get("body")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class ExceptionElement(TestElement):
    """An exception shown in the app: ``.type`` (class name), ``.value`` (message)."""

    def __init__(self, at: AppTest, element: Element) -> None:
        super().__init__(at, element)
        self.type = element.props["type"]

    @property
    def value(self) -> str:
        """The exception's message."""
        return self.proto.props["message"]

    @property
    def message(self) -> str:
        """The exception's message (same as `value`)."""
        return self.value

    @property
    def stack_trace(self) -> list[str]:
        """The traceback, as a list of lines."""
        return list(self.proto.props["stack_trace"])


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
    def disabled(self) -> bool:
        """True when the widget is disabled (a value set on it is not sent)."""
        return bool(self.proto.props.get("disabled"))

    @property
    def value(self) -> Any:
        """The staged value if one was set, else the value the last run returned."""
        staged = self._at._staged.get(self.id, _UNSET)
        return self.proto.props.get("value") if staged is _UNSET else staged

    def _assert_can_interact(self) -> None:
        """Raise AppTestError for a disabled widget: a browser user cannot change it."""
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, value: Any) -> Widget:
        """Stage `value`, to be sent by the next `run()` as a browser would send it.

        Raises AppTestError for a disabled widget, as Streamlit's AppTest does.
        """
        self._assert_can_interact()
        self._at._staged[self.id] = value
        return self

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app with the staged values (same as ``at.run()``)."""
        return self._at.run(timeout=timeout)


class Button(Widget):
    """A button: `click()` then `run()`; `.value` is True in the run after a click."""

    def click(self) -> Button:
        """Stage a click (AppTestError for a disabled button)."""
        self._assert_can_interact()
        self._at._clicks.append(self.id)
        return self

    @property
    def value(self) -> bool:
        """True in the run that followed a click."""
        return bool(self.proto.props.get("value"))


class Checkbox(Widget):
    """A checkbox or toggle."""

    def check(self) -> Checkbox:
        """Stage a checked state."""
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        """Stage an unchecked state."""
        return self.set_value(False)  # type: ignore[return-value]


class TextInput(Widget):
    """A text_input or text_area."""

    def input(self, value: str) -> TextInput:
        """Stage typed text (sent as if the user pressed Enter)."""
        return self.set_value(value)  # type: ignore[return-value]


class Slider(Widget):
    """A slider or select_slider."""

    def set_range(self, lower: Any, upper: Any) -> Slider:
        """Stage a (lower, upper) range on a range slider."""
        return self.set_value((lower, upper))  # type: ignore[return-value]


class Choice(Widget):
    """A selectbox, radio or multiselect."""

    @property
    def options(self) -> list[str]:
        """The options as the page shows them (after `format_func`), as in Streamlit."""
        return list(self.proto.props.get("labels", ()))


class ElementList(list):
    """A list of elements of one type, in page order; call it with ``key=`` to pick one."""

    def __call__(self, key: str) -> Any:
        for element in self:
            if element.key == key:
                return element
        raise KeyError(f"no element with key {key!r}; keys here: {[e.key for e in self]}")

    @property
    def values(self) -> list[Any]:
        """The value of each element."""
        return [element.value for element in self]


class Block(TestElement):
    """A container of the app (the main area, a column, a form...)."""

    @property
    def children(self) -> list[TestElement]:
        """The elements directly inside this container."""
        return [wrap(self._at, child) for child in self.proto.children or ()]

    def __iter__(self) -> Iterator[TestElement]:
        for child in self.proto.walk():
            yield wrap(self._at, child)

    def __len__(self) -> int:
        return len(self.proto.children or ())

    def __getitem__(self, index: int) -> TestElement:
        return self.children[index]


#: The wrapper class of each element kind that has its own, named by the `@shows` declaration
#: of its view (`nbstate.views.registry`).
WIDGET_WRAPPERS: dict[str, type[TestElement]] = {
    kind: globals()[name] for kind, name in wrapper_names().items()
}


def wrap(at: AppTest, element: Element) -> TestElement:
    """The testing wrapper of an element."""
    if element.children is not None:
        return Block(at, element)
    cls = WIDGET_WRAPPERS.get(element.kind)
    if cls is None:
        cls = Widget if element.widget_id is not None else TestElement
    return cls(at, element)
