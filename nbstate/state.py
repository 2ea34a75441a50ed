"""`SessionState`: Streamlit's session-state model, without any widget library.

Values live in three layers, read newest first:

1. ``_new_session``: values assigned through ``st.session_state`` since the last run ended
   (by the script, a callback, or a plain cell between runs), by user key;
2. ``_new_widget``: values the frontend sent for this run, by widget id;
3. ``_old``: everything from earlier runs, by widget id for keyed widgets, by user key otherwise.

At the end of every run the layers are folded into ``_old`` ("compaction"). Widgets are known by
their widget id; ``_key_to_id`` maps a user key to the id of the widget that owns it.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, MutableMapping
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    NbStateAPIException,
    NbStateValueError,
    NbStateWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)

ELEMENT_ID_PREFIX = "$$ID"
_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
_MISSING = object()


def is_element_id(key: str) -> bool:
    """True for internal widget ids (``$$ID-<hash>-<key>``), which users never see."""
    return key.startswith(ELEMENT_ID_PREFIX)


def require_valid_user_key(key: str) -> None:
    """Raise a clear error for a key that cannot be used in session_state."""
    if key == "":
        raise NbStateValueError("Invalid `key` value. Supported values: a non-empty string.")
    if is_element_id(key):
        raise NbStateAPIException(f"Keys beginning with {ELEMENT_ID_PREFIX} are reserved.")


def missing_key_message(key: str) -> str:
    """The message of the KeyError raised for a key that is not in session_state."""
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? More info: {_DOCS}'
    )


def missing_attr_message(key: str) -> str:
    """The message of the AttributeError raised for a missing attribute."""
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        f"More info: {_DOCS}"
    )


@dataclass(eq=False, slots=True)
class WidgetMetadata:
    """What session state remembers of a widget from the run that last created it."""

    widget_id: str
    element_type: str
    key: str | None
    app_id: str
    default: Any = None
    #: "value" for widgets that keep their value, "trigger" for buttons (True for one run).
    value_type: str = "value"
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    disabled: bool = False
    form_id: str = ""
    #: The fragment the widget is in ("" for none): its changes rerun only that fragment.
    fragment_id: str = ""
    #: False for ``on_change="ignore"``: a new value is stored without a run.
    rerun_on_change: bool = True
    #: Position of the widget in its app's last run, used to order callbacks as on the page.
    order: int = 0
    #: Its `persist_state`: None, "page" or "session" (see `SessionState._remove_stale_widgets`).
    persist: str | None = None
    #: The page of the run that created it ("" in an app without `st.navigation`).
    page: str = ""


def values_differ(old: Any, new: Any) -> bool:
    """True when `new` is a real change from `old` (comparison errors count as a change)."""
    if old is _MISSING:
        return True
    try:
        return bool(old != new)
    except Exception:
        return True


class SessionState:
    """The state of one session: user values and widget values, with Streamlit's rules."""

    def __init__(self) -> None:
        self._old: dict[str, Any] = {}
        self._new_session: dict[str, Any] = {}
        self._new_widget: dict[str, Any] = {}
        self._key_to_id: dict[str, str] = {}
        self._meta: dict[str, WidgetMetadata] = {}
        #: Widget ids by app, and the ids of buttons: so that the end of a run touches only
        #: what it must, however many widgets other apps of the session have.
        self._app_widgets: dict[str, set[str]] = {}
        self._triggers: set[str] = set()
        #: Widget ids and form keys created by the script in the current run.
        self._instantiated: set[str] = set()
        self._forms_this_run: set[str] = set()
        #: Buttons clicked in a run that ended early, still True until the next run begins.
        self._unreset_triggers: set[str] = set()
        #: Keyed widgets that a completed run removed: widget id -> (app id, key). As in
        #: Streamlit the key still means that widget, so a value assigned to it later is
        #: that widget's value, and a completed run of the app without the widget removes it.
        self._removed: dict[str, tuple[str, str]] = {}
        #: Keys holding the value of a ``persist_state="page"`` widget that is not shown, with
        #: the page it belongs to: a run on another page drops the value (Streamlit 1.67).
        self._persist_pages: dict[str, str] = {}
        #: Widget ids given a persisted value at the end of the last run (a page switch): the
        #: widget shows it from then on, as in Streamlit (see `multipage.finish_pages`).
        self.moved_values: dict[str, Any] = {}
        #: Keys assigned before the current run began (from a plain cell or between runs).
        self._assigned_before_run: set[str] = set()
        self.in_run = False
        #: Keys assigned or deleted while no run was active (e.g. from a plain cell).
        self.outside_writes: set[str] = set()
        #: Keys read during the current run, when a run collects them.
        self.reads: set[str] | None = None

    # ------------------------------------------------------------------ reading

    def _value(self, widget_id: str | None, key: str | None) -> Any:
        if key is not None and key in self._new_session:
            return self._new_session[key]
        if widget_id is not None:
            if widget_id in self._new_widget:
                return self._new_widget[widget_id]
            if widget_id in self._old:
                return self._old[widget_id]
        if key is not None and key in self._old:
            return self._old[key]
        raise KeyError(key if key is not None else widget_id)

    def __getitem__(self, key: str) -> Any:
        if self.reads is not None:
            self.reads.add(key)
        return self._value(self._key_to_id.get(key), key)

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def keys(self) -> list[str]:
        """User keys and keyed-widget keys that currently have a value (no internal ids)."""
        id_to_key = {wid: key for key, wid in self._key_to_id.items()}
        seen: dict[str, None] = {}
        for layer in (self._old, self._new_widget, self._new_session):
            for k in layer:
                if is_element_id(k):
                    user_key = id_to_key.get(k)
                    if user_key is not None:
                        seen[user_key] = None
                else:
                    seen[k] = None
        return [k for k in seen if k in self]

    def to_dict(self) -> dict[str, Any]:
        """A fresh plain dict of every user-visible key and its value."""
        return {k: self[k] for k in self.keys()}

    # ------------------------------------------------------------------ writing

    def __setitem__(self, key: str, value: Any) -> None:
        widget_id = self._key_to_id.get(key)
        if (widget_id is not None and widget_id in self._instantiated) or (
            key in self._forms_this_run
        ):
            raise NbStateWidgetAlreadyInstantiatedError(key)
        self._new_session[key] = value
        if self.in_run:
            self._assigned_before_run.discard(key)  # now assigned in this run
        else:
            self.outside_writes.add(key)

    def __delitem__(self, key: str) -> None:
        widget_id = self._key_to_id.get(key)
        if key not in self:
            raise KeyError(key)
        self._new_session.pop(key, None)
        self._old.pop(key, None)
        self._key_to_id.pop(key, None)
        if widget_id is not None:
            self._new_widget.pop(widget_id, None)
            self._old.pop(widget_id, None)
            self._removed.pop(widget_id, None)
        if not self.in_run:
            self.outside_writes.add(key)

    def is_new_value(self, key: str) -> bool:
        """True when `key` was assigned through session_state since the last run ended."""
        return key in self._new_session

    def shown_widget_of(self, key: str) -> str | None:
        """The id of the registered widget that has `key`, or None (none yet, or removed)."""
        widget_id = self._key_to_id.get(key)
        return widget_id if widget_id is not None and widget_id in self._meta else None

    def sent_by_user(self, widget_id: str) -> bool:
        """True when the frontend sent a value for this widget for the current run."""
        return widget_id in self._new_widget

    def assigned_before_run(self, key: str) -> bool:
        """True when `key` was assigned before the current run began (a cell, a test)."""
        return key in self._assigned_before_run

    # ------------------------------------------------------------------ widgets

    def register_widget(self, meta: WidgetMetadata, on_file: bool = False) -> Any:
        """Record a widget created by the script and return the value it must show.

        `on_file` says the caller found `meta` itself in the records and its key (if any)
        mapped to its id, which spares looking again.
        """
        widget_id, key = meta.widget_id, meta.key
        if self._persist_pages and key is not None and key in self._persist_pages:
            origin = self._persist_pages.pop(key)
            if meta.persist == "page" and origin != meta.page:
                self._old.pop(key, None)  # a page's value never reaches another page
        if on_file or (
            self._meta.get(widget_id) is meta
            and (key is None or self._key_to_id.get(key) == widget_id)
        ):
            # The record of the last run, unchanged: the widget is still on file everywhere
            # (records, its app, its key, triggers); if its value is in a layer, done.
            new_widget, old = self._new_widget, self._old
            if widget_id in new_widget or widget_id in old:
                self._instantiated.add(widget_id)
                if key is not None and key in self._new_session:
                    return self._new_session[key]
                return new_widget[widget_id] if widget_id in new_widget else old[widget_id]
        if meta.disabled and widget_id not in self._instantiated:
            # A disabled widget cannot have sent a value: one delivered for this run (its
            # callback has run) is dropped, and the widget keeps its last value (Streamlit).
            self._new_widget.pop(widget_id, None)
        self._meta[widget_id] = meta
        self._app_widgets.setdefault(meta.app_id, set()).add(widget_id)
        if meta.value_type == "trigger":
            self._triggers.add(widget_id)
        if key is not None:
            previous = self._key_to_id.get(key, widget_id)
            if self._removed.pop(previous, None) is not None and previous != widget_id:
                self._old.pop(previous, None)  # the key now means another widget
            self._removed.pop(widget_id, None)
            self._key_to_id[key] = widget_id
        if widget_id not in self._new_widget and widget_id not in self._old:
            if key is not None and key in self._old:
                # A value stored under the key before the widget existed becomes its value.
                self._new_widget[widget_id] = self._old[key]
            elif key is None or key not in self._new_session:
                self._new_widget[widget_id] = deepcopy(meta.default)
        self._instantiated.add(widget_id)
        return self._value(widget_id, key)

    def reset_widget_value(self, widget_id: str, value: Any) -> None:
        """Replace a widget's current value by `value` (a correction, not the user's input).

        Used when a value set through session_state is not valid for the widget and the
        widget silently falls back, as Streamlit's selectbox and number_input do.
        """
        meta = self._meta.get(widget_id)
        key = meta.key if meta else None
        if key is not None and key in self._new_session:
            self._new_session[key] = value
        else:
            self._new_widget[widget_id] = value

    def widget_value(self, widget_id: str) -> Any:
        """The current value of the widget with this id."""
        meta = self._meta.get(widget_id)
        return self._value(widget_id, meta.key if meta else None)

    def metadata(self, widget_id: str) -> WidgetMetadata | None:
        """The metadata of a registered widget, or None."""
        return self._meta.get(widget_id)

    def apply_widget_values(self, values: list[tuple[str, Any]]) -> list[WidgetMetadata]:
        """Take the values the frontend sent for this run; return the widgets that changed.

        The result is in page order; it lists every widget whose callback must run. Values of
        unknown or disabled widgets are ignored, as a browser could not have sent them.
        """
        changed: list[WidgetMetadata] = []
        for widget_id, value in values:
            meta = self._meta.get(widget_id)
            if meta is None or meta.disabled:
                continue
            try:
                old = self._value(widget_id, meta.key)
            except KeyError:
                old = _MISSING
            self._new_widget[widget_id] = value
            if meta.key is not None:
                # A fresh user value replaces an older programmatic one for this key.
                self._new_session.pop(meta.key, None)
            if meta.value_type == "trigger" or values_differ(old, value):
                if meta not in changed:
                    changed.append(meta)
        changed.sort(key=lambda m: m.order)
        return changed

    # ------------------------------------------------------------------ run cycle

    def begin_run(self) -> None:
        """Start a run (or a callback phase): nothing is instantiated yet.

        Buttons still True after a run that ended early go back to False here.
        """
        for widget_id in self._unreset_triggers:
            if widget_id in self._old:
                self._old[widget_id] = self._trigger_rest(widget_id)
        self._unreset_triggers = set()
        self._instantiated = set()
        self._forms_this_run = set()
        self._assigned_before_run = set(self._new_session)
        self.in_run = True

    def register_form(self, form_key: str) -> None:
        """Record a form created in this run; its key can no longer be assigned."""
        self._forms_this_run.add(form_key)

    def instantiated(self) -> set[str]:
        """Widget ids created by the script in the current run."""
        return self._instantiated

    def end_run(
        self,
        app_id: str,
        remove_stale: bool,
        reset_triggers: bool = True,
        fragment_id: str | None = None,
        page: str | None = None,
    ) -> None:
        """Finish a run of app `app_id`.

        Widgets of that app that the run did not create are forgotten when the run completed
        (`remove_stale`); not after st.stop(), an exception or st.rerun(). Then buttons go
        back to False (`reset_triggers`; Streamlit does not after st.stop() or an exception,
        so a clicked button reads True until the next run begins) and every layer is folded
        into the old state. `page` is the page the run showed (for ``persist_state="page"``).
        """
        if remove_stale:
            self._remove_stale_widgets(app_id, fragment_id, page)
        # Triggers are reset before compaction, so that a value assigned to a button's key in
        # this run (an error, but the assignment stands) survives, as in Streamlit.
        if reset_triggers:
            self._reset_triggers()
        else:
            self._unreset_triggers = {
                widget_id
                for widget_id in self._triggers
                if widget_id in self._new_widget
                and self._meta[widget_id].key not in self._new_session
            }
        self._compact()
        self._instantiated = set()
        self._forms_this_run = set()
        self.in_run = False

    def _remove_stale_widgets(
        self, app_id: str, fragment_id: str | None = None, page: str | None = None
    ) -> None:
        """Forget the app's widgets this run did not create (in a fragment rerun, only the
        fragment's own widgets can be stale).

        A keyed widget created with ``persist_state="session"`` leaves its value in
        session_state under its key, to be taken back when it is shown again; one with
        ``persist_state="page"`` does so while the run stays on the widget's page (`page`),
        and its value is dropped by the first run on another page, as in Streamlit 1.67.
        """
        active = self._instantiated
        owned = self._app_widgets.get(app_id, set())
        for widget_id in list(owned - active):
            meta = self._meta[widget_id]
            if fragment_id is not None and meta.fragment_id != fragment_id:
                continue
            if meta.key is not None and (
                meta.persist == "session"
                or (meta.persist == "page" and (page is None or meta.page == page))
            ):
                # persist_state: the value stays in session_state under the key alone
                kept = self._value(widget_id, meta.key)
                self._forget_widget(widget_id, owned)
                self._new_session.pop(meta.key, None)
                self._old[meta.key] = kept
                successor = self._key_to_id.get(meta.key)
                if successor == widget_id:
                    self._key_to_id.pop(meta.key, None)
                elif successor in active:
                    # the key's widget on the new page takes the value over (Streamlit 1.67)
                    self._new_widget[successor] = kept
                    self.moved_values[successor] = kept
                if meta.persist == "page":
                    self._persist_pages[meta.key] = meta.page
                else:
                    self._persist_pages.pop(meta.key, None)
                continue
            self._forget_widget(widget_id, owned)
            if meta.key is not None and self._key_to_id.get(meta.key) == widget_id:
                self._removed[widget_id] = (app_id, meta.key)
        if page is not None:
            # A page's persisted value does not outlive a run on another page.
            for key, origin in list(self._persist_pages.items()):
                if origin != page and self._key_to_id.get(key) not in active:
                    del self._persist_pages[key]
                    self._old.pop(key, None)
        # What the key of a removed widget holds goes too: a value assigned to it lives
        # through the run it was assigned in, or, assigned between runs, through the next
        # run (Streamlit files such values under the widget id when a run starts).
        for widget_id, (owner, key) in self._removed.items():
            if owner == app_id:
                self._old.pop(widget_id, None)
                if key in self._assigned_before_run:
                    self._new_session.pop(key, None)

    def drop_widgets_for_switch(self, app_id: str, page: str) -> None:
        """Before a run that `st.switch_page` sent to another page: forget every widget of
        the app (the common ones too; persisted values stay by the rules of `page`, the page
        switched from), as Streamlit 1.67 does for a switch that carries no widget states."""
        self._instantiated = set()
        self._remove_stale_widgets(app_id, None, page)

    def _forget_widget(self, widget_id: str, owned: set[str]) -> None:
        del self._meta[widget_id]
        owned.discard(widget_id)
        self._triggers.discard(widget_id)
        self._new_widget.pop(widget_id, None)
        self._old.pop(widget_id, None)

    def _compact(self) -> None:
        # Newest layer last: a value assigned through session_state wins over a widget value.
        self._old.update(self._new_widget)
        for key, value in self._new_session.items():
            self._old[self._key_to_id.get(key, key)] = value
        self._new_session.clear()
        self._new_widget.clear()

    def _reset_triggers(self) -> None:
        for widget_id in self._triggers:
            for layer in (self._new_widget, self._old):
                if widget_id in layer:
                    layer[widget_id] = self._trigger_rest(widget_id)

    def _trigger_rest(self, widget_id: str) -> Any:
        # A trigger's value between its runs: False for a button, None for a chat_input.
        meta = self._meta.get(widget_id)
        return False if meta is None else meta.default

    def forget_app(self, app_id: str) -> None:
        """Drop every widget of an app that no longer exists, and what their keys held."""
        self._instantiated = set()
        self._remove_stale_widgets(app_id)
        for widget_id, (owner, key) in list(self._removed.items()):
            if owner == app_id:
                del self._removed[widget_id]
                self._old.pop(widget_id, None)
                if self._key_to_id.get(key) == widget_id:
                    del self._key_to_id[key]

    def owner_of_key(self, key: str) -> str | None:
        """The app id of the widget that owns `key`, if a widget does."""
        widget_id = self._key_to_id.get(key)
        meta = self._meta.get(widget_id) if widget_id else None
        return meta.app_id if meta else None

    def check_serializable(self) -> None:
        """Raise UnserializableSessionStateError for the first value pickle cannot dump."""
        for key in self.keys():
            value = self[key]
            try:
                pickle.dumps(value)
            except Exception as exc:
                raise UnserializableSessionStateError(key, value) from exc

    def clear(self) -> None:
        """Forget everything: a brand-new session."""
        self.__init__()  # type: ignore[misc]


class SessionStateProxy(MutableMapping[str, Any]):
    """The face of session state that users see as ``st.session_state``.

    Works like a dict and like an object: ``ss["a"]``, ``ss.a``, ``"a" in ss``, ``del ss.a``.
    Keys are turned into strings (``ss[1]`` is ``ss["1"]``).
    """

    _resolve: Callable[[], SessionState]

    def __init__(self, resolve: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_resolve", resolve)

    @property
    def _state(self) -> SessionState:
        return self._resolve()

    def __getitem__(self, key: Any) -> Any:
        key = str(key)
        require_valid_user_key(key)
        try:
            return self._state[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        self._state[key] = value

    def __delitem__(self, key: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        try:
            del self._state[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __contains__(self, key: object) -> bool:
        return str(key) in self._state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.keys())

    def __len__(self) -> int:
        return len(self._state.keys())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __str__(self) -> str:
        return str(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        """Return a new plain dict with every key and value of session state."""
        return self._state.to_dict()
