"""What every widget does when the script creates it: id, checks, registration."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from copy import deepcopy
from typing import Any

from .. import config
from ..context import RunContext, current_context
from ..errors import (
    NbStateAPIException,
    NbStateDuplicateElementId,
    NbStateDuplicateElementKey,
    NbStateInvalidFormCallbackError,
    NbStateValueAssignmentNotAllowedError,
    NbStateValueError,
)
from ..identity import compute_widget_id
from ..state import WidgetMetadata, require_valid_user_key
from ..tree import Element

WidgetCallback = Callable[..., Any]
_IMMUTABLE = (str, int, float, bool, type(None), bytes)


class shown_only_if_valid:  # noqa: N801 - used like a function: `with shown_only_if_valid(e):`
    """Take `element` off the page if the block raises (its value failed validation).

    As in Streamlit, a widget whose value is rejected is registered but not displayed.
    (A class rather than a generator: it runs for every widget of every run.)
    """

    __slots__ = ("element",)

    def __init__(self, element: Element) -> None:
        self.element = element

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, *_exc: Any) -> bool:
        if exc_type is not None:
            children = current_context().container.children or []
            if self.element in children:
                children.remove(self.element)
        return False


def to_key(key: Any) -> str | None:
    """A widget's key as session_state stores it: ``str(key)``, or None for no key."""
    if key is None:
        return None
    if type(key) is str and key and key[0] != "$":
        return key
    key = str(key)
    require_valid_user_key(key)
    return key


def _callback_mode(
    on_change: Any, trigger: bool, allow_ignore: bool = False
) -> tuple[WidgetCallback | None, bool]:
    """Return (callback, rerun_on_change) for an ``on_change`` / ``on_click`` argument."""
    if on_change is None or on_change == "rerun":
        return None, True
    if callable(on_change):
        return on_change, True
    if on_change == "ignore":
        if trigger and not allow_ignore:
            raise NbStateAPIException(
                '`on_click="ignore"` is not supported on this widget. Pass a callback, '
                "or omit `on_click`."
            )
        return None, False
    raise NbStateValueError(
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    )


_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _check_parameters(element_type: str, props: dict[str, Any], args: Any, kwargs: Any) -> None:
    """Clear errors for parameters every widget shares, before anything is registered."""
    where = f"st.{element_type} {props.get('label', '')!r}"
    visibility = props.get("label_visibility", "visible")
    if visibility not in _LABEL_VISIBILITIES:
        raise NbStateValueError(
            f"{where} got label_visibility={visibility!r}; use one of 'visible', 'hidden', "
            "'collapsed'."
        )
    if "type" in props and element_type.endswith("button") and props["type"] not in _BUTTON_TYPES:
        raise NbStateValueError(
            f"{where} got type={props['type']!r}; use one of 'primary', 'secondary', 'tertiary'."
        )
    if args is not None and (isinstance(args, (str, bytes)) or not isinstance(args, Iterable)):
        raise NbStateValueError(
            f"{where} got args={args!r}; pass the callback's positional arguments as a tuple "
            f"or a list, e.g. args=({args!r},)."
        )
    if kwargs is not None and not isinstance(kwargs, Mapping):
        raise NbStateValueError(
            f"{where} got kwargs={kwargs!r}; pass the callback's keyword arguments as a dict, "
            "e.g. kwargs={'name': value}."
        )


def _check_duplicates(ctx: RunContext, element_type: str, key: str | None, widget_id: str):
    if key is not None:
        if key in ctx.widget_keys:
            raise NbStateDuplicateElementKey(key)
        if ctx.state._key_to_id.get(key) == widget_id:
            owner = None  # the same widget as in the last run: ids include the app
        else:
            owner = ctx.state.owner_of_key(key)
        other = ctx.session.apps.get(owner) if owner and owner != ctx.app.app_id else None
        if other is not None:
            raise NbStateDuplicateElementKey(
                key,
                f" The key is already used by a widget of another app ({other.label}); "
                "apps of one notebook share session_state, so each key can belong to one "
                "widget only.",
            )
    if widget_id in ctx.widget_ids:
        raise NbStateDuplicateElementId(element_type)


def create_widget(
    element_type: str,
    *,
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    default: Any,
    warn_default: Any = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    trigger: bool = False,
    writes_allowed: bool = True,
) -> tuple[Any, Element, bool]:
    """Register a widget of the current run and add its element to the page.

    Returns ``(value, element, value_changed)``: the value the script sees, the element (whose
    ``props["value"]`` the caller may still correct), and whether the value was assigned
    through session_state in this run (so the caller validates it).
    """
    ctx = current_context()
    user_key = to_key(key)
    _check_parameters(element_type, props, args, kwargs)
    callback, rerun_on_change = _callback_mode(
        on_change, trigger, allow_ignore=element_type == "download_button"
    )
    form_id = ctx.form_id
    if form_id and callback is not None and element_type != "form_submit_button":
        raise NbStateInvalidFormCallbackError()
    app_id = ctx.app.app_id
    widget_id = compute_widget_id(element_type, user_key, app_id, identity, form_id, ctx.root)
    _check_duplicates(ctx, element_type, user_key, widget_id)
    state = ctx.state
    value_changed = user_key is not None and state.is_new_value(user_key)
    if value_changed and not writes_allowed:
        raise NbStateValueAssignmentNotAllowedError(user_key)  # type: ignore[arg-type]
    if (
        value_changed
        and warn_default is not None
        and user_key not in ctx.session.warned_keys
        and not config.get_option("global.disableWidgetStateDuplicationWarning")
    ):
        ctx.session.warned_keys.add(user_key)  # type: ignore[arg-type]
        ctx.add(
            Element(
                "warning",
                {
                    "body": f'The widget with key "{user_key}" was created with a default '
                    "value but also had its value set via the Session State API.",
                    "icon": "⚠️",
                },
            )
        )
    if user_key is not None:
        ctx.widget_keys[user_key] = widget_id
    ctx.widget_ids.add(widget_id)
    ctx.widget_count += 1
    meta = WidgetMetadata(
        widget_id=widget_id,
        element_type=element_type,
        key=user_key,
        app_id=app_id,
        default=default,
        value_type="trigger" if trigger else "value",
        callback=callback,
        args=tuple(args) if args is not None else (),
        kwargs=dict(kwargs) if kwargs is not None else {},
        disabled=bool(disabled),
        form_id=form_id,
        fragment_id=ctx.fragment_id,
        rerun_on_change=rerun_on_change,
        order=ctx.widget_count,
    )
    value = state.register_widget(meta)
    element = Element(
        element_type,
        {**props, "value": value, "disabled": bool(disabled)},
        widget_id=widget_id,
        key=user_key,
    )
    ctx.add(element)
    if not isinstance(value, _IMMUTABLE):
        value = deepcopy(value)  # the script may mutate what it gets, not the stored value
    return value, element, value_changed
