"""Layout: containers, columns, tabs, expanders, placeholders, the sidebar and the bottom.

Each returns a container handle. Write into it with ``with handle:`` or by calling element
functions on it (``col.button(...)``), even after later elements were written elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from numbers import Real
from typing import Any

from .api.block_state import stateful_block, tracks_state
from .api.sizes import check_height, check_width
from .api.url_binding import call_bound
from .container_options import container_props
from .errors import NbStateAPIException, NbStateInvalidLayoutContextError, NbStateValueError
from .options import get_option
from .run_context import SLOT, Place, RunContext, active_context, current_context
from .tree import Element

#: Public names of nbstate that are not element functions, so not callable on a container.
NOT_ON_CONTAINERS = frozenset(
    {
        "App",
        "app",
        "cache_data",
        "cache_resource",
        "dialog",
        "fragment",
        "get_option",
        "load_ipython_extension",
        "rerun",
        "secrets",
        "session_state",
        "set_option",
        "set_page_config",
        "sidebar",
        "bottom",
        "stop",
        "unload_ipython_extension",
        "widget",
    }
)


#: The element functions callable on a container (``col.button(...)``), by name. The package
#: fills it from its public names (`register_public_names`): layout never imports the package.
_ELEMENT_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def register_public_names(names: dict[str, Any]) -> None:
    """Make the element functions among nbstate's public `names` callable on containers."""
    _ELEMENT_FUNCTIONS.clear()
    _ELEMENT_FUNCTIONS.update(
        (name, value) for name, value in names.items() if name not in NOT_ON_CONTAINERS
    )


class Container:
    """A place on the page: use it with ``with`` or call element functions on it."""

    def __init__(self, ctx: RunContext | None, element: Element | None) -> None:
        self._ctx = ctx
        self._element = element
        self._entered: list[Any] = []

    def _target(self) -> tuple[RunContext, Element]:
        ctx = current_context()
        if self._ctx is not ctx or self._element is None:
            raise NbStateAPIException(
                "This container belongs to an earlier run of the app. Containers are created "
                "anew by every run: create it in the script (e.g. `c = st.container()`) and "
                "write to it in the same run."
            )
        return ctx, self._element

    def __enter__(self) -> Container:
        ctx, element = self._target()
        manager = ctx.inside(element)
        manager.__enter__()
        self._entered.append(manager)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._entered.pop().__exit__(*exc_info)

    def __getattr__(self, name: str) -> Any:
        function = _ELEMENT_FUNCTIONS.get(name)
        if function is None:
            callable_here = sorted(_ELEMENT_FUNCTIONS)
            raise AttributeError(
                f"{name!r} cannot be called on a container; the element functions that can "
                f"are: {', '.join(callable_here)}."
            )

        def call_inside(*args: Any, **kwargs: Any) -> Any:
            with self:
                return function(*args, **kwargs)

        call_inside.__doc__ = function.__doc__
        return call_inside


class ElementHandle(Container):
    """What a display element function returns: that element's place on the page.

    An element function called on it replaces the element in place (``t = st.text("a");
    t.text("b")`` shows one text, "b"), also after later elements were written, and also by
    another kind of element, a container (``handle.container()``) or a placeholder
    (``handle.empty()``). In ``with handle:`` each element written replaces the last.
    """

    def __init__(self, ctx: RunContext, place: Place) -> None:
        super().__init__(ctx, place.parent)
        self._place = place

    def _target(self) -> tuple[RunContext, Element]:
        ctx, parent = super()._target()
        inherited: dict[str, Any] = {
            name: parent.props[name] for name in ("_root", "_form") if name in parent.props
        }
        return ctx, Element(SLOT, inherited, data=self._place)

    def __getattr__(self, name: str) -> Any:
        function = super().__getattr__(name)
        if name != "write":
            return function

        def write(*args: Any, **kwargs: Any) -> Any:
            if len(args) > 1:
                raise NbStateAPIException(  # Streamlit's words
                    "Cannot replace a single element with multiple elements.\n\nThe `write()` "
                    "method only supports multiple elements when inserting elements rather "
                    "than replacing. That is, only when called as `st.write()` or "
                    "`st.sidebar.write()`."
                )
            return function(*args, **kwargs)

        write.__doc__ = function.__doc__
        return write

    def __repr__(self) -> str:
        return f"<handle of a {self._place.element.kind} element>"


def element_handle(ctx: RunContext, element: Element) -> ElementHandle:
    """The handle of `element`, which was just added to the current container of `ctx`."""
    container = ctx.container
    if container.kind == SLOT:  # written through a handle: the same place
        place: Place = container.data
    else:
        place = Place(container, element)
    return ElementHandle(ctx, place)


def add_element(element: Element) -> ElementHandle:
    """Add a display element to the current container and return its handle."""
    ctx = current_context()
    ctx.add(element)
    return element_handle(ctx, element)


class _Sidebar(Container):
    """`st.sidebar`: the app's side panel, left of its main area."""

    def __init__(self) -> None:
        super().__init__(None, None)

    def _target(self) -> tuple[RunContext, Element]:
        ctx = current_context()
        return ctx, ctx.sidebar

    def __repr__(self) -> str:
        return "<st.sidebar>" if active_context() is None else "<st.sidebar (active)>"


sidebar = _Sidebar()


class _Bottom(Container):
    """`st.bottom`: the area pinned below the main area, where a top-level st.chat_input goes.

    As in Streamlit 1.67 it can only be used from the main area: inside ``st.sidebar`` or a
    dialog, using it raises NbStateInvalidLayoutContextError.
    """

    def __init__(self) -> None:
        super().__init__(None, None)

    def _target(self) -> tuple[RunContext, Element]:
        ctx = current_context()
        _check_bottom_allowed(ctx)
        return ctx, ctx.bottom

    def __getattr__(self, name: str) -> Any:
        ctx = active_context()
        if ctx is not None and not name.startswith("_"):
            _check_bottom_allowed(ctx)  # on the attribute already, as Streamlit's proxy
        return super().__getattr__(name)

    def __repr__(self) -> str:
        return "<st.bottom>" if active_context() is None else "<st.bottom (active)>"


def _check_bottom_allowed(ctx: RunContext) -> None:
    """Streamlit's errors for st.bottom used inside a dialog or the sidebar."""
    where = None
    if any(element.kind == "dialog" for element in ctx._stack):
        where = "a dialog"  # (a dialog opened in the sidebar is not in the sidebar)
    elif ctx.root == "sidebar":
        where = "`st.sidebar`"
    if where is not None:
        raise NbStateInvalidLayoutContextError(
            f"`st.bottom` cannot be used inside {where}. "
            "The bottom container is only available in the main app area."
        )


bottom = _Bottom()

#: Streamlit 1.67's deprecation notice of its old name `st._bottom`.
_OLD_NAME_WARNING = (
    "Please replace `st._bottom` with `st.bottom`.\n\n`st._bottom` will be removed after "
    "2026-07-01."
)


class _OldBottom(Container):
    """`st._bottom`, Streamlit's deprecated name of `st.bottom`: the same area, without its
    checks; the first use in a session shows Streamlit's deprecation warning where it is used
    (when ``client.showErrorDetails`` is "full", Streamlit's default)."""

    def __init__(self) -> None:
        super().__init__(None, None)

    def _target(self) -> tuple[RunContext, Element]:
        ctx = current_context()
        return ctx, ctx.bottom

    def _warn(self) -> None:
        ctx = active_context()
        if ctx is None or _OLD_NAME_WARNING in ctx.session.warned_keys:
            return
        ctx.session.warned_keys.add(_OLD_NAME_WARNING)
        if get_option("client.showErrorDetails") in ("full", True, "true", "True"):
            _ELEMENT_FUNCTIONS["warning"](_OLD_NAME_WARNING)

    def __enter__(self) -> Container:
        self._warn()
        return super().__enter__()

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_"):
            self._warn()
        return super().__getattr__(name)

    def __repr__(self) -> str:
        return "<st._bottom>"


old_bottom = _OldBottom()


def _key_or_none(key: Any) -> str | None:
    return None if key is None else str(key)


def _add_container(kind: str, props: dict[str, Any], key: Any = None) -> Container:
    ctx = current_context()
    element = ctx.add(Element(kind, props, key=_key_or_none(key), children=[]))
    return Container(ctx, element)


def container(
    *,
    border: bool | None = None,
    key: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | int | None = "small",
    autoscroll: bool | None = None,
) -> Container:
    """A container for elements, to group them or fill them in later.

    Elements can be written to it after elements below it were created: that is how a widget
    that is created late in the script can still appear at the top. `horizontal` lays its
    elements out in a row (wrapping unless ``wrap=False``), with `gap` between them and the
    alignments given; a fixed `height` (pixels) scrolls, and has a border unless
    ``border=False``. Such a container scrolls to the bottom when new content arrives with
    ``autoscroll=True``, or (None) when it holds chat messages, as in Streamlit.
    """
    props = container_props(
        border, width, height, horizontal, wrap, horizontal_alignment, vertical_alignment, gap,
        autoscroll,
    )  # fmt: skip
    return _add_container("container", props, key)


def empty() -> Container:
    """A placeholder that holds one element: each element written to it replaces the last."""
    return _add_container("empty", {})


def _weights(spec: int | Sequence[float]) -> list[float]:
    bad = NbStateAPIException(
        f"st.columns got {spec!r}. Pass the number of columns (a positive int) or a list of "
        "positive numbers giving their relative widths, e.g. st.columns([2, 1])."
    )
    if isinstance(spec, bool):
        raise bad
    if isinstance(spec, int):
        if spec < 1:
            raise bad
        return [1.0] * spec
    try:
        weights = list(spec)
    except TypeError:
        raise bad from None
    if not weights or not all(
        isinstance(w, Real) and not isinstance(w, bool) and w > 0 for w in weights
    ):
        raise bad
    return [float(w) for w in weights]


def columns(
    spec: int | Sequence[float],
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: Any = "stretch",
    wrap: bool = True,
) -> list[Container]:
    """Side-by-side columns: an int for equal widths, or a list of relative widths.

    They stay side by side whatever the width of the page (see `wrap` in
    docs/parameters-without-effect.md).
    """
    weights = _weights(spec)
    if gap not in (None, "small", "medium", "large"):
        raise NbStateAPIException(
            f"st.columns got gap={gap!r}; use None, 'small', 'medium' or 'large'."
        )
    ctx = current_context()
    row = ctx.add(
        Element(
            "columns",
            {"gap": gap, "vertical_alignment": vertical_alignment, "count": len(weights)},
            children=[],
        )
    )
    handles = []
    with ctx.inside(row):
        for weight in weights:
            column = ctx.add(Element("column", {"weight": weight, "border": border}, children=[]))
            handles.append(Container(ctx, column))
    return handles


class BlockContainer(Container):
    """A tab of `st.tabs` or an `st.expander`: `.open` says whether it is open.

    ``open`` is True or False when the tabs (the expander) track their state
    (``on_change="rerun"``, a callback, or ``bind="query-params"``), else None.
    """

    def __init__(self, ctx: RunContext | None, element: Element | None, open: bool | None) -> None:
        super().__init__(ctx, element)
        self.open = open


def tabs(
    tabs: Sequence[str],
    *,
    width: Any = "stretch",
    height: Any = "content",
    default: str | None = None,
    key: Any = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: str | None = None,
) -> list[BlockContainer]:
    """Tabs with these labels; returns one container per tab.

    `default` is the label of the tab open at first. With ``on_change="rerun"`` or a callback
    (and a `key`), the open tab's label is in ``st.session_state[key]``, switching tabs reruns
    the app, and each tab's ``.open`` says whether it is the open one.
    """
    labels = [str(label) for label in tabs]
    if not labels:
        raise NbStateAPIException("st.tabs needs at least one tab label, e.g. st.tabs(['A']).")
    if default and default not in labels:
        raise NbStateValueError(
            "Invalid `default` value. Supported values: a tab label from `tabs`. "
            f"`{default}` is not in the list of tabs."
        )
    stateful = tracks_state(on_change, bind, key)
    if bind == "query-params" and not all(labels):
        raise NbStateValueError(
            "Invalid `tabs` value. Supported values: non-empty labels. Tab labels must be "
            "non-empty when bind='query-params'."
        )
    if bind == "query-params" and len(set(labels)) != len(labels):
        raise NbStateValueError(
            "Invalid `tabs` value. Supported values: unique labels. Tab labels must be unique "
            "when bind='query-params'."
        )
    check_width(width)
    check_height(height, allow_content=True)
    default_label = labels[labels.index(default) if default else 0]
    props = {"labels": tuple(labels), "default": default_label, "height": height, "width": width}
    ctx = current_context()
    if stateful:
        open_label, group = _stateful(
            bind,
            "tabs",
            key=key,
            identity={"tabs": tuple(labels), "width": width, "height": height, "default": default},
            props=props,
            default=default_label,
            valid=lambda label: label in labels,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
        )
    else:
        group = ctx.add(Element("tabs", props, key=_key_or_none(key), children=[]))
    handles = []
    with ctx.inside(group):
        for label in labels:
            tab = ctx.add(Element("tab", {"label": label}, children=[]))
            handles.append(BlockContainer(ctx, tab, label == open_label if stateful else None))
    if stateful and labels.count(open_label) > 1:  # the first tab of that label is open
        for handle in handles[labels.index(open_label) + 1 :]:
            handle.open = False
    return handles


_EXPANDER_TYPES = ("default", "compact", "step")


def _stateful(bind: Any, kind: str, **block: Any) -> tuple[Any, Element]:
    """`stateful_block`, bound to the URL's query parameter named by its key with `bind`."""
    if bind != "query-params":
        return stateful_block(kind, **block)
    return call_bound(  # type: ignore[no-any-return]
        stateful_block,
        (kind,),
        block,
        str(block["key"]),
        lambda result, value: (value, result[1]),
    )


def expander(
    label: str,
    expanded: bool = False,
    *,
    key: Any = None,
    icon: str | None = None,
    type: str = "default",
    width: Any = "stretch",
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: str | None = None,
) -> BlockContainer:
    """A section that the user can expand or collapse; collapsed unless `expanded`.

    With ``on_change="rerun"`` or a callback (and a `key`), whether it is open is in
    ``st.session_state[key]``, opening or closing it reruns the app, and its ``.open`` says
    whether it is open.
    """
    if label is None:
        raise NbStateAPIException("st.expander needs a label, e.g. st.expander('Details').")
    stateful = tracks_state(on_change, bind, key)
    if type not in _EXPANDER_TYPES:
        raise NbStateValueError(
            "Invalid `type` value. Supported values: 'default', 'compact', 'step'."
        )
    check_width(width)
    props = {"label": str(label), "expanded": bool(expanded), "icon": icon, "type": type}
    props["width"] = width
    if not stateful:
        handle = _add_container("expander", props, key)
        return BlockContainer(handle._ctx, handle._element, None)
    is_open, element = _stateful(
        bind,
        "expander",
        key=key,
        identity={
            "label": str(label),
            "expanded": bool(expanded),
            "icon": icon,
            "width": width,
            "type": type,
        },
        props=props,
        default=bool(expanded),
        valid=lambda value: isinstance(value, bool),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return BlockContainer(current_context(), element, bool(is_open))
