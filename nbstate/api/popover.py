"""st.popover (a button that opens a container) and st.space (empty space)."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from ..layout import Container
from ..run_context import current_context
from ..tree import Element
from .widget import WidgetCallback, create_widget, to_key

#: The sizes st.space takes by name, in rem (as Streamlit 1.67 documents them).
SPACE_SIZES: dict[str, float] = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 0.75,
    "medium": 2.5,
    "large": 4.25,
    "xlarge": 6,
    "xxlarge": 8,
}


class PopoverContainer(Container):
    """The container `st.popover` returns: write into it with ``with`` or its methods."""

    def __init__(self, ctx: Any, element: Element, is_open: bool | None) -> None:
        super().__init__(ctx, element)
        self._open = is_open

    @property
    def open(self) -> bool | None:
        """Whether the popover is open: True or False when it tracks its state (`on_change`
        is "rerun" or a callback), None otherwise."""
        return self._open


def popover(
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    wrap: bool | None = None,
    key: Any = None,
    on_change: WidgetCallback | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
) -> PopoverContainer:
    """A button that opens a container floating over the page; returns the container.

    With ``on_change="ignore"`` (the default) its content runs whether it is open or not and
    `.open` is None. With ``"rerun"`` or a callback, opening or closing it reruns the app,
    its open state is a widget value (in ``st.session_state[key]``), and `.open` tells it.
    """
    if label is None:
        raise NbStateAPIException("st.popover needs a label: st.popover('Open').")
    label = str(label)
    if type not in ("primary", "secondary", "tertiary"):
        raise NbStateValueError(
            f"st.popover {label!r} got type={type!r}; use one of 'primary', 'secondary', "
            "'tertiary'."
        )
    if not (on_change in ("ignore", "rerun") or callable(on_change)):
        raise NbStateValueError(
            f"st.popover {label!r} got on_change={on_change!r}; supported values: 'ignore', "
            "'rerun', a callback function."
        )
    props = {"label": label, "type": type, "help": help, "icon": icon}
    ctx = current_context()
    if on_change == "ignore":
        element = ctx.add(
            Element("popover", {**props, "disabled": bool(disabled)}, key=to_key(key), children=[])
        )
        return PopoverContainer(ctx, element, None)
    value, element, _changed = create_widget(
        "popover",
        key=key,
        identity={**props, "disabled": bool(disabled), "width": width},
        props=props,
        default=False,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    element.children = []
    return PopoverContainer(ctx, element, bool(value))


def space(size: Any = "small") -> None:
    """Add empty space: vertical in a column of elements, horizontal in a horizontal container.

    `size` is a name ("xxsmall" to "xxlarge"; "small", the default, is a widget label's
    height), "stretch" (fill the remaining space) or a number of pixels.
    """
    valid = (isinstance(size, str) and (size in SPACE_SIZES or size == "stretch")) or (
        isinstance(size, int) and size > 0
    )
    if not valid:
        raise NbStateValueError(
            f"st.space got size={size!r}; supported values: {', '.join(map(repr, SPACE_SIZES))}, "
            "'stretch', or a positive number of pixels (an int)."
        )
    current_context().add(Element("space", {"size": size}))
