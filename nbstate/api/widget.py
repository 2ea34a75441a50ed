"""What every widget does when the script creates it: id, checks, registration."""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Iterable, Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import options
from ..errors import (
    CachedWidgetWarning,
    NbStateAPIException,
    NbStateDuplicateElementId,
    NbStateDuplicateElementKey,
    NbStateInvalidFormCallbackError,
    NbStateValueAssignmentNotAllowedError,
    NbStateValueError,
)
from ..identity import compute_widget_id, value_types
from ..run_context import RunContext, current_context
from ..state import WidgetMetadata, require_valid_user_key
from ..tree import Element

log = logging.getLogger("nbstate")
#: The nbstate package: its frames are left out of the stack a warning shows.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WidgetCallback = Callable[..., Any]
_IMMUTABLE = (str, int, float, bool, type(None), bytes)
_FORM_CALLBACKS_ALLOWED = frozenset({"form_submit_button", "component_instance"})


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

    def __exit__(self, exc_type: Any, *_exc: Any) -> Literal[False]:
        if exc_type is not None:
            children = current_context().container.children or []
            if self.element in children:
                children.remove(self.element)
        return False


def correct_value(element: Element, value: Any) -> Any:
    """Make `value` the widget's value and what its element shows, in place of one it cannot
    hold (set through session_state, or an option that went away); return it."""
    current_context().state.reset_widget_value(element.widget_id, value)  # type: ignore[arg-type]
    element.props = {**element.props, "value": value}  # a widget's props may be shared
    return value


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


def _check_parameters(element_type: str, props: dict[str, Any]) -> None:
    """Clear errors for the display parameters every widget shares."""
    visibility = props.get("label_visibility", "visible")
    if visibility not in _LABEL_VISIBILITIES:
        raise NbStateValueError(
            f"{_where(element_type, props)} got label_visibility={visibility!r}; use one of "
            "'visible', 'hidden', 'collapsed'."
        )
    if "type" in props and element_type.endswith("button") and props["type"] not in _BUTTON_TYPES:
        raise NbStateValueError(
            f"{_where(element_type, props)} got type={props['type']!r}; use one of 'primary', "
            "'secondary', 'tertiary'."
        )


def _where(element_type: str, props: dict[str, Any]) -> str:
    return f"st.{element_type} {props.get('label', '')!r}"


def _check_callback_arguments(spec: WidgetSpec, args: Any, kwargs: Any) -> None:
    """Clear errors for `args` and `kwargs` that cannot be passed to a callback."""
    if args is not None and (isinstance(args, (str, bytes)) or not isinstance(args, Iterable)):
        raise NbStateValueError(
            f"{_where(spec.element_type, spec.props)} got args={args!r}; pass the callback's "
            f"positional arguments as a tuple or a list, e.g. args=({args!r},)."
        )
    if kwargs is not None and not isinstance(kwargs, Mapping):
        raise NbStateValueError(
            f"{_where(spec.element_type, spec.props)} got kwargs={kwargs!r}; pass the "
            "callback's keyword arguments as a dict, e.g. kwargs={'name': value}."
        )


def _check_duplicates(ctx: RunContext, element_type: str, key: str | None, widget_id: str):
    if (
        key not in ctx.widget_keys
        and widget_id not in ctx.widget_ids
        and (key is None or ctx.state._key_to_id.get(key) == widget_id)
    ):
        return  # new in this run, and the widget that had this key in the last run
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


@dataclass(eq=False, slots=True)
class WidgetSpec:
    """What a widget call's display parameters make of it, the same on every run.

    Built once per distinct set of parameters (see `SpecCache`), so that a rerun of an
    unchanged widget skips their checks and conversions.
    """

    element_type: str
    #: The user key as session_state stores it, or None.
    key: str | None
    #: The parameters that make up a keyless widget's id (see `identity.compute_widget_id`).
    identity: dict[str, Any]
    #: What the element shows, except its value and `disabled`.
    props: dict[str, Any]
    default: Any
    #: The default the value-plus-session_state warning is about (None: no warning).
    warn_default: Any = None
    trigger: bool = False
    writes_allowed: bool = True
    #: Widget ids already computed, by (app id, form id, area).
    ids: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: By widget id, the props of the element last made for it: reused (never changed in
    #: place) while its value and `disabled` stay, so the page sees an identical element.
    shown: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The last placement's (app id, form id, area) and widget id: `ids` without a lookup.
    last_id: tuple[str, str, str, str] | None = None


def widget_spec(
    element_type: str,
    *,
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    default: Any,
    warn_default: Any = None,
    trigger: bool = False,
    writes_allowed: bool = True,
) -> WidgetSpec:
    """Check a widget's display parameters and return its spec."""
    user_key = to_key(key)
    _check_parameters(element_type, props)
    return WidgetSpec(
        element_type, user_key, identity, props, default, warn_default, trigger, writes_allowed
    )


_SPEC_CACHE_LIMIT = 10_000


class SpecCache:
    """The specs of one widget function's recent calls, by their parameters.

    Parameters that are equal but of different types (``1``, ``1.0``, ``True``; ``(1, 2)``
    and ``(1.0, 2.0)``) are different calls. Calls with parameters that cannot be compared
    exactly this way (lists, nested tuples, unhashable objects) are never cached.
    """

    __slots__ = ("_specs",)

    def __init__(self) -> None:
        #: By parameters: their types, the types inside tuples among them (None: no tuple),
        #: and the spec (one entry per equal parameters).
        self._specs: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any, WidgetSpec]] = {}

    def get(self, parameters: tuple[Any, ...]) -> WidgetSpec | None:
        """The spec of an earlier call with these parameters, or None."""
        try:
            entry = self._specs.get(parameters)
        except TypeError:
            return None
        # (`value_types` inlined for the usual call without tuples: this runs per widget)
        if entry is None or entry[0] != tuple(map(type, parameters)):
            return None
        if entry[1] is not None:
            try:
                if entry[1] != value_types(parameters):
                    return None
            except TypeError:
                return None
        return entry[2]

    def get_or_build(
        self, parameters: tuple[Any, ...], build: Callable[..., WidgetSpec], *args: Any
    ) -> WidgetSpec:
        """The spec of an earlier call with these parameters, or ``build(*args)``'s."""
        spec = self.get(parameters)
        return spec if spec is not None else self.put(parameters, build(*args))

    def put(self, parameters: tuple[Any, ...], spec: WidgetSpec) -> WidgetSpec:
        """Remember `spec` for calls with these parameters; return it."""
        try:
            types = tuple(map(type, parameters))
            nested = value_types(parameters) if tuple in types else None
            if len(self._specs) >= _SPEC_CACHE_LIMIT:
                self._specs.clear()
            self._specs[parameters] = (types, nested, spec)
        except TypeError:
            pass
        return spec


def create_widget(
    element_type: str,
    *,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    data: Any = None,
    **spec_args: Any,
) -> tuple[Any, Element, bool]:
    """Register a widget of the current run and add its element to the page.

    `spec_args` are `widget_spec`'s (key, identity, props, default...). Returns ``(value,
    element, value_changed)``: the value the script sees, the element (whose
    ``props["value"]`` the caller may still correct), and whether the value was assigned
    through session_state in this run (so the caller validates it). `data` becomes the
    element's data (e.g. a frame) before the page can show it.
    """
    spec = widget_spec(element_type, **spec_args)
    return place_widget(spec, on_change, args, kwargs, disabled, data)


def warn_cached_widget(ctx: RunContext) -> None:
    """Show a `CachedWidgetWarning` where a widget (or a form) is created inside a cached
    function, and log it, as Streamlit 1.67 does. A cache hit replays the warning with the
    widget, which no run registers then: it has no value in session_state."""
    warning = CachedWidgetWarning()
    log.warning("%s", warning)
    # The stack of the user's code down to the widget call, as Streamlit shows it.
    frames = [f for f in traceback.extract_stack() if not f.filename.startswith(_PACKAGE_DIR)]
    stack = "".join(traceback.format_list(frames)).rstrip("\n").split("\n") if frames else []
    props = {
        "type": "CachedWidgetWarning",
        "message": str(warning),
        "stack_trace": tuple(stack),
        "is_warning": True,
    }
    ctx.add(Element("exception", props))


def place_widget(
    spec: WidgetSpec,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    data: Any = None,
) -> tuple[Any, Element, bool]:
    """Register the widget `spec` describes in the current run and add its element.

    Returns what `create_widget` returns.
    """
    ctx = current_context()
    if ctx.recorders:
        warn_cached_widget(ctx)
    element_type, user_key = spec.element_type, spec.key
    if args is not None or kwargs is not None:
        _check_callback_arguments(spec, args, kwargs)
    if on_change is None:
        callback, rerun_on_change = None, True
    else:
        callback, rerun_on_change = _callback_mode(
            on_change, spec.trigger, allow_ignore=element_type == "download_button"
        )
    container_props = ctx._stack[-1].props
    form_id = container_props.get("_form", "")
    # (Streamlit 1.67 applies no form policy to custom components: their callbacks are allowed)
    if form_id and callback is not None and element_type not in _FORM_CALLBACKS_ALLOWED:
        raise NbStateInvalidFormCallbackError()
    scope = ctx.id_scope  # the app, or the app and the page running (st.navigation)
    root = container_props.get("_root", "main")
    last = spec.last_id
    if last is not None and last[0] is scope and last[1] is form_id and last[2] is root:
        widget_id = last[3]  # placed where it was last time (the same strings, not just equal)
    else:
        known = spec.ids.get((scope, form_id, root))
        if known is None:
            known = spec.ids[(scope, form_id, root)] = compute_widget_id(
                element_type, user_key, scope, spec.identity, form_id, root
            )
        widget_id = known
        spec.last_id = (scope, form_id, root, widget_id)
    state = ctx.state
    widget_keys, widget_ids = ctx.widget_keys, ctx.widget_ids
    # True when the key (if any) belongs to this widget, as when the last run ended
    key_on_file = user_key is None or state._key_to_id.get(user_key) == widget_id
    if user_key in widget_keys or widget_id in widget_ids or not key_on_file:
        _check_duplicates(ctx, element_type, user_key, widget_id)
    value_changed = user_key is not None and user_key in state._new_session
    if value_changed and not spec.writes_allowed:
        raise NbStateValueAssignmentNotAllowedError(user_key)  # type: ignore[arg-type]
    if (
        value_changed
        and spec.warn_default is not None
        and user_key not in ctx.session.warned_keys
        and not options.get_option("global.disableWidgetStateDuplicationWarning")
    ):
        ctx.session.warned_keys.add(user_key)  # type: ignore[arg-type]
        # Logged, not shown: Streamlit 1.67 only logs it (the page shows nothing).
        log.warning(
            'The widget with key "%s" was created with a default value but also had its '
            "value set via the Session State API.",
            user_key,
        )
    if user_key is not None:
        widget_keys[user_key] = widget_id
    widget_ids.add(widget_id)
    order = ctx.widget_count = ctx.widget_count + 1
    disabled = disabled is True or (disabled is not False and bool(disabled))
    meta = state._meta.get(widget_id)
    on_file = key_on_file
    if (
        meta is None
        or args is not None
        or kwargs is not None
        or meta.args
        or meta.kwargs
        or meta.default is not spec.default
        or meta.callback is not callback
        or meta.disabled is not disabled
        or meta.form_id != form_id
        or meta.fragment_id != ctx.fragment_id
        or meta.rerun_on_change is not rerun_on_change
        or meta.order != order
        or meta.persist != ctx.persist_scope
        or meta.page != ctx.page_hash
    ):
        # (Otherwise the last run's record of the widget is still exact, and is kept.)
        meta = WidgetMetadata(
            widget_id=widget_id,
            element_type=element_type,
            key=user_key,
            app_id=ctx.app.app_id,
            default=spec.default,
            value_type="trigger" if spec.trigger else "value",
            callback=callback,
            args=tuple(args) if args is not None else (),
            kwargs=dict(kwargs) if kwargs is not None else {},
            disabled=disabled,
            form_id=form_id,
            fragment_id=ctx.fragment_id,
            rerun_on_change=rerun_on_change,
            order=order,
            persist=ctx.persist_scope,
            page=ctx.page_hash,
        )
        on_file = False
    value = state.register_widget(meta, on_file)
    props = spec.shown.get(widget_id)
    if props is None or props["value"] is not value or props["disabled"] is not disabled:
        props = spec.shown[widget_id] = {**spec.props, "value": value, "disabled": disabled}
    element = Element(element_type, props, widget_id, user_key, None, data)
    ctx.add(element)
    if not isinstance(value, _IMMUTABLE):
        value = deepcopy(value)  # the script may mutate what it gets, not the stored value
    return value, element, value_changed
