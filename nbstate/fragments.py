"""`st.fragment` and `st.dialog`: parts of an app that rerun on their own.

A fragment's widgets rerun only the fragment function (after their callbacks), not the whole
app; its place on the page is updated in place. A dialog is a fragment shown in a box with
a title and a close button, whose `on_dismiss` may rerun the app.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from .errors import NbStateAPIException, NbStateDuplicateElementKey, NbStateValueError
from .run_context import RunContext, current_context
from .state import require_valid_user_key
from .tree import Element


def _run_fragment(
    ctx: RunContext,
    kind: str,
    props: dict[str, Any],
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    run_every: Any,
) -> Any:
    count = ctx.fragment_calls.get(function.__qualname__, 0)
    ctx.fragment_calls[function.__qualname__] = count + 1
    fragment_id = f"{function.__module__}.{function.__qualname__}#{count}"
    element = ctx.add(Element(kind, {**props, "fragment_id": fragment_id}, children=[]))
    # With the area and form it inherited: a rerun of the fragment alone gives its keyless
    # widgets the same ids (a sidebar's differ from main's).
    props = {name: value for name, value in element.props.items() if name != "fragment_id"}
    rerun = function if ctx.id_scope == ctx.app.app_id else _in_scope(ctx.id_scope, function)
    ctx.fragments[fragment_id] = (kind, props, rerun, args, kwargs, run_every)
    outer = ctx.fragment_id
    ctx.fragment_id = fragment_id
    try:
        with ctx.inside(element):
            return function(*args, **kwargs)
    finally:
        ctx.fragment_id = outer


def _in_scope(scope: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, run with widget ids scoped to `scope` (the page of a multipage app it was
    first called on), so that a rerun of the fragment alone gives its widgets the same ids."""

    @functools.wraps(function)
    def scoped(*args: Any, **kwargs: Any) -> Any:
        ctx = current_context()
        outer, ctx.id_scope = ctx.id_scope, scope
        try:
            return function(*args, **kwargs)
        finally:
            ctx.id_scope = outer

    return scoped


def fragment(
    func: Callable[..., Any] | None = None,
    *,
    run_every: float | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Any:
    """Make a function a fragment: a change of a widget inside it reruns only the function.

    Use it as ``@st.fragment``. Callbacks of the fragment's widgets run first, as usual;
    ``st.rerun(scope="fragment")`` inside it reruns just the fragment. With `run_every`
    (seconds, or a ``timedelta``) the fragment also reruns on its own at that interval while
    it is on the page. With `key`, a widget callback can rerun just this fragment (every call
    of it): ``st.rerun("<key>")``, as in Streamlit 1.67.
    """
    name = _fragment_key(key)
    props = {} if name is None else {"fragment_key": name}

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            ctx = current_context()
            if name is not None:
                definition = f"{function.__module__}.{function.__qualname__}"
                if ctx.fragment_keys.setdefault(name, definition) != definition:
                    raise NbStateDuplicateElementKey(name)
            return _run_fragment(ctx, "fragment", props, function, args, kwargs, run_every)

        return call

    return decorate(func) if func is not None else decorate


def _fragment_key(key: Any) -> str | None:
    """A fragment's key as `st.rerun` names it (an int becomes its str), checked."""
    if key is None:
        return None
    name = str(key)
    require_valid_user_key(name)
    if name in ("app", "fragment"):
        raise NbStateAPIException(
            f"`{name}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
            "`@st.fragment(key=...)`."
        )
    return name


def dialog(
    title: str,
    *,
    width: str = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Make a function a dialog: calling it shows its elements in a box titled `title`.

    The dialog is a fragment: its widgets rerun only the dialog. Its close button (shown if
    `dismissible`) hides it; `on_dismiss` says what else happens, as in Streamlit 1.67:
    "ignore" (nothing runs), "rerun" (the app reruns), or a callback (called, then the app
    reruns). It also goes away when the app reruns without calling it.
    """
    if not isinstance(title, str) or not title:
        raise NbStateAPIException("st.dialog needs a title, e.g. @st.dialog('Settings').")

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            ctx = current_context()
            props = {"title": title, "width": width, "dismissible": dismissible, "icon": icon}
            props.update(_dismissal(on_dismiss, props))
            return _run_fragment(ctx, "dialog", props, function, args, kwargs, None)

        return call

    return decorate


def _dismissal(on_dismiss: Any, props: dict[str, Any]) -> dict[str, Any]:
    """The dialog's props for `on_dismiss`, checked as Streamlit checks it. A callback is the
    callback of a trigger widget the close button clicks (the widget itself is not shown)."""
    if not (callable(on_dismiss) or (isinstance(on_dismiss, str) and on_dismiss in _DISMISS)):
        raise NbStateValueError(
            "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function."
        )
    if not callable(on_dismiss):
        return {"on_dismiss": on_dismiss}
    from .api.widget import create_widget

    _value, element, _changed = create_widget(
        "dialog_dismiss",
        key=None,
        identity={**props, "on_dismiss": "callback"},
        props={},
        default=False,
        trigger=True,
        on_change=on_dismiss,
    )
    current_context().container.children.remove(element)  # type: ignore[union-attr]
    return {"on_dismiss": "callback", "dismiss_id": element.widget_id}


_DISMISS = ("ignore", "rerun")


def fragments_with_key(fragments: dict[str, tuple[Any, ...]], key: str) -> list[str]:
    """The ids of the fragments (a run's, by id) made with ``@st.fragment(key=key)``."""
    return [fid for fid, spec in fragments.items() if spec[1].get("fragment_key") == key]


def replace_fragment(tree: Element, new: Element) -> bool:
    """Put `new` in the place of the fragment with the same id in `tree`; True if found."""
    wanted = new.props["fragment_id"]
    for container in [tree, *tree.walk()]:
        children = container.children or []
        for index, child in enumerate(children):
            if child.props.get("fragment_id") == wanted and child.children is not None:
                children[index] = new
                return True
    return False
