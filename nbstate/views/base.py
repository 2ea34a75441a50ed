"""The base of every view: the ipywidget that shows one element, kept across runs."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import ipywidgets as W
from traitlets import TraitError

from ..frontend_messages import guard_frontend_messages, update_message
from ..message_scope import watch_arrivals
from ..tree import NOTHING, Element

if TYPE_CHECKING:
    from ..host import AppEvents

log = logging.getLogger("nbstate")


def css_class_for_key(key: str) -> str:
    """The CSS class a keyed widget carries: ``nbstate-key-<key>`` (unsafe characters as -)."""
    return "nbstate-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)


def set_traits(
    widget: W.Widget, values: dict[str, Any], shown: dict[str, Any] | None = None
) -> None:
    """Set only the traits of `widget` whose value differs, in one batch of messages.

    With `shown` (the values set last time, when nothing else can have changed them), the
    new values are compared with those rather than read back from the widget.
    """
    changed = {}
    for name, value in values.items():
        try:
            same = (shown[name] if shown is not None else getattr(widget, name)) == value
        except Exception:
            same = False
        if not same:
            changed[name] = value
    if len(changed) == 1:
        _set_trait(widget, *changed.popitem())  # one message either way
    elif changed:
        with widget.hold_sync():
            for name, value in changed.items():
                _set_trait(widget, name, value)


def _set_trait(widget: W.Widget, name: str, value: Any) -> None:
    try:
        setattr(widget, name, value)
    except (TraitError, TypeError, ValueError):
        pass  # a value the widget cannot show (session_state stays the truth)


def close_widget(widget: W.Widget) -> None:
    """Close a widget and the layout and style models that `Widget.close` leaves open."""
    for name in ("layout", "style"):
        part = getattr(widget, name, None)
        if isinstance(part, W.Widget):
            part.close()
    widget.close()


class View:
    """The ipywidget that shows one element, kept across runs."""

    def __init__(self, app: AppEvents, element: Element) -> None:
        self.app = app
        self.widget_id = element.widget_id
        self.variant = self.variant_of(element)
        self.props: dict[str, Any] | None = None
        #: The traits the last `apply` set (see `compare_with_shown`).
        self.shown_traits: dict[str, Any] | None = None
        self.children: list[View] = []
        self.widget = self.build(element)
        label = element.props.get("label")
        if element.key is not None:
            self.name = f"the {element.kind} with key {element.key!r}"
        elif label is not None:
            self.name = f"the {element.kind} {label!r}"
        else:
            self.name = f"a {element.kind} element"
        self.guard()

    def guard(self) -> None:
        """Ignore malformed messages from the frontend (see `guard_frontend_messages`)."""
        guard_frontend_messages(self.widget, self.name, self.accepts_custom)

    def accepts_custom(self, content: Any) -> bool:
        """True for a custom message from the frontend that this widget handles."""
        return False

    @staticmethod
    def variant_of(element: Element) -> Any:
        """What about an element decides the widget class (a view only shows that variant)."""
        return element.kind

    def accepts(self, element: Element) -> bool:
        """True when this view can show `element` by updating traits."""
        return bool(self.variant == self.variant_of(element))

    def build(self, element: Element) -> W.Widget:
        raise NotImplementedError

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        """The trait values that show `props`."""
        raise NotImplementedError

    #: True when only this view (and the user, through the value trait, which resets
    #: `props`) changes the widget's traits: `apply` then compares new traits with the ones
    #: it set last, which is much faster than reading them back from the widget.
    compare_with_shown = False

    def shows(self, element: Element) -> bool:
        """True when the view already shows `element`'s props (the very dict, or equal)."""
        return self.props is element.props or (
            self.props is not None and self.props == element.props
        )

    def apply(self, element: Element) -> None:
        """Show `element`, sending only what changed since the last run."""
        if not self.shows(element):
            self.show(element)

    def show(self, element: Element) -> None:
        """Set the traits that show `element`'s props (the ones that differ)."""
        traits = self.traits(element.props)
        known = self.props is not None and self.compare_with_shown
        set_traits(self.widget, traits, self.shown_traits if known else None)
        self.shown_traits = traits
        self.props = element.props

    def close(self) -> None:
        close_widget(self.widget)

    @property
    def disabled(self) -> bool:
        """True when the element was last shown disabled (a browser cannot change it)."""
        return bool((self.props or {}).get("disabled"))


class WidgetView(View):
    """An input widget: the user's changes become events of the app that owns it."""

    compare_with_shown = True
    #: A widget always has an id (display elements have None).
    widget_id: str

    def __init__(self, app: AppEvents, element: Element) -> None:
        self._applying = False
        super().__init__(app, element)
        classes = ["nbstate-widget", f"nbstate-{element.kind}"]
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        self.widget._dom_classes = tuple(dict.fromkeys((*self.widget._dom_classes, *classes)))
        self.connect()
        widget_id = self.widget_id
        watch_arrivals(self.widget, lambda data: app.note_arrival(widget_id, data))

    #: The synced trait that holds the widget's value (selection widgets sync "index").
    value_trait = "value"

    def connect(self) -> None:
        self.widget.observe(self._on_value, names=self.value_trait)

    def _on_value(self, change: dict[str, Any]) -> None:
        if self._applying:
            return  # our own write, not the user's
        if self.ignored_because_disabled():
            self.refresh()  # show the value session state holds again
            return
        self.props = None  # the widget now differs from what the last run showed
        self.app.post_value(self.widget_id, self.from_widget(change["new"]))

    def ignored_because_disabled(self) -> bool:
        """True (and a log line) for a change the page sent to a disabled widget.

        A page cannot change a disabled widget; such a message was forged, or crossed the
        run that disabled the widget. As in Streamlit, its value is discarded.
        """
        if not self.disabled:
            return False
        log.warning("nbstate: ignored a change from the frontend to %s: it is disabled", self.name)
        return True

    def from_widget(self, value: Any) -> Any:
        """Convert a value of the ipywidget into the value the script sees."""
        return value

    def apply(self, element: Element) -> None:
        self.element = element
        held = self.app.pending_form_value(self.widget_id)
        if held is not NOTHING:
            # The user's not yet submitted input in a form stays on screen.
            element = Element(
                element.kind, {**element.props, "value": held}, element.widget_id, element.key
            )
        if self.props is element.props or self.shows(element):
            return
        self._applying = True
        try:
            self.show(element)
        finally:
            self._applying = False

    def refresh(self) -> None:
        """Show the last element again (after the value the widget should hold changed)."""
        self.props = None
        self.apply(self.element)

    def simulate_user_value(self, value: Any) -> None:
        """Deliver `value` exactly as a browser's ``update`` message would."""
        self.widget._handle_msg(update_message({self.value_trait: self.to_wire(value)}))

    def to_widget(self, value: Any) -> Any:
        """Convert a value the script sees into the ipywidget's value."""
        return value

    def to_wire(self, value: Any) -> Any:
        """The JSON value a browser would send for `value`."""
        widget_value = self.to_widget(value)
        to_json = self.widget.trait_metadata(
            self.value_trait, "to_json", self.widget._trait_to_json
        )
        return to_json(widget_value, self.widget)


def label_traits(props: dict[str, Any]) -> dict[str, Any]:
    """The label and disabled traits of a widget (``label_visibility`` as in Streamlit)."""
    visibility = props.get("label_visibility", "visible")
    # "hidden" keeps the label's row, empty (a no-break space); "collapsed" removes it
    shown = {"visible": props.get("label", ""), "hidden": "\u00a0"}.get(visibility, "")
    return {
        "description": shown,
        "disabled": bool(props.get("disabled", False)),
    }


WIDE = {"description_width": "initial"}
