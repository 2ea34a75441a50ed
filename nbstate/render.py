"""Reconciliation: make the displayed ipywidgets show a run's element tree.

Widgets are matched by widget id and reused, display elements by their position and kind in
their container. Traits are set only where they differ, and a box's ``children`` only when its
list of models changed, so a rerun that changes nothing visible opens no comm and sends
almost no message: the browser never rebuilds a widget, and a text box keeps its focus.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from collections.abc import Callable
from html import escape as html_escape
from typing import TYPE_CHECKING, Any

import ipywidgets as W
from ipywidgets.widgets.widget import _put_buffers
from traitlets import TraitError

from .markup import element_html
from .message_scope import handling_frontend_message, watch_arrivals
from .tree import NOTHING, Element

if TYPE_CHECKING:
    from .host import AppEvents as App

log = logging.getLogger("nbstate")

HTML_KINDS = frozenset(
    {
        "markdown",
        "title",
        "header",
        "subheader",
        "caption",
        "text",
        "code",
        "json",
        "success",
        "info",
        "warning",
        "error",
        "exception",
        "dataframe",
        "table",
        "metric",
        "spinner",
        "toast",
        "image",
        "audio",
        "video",
        "html",
    }
)


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


def guard_frontend_messages(
    widget: W.Widget, name: str, accepts_custom: Callable[[Any], bool]
) -> None:
    """Handle the frontend's messages to `widget` so that a malformed one is ignored.

    ipywidgets turns an error in a frontend message (a string for a slider's value, a
    missing field) into a traceback sent as output of that message, which no cell shows.
    Here it becomes a warning in the kernel's log that names the widget, the widget keeps
    its value (the page is told that value again), and the next message works as usual.
    Custom messages that `accepts_custom` does not accept are ignored the same way.
    """
    comm = getattr(widget, "comm", None)
    if comm is not None:
        comm.on_msg(lambda msg: handle_frontend_message(widget, msg, name, accepts_custom))


def handle_frontend_message(
    widget: W.Widget, msg: Any, name: str, accepts_custom: Callable[[Any], bool]
) -> None:
    """Apply one message from the frontend to `widget`, or log why it was ignored."""
    content = msg.get("content") if isinstance(msg, dict) else None
    data = content.get("data") if isinstance(content, dict) else None
    method = data.get("method") if isinstance(data, dict) else None
    buffers = (msg.get("buffers") if isinstance(msg, dict) else None) or []
    with handling_frontend_message():
        _apply_frontend_message(widget, method, data, buffers, name, accepts_custom)


def _apply_frontend_message(
    widget: W.Widget,
    method: Any,
    data: Any,
    buffers: list[Any],
    name: str,
    accepts_custom: Callable[[Any], bool],
) -> None:
    try:
        if method == "update" and isinstance(data.get("state"), dict):
            state = dict(data["state"])
            unknown = sorted(str(k) for k in state if k not in widget.keys)
            _put_buffers(state, data.get("buffer_paths") or [], buffers)
            try:
                widget.set_state(state)
            except Exception:
                widget.send_state([k for k in state if k in widget.keys])
                raise
            if unknown:
                log.warning(
                    "nbstate: ignored unknown attributes %s in a message from the frontend to %s",
                    unknown,
                    name,
                )
        elif method == "custom" and "content" in data:
            if not accepts_custom(data["content"]):
                raise ValueError("not a custom message this widget knows")
            widget._handle_custom_msg(data["content"], buffers)
        elif method == "request_state":
            widget.send_state()
        else:
            raise ValueError("not an update, custom or request_state message")
    except Exception as exc:
        log.warning(
            "nbstate: ignored a malformed message from the frontend to %s (%s: %s): %.300r",
            name,
            type(exc).__name__,
            exc,
            data,
        )


def close_widget(widget: W.Widget) -> None:
    """Close a widget and the layout and style models that `Widget.close` leaves open."""
    for name in ("layout", "style"):
        part = getattr(widget, name, None)
        if isinstance(part, W.Widget):
            part.close()
    widget.close()


class View:
    """The ipywidget that shows one element, kept across runs."""

    def __init__(self, app: App, element: Element) -> None:
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
        return self.variant == self.variant_of(element)

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


class HTMLView(View):
    """Markdown, headings, text, alerts and exceptions: one HTML widget."""

    def build(self, element: Element) -> W.Widget:
        return W.HTML(_dom_classes=("nbstate-element", f"nbstate-{element.kind}"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": element_html(self.variant, props)}


class LatexView(View):
    """st.latex: HTMLMath, which the notebook renders with MathJax."""

    def build(self, element: Element) -> W.Widget:
        return W.HTMLMath(_dom_classes=("nbstate-element", "nbstate-latex"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": f"$${props['body']}$$"}


class OutputView(View):
    """Printed text and rich display data (DataFrames, figures...): an Output widget."""

    @staticmethod
    def variant_of(element: Element) -> Any:
        return "output"

    def build(self, element: Element) -> W.Widget:
        return W.Output(_dom_classes=("nbstate-element", "nbstate-output"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"outputs": props["outputs"]}


class ProgressView(View):
    """`st.progress`: a progress bar with its text as description."""

    def build(self, element: Element) -> W.Widget:
        return W.FloatProgress(
            min=0.0, max=1.0, style=_WIDE, _dom_classes=("nbstate-element", "nbstate-progress")
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"value": props["value"], "description": props.get("body") or ""}

    def apply(self, element: Element) -> None:
        super().apply(element)
        shown = "none" if element.props.get("hidden") else ""
        if self.widget.layout.display != shown:
            self.widget.layout.display = shown


class BoxView(View):
    """A container: a VBox whose children are set only when its list of models changed."""

    def build(self, element: Element) -> W.Widget:
        classes = list(dict.fromkeys(["nbstate-container", f"nbstate-{element.kind}"]))
        if element.key is not None:
            classes.append(css_class_for_key(element.key))
        return W.VBox(_dom_classes=tuple(classes))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        """Traits of the box's Layout model that show `props` (border, height, width)."""
        height = props.get("height")
        return {
            "border": "1px solid rgba(49, 51, 63, 0.2)" if props.get("border") else "",
            "padding": "0.5em" if props.get("border") else "",
            "height": f"{height}px" if isinstance(height, int) else "",
            "overflow": "auto" if height else "",
        }

    def apply(self, element: Element) -> None:
        if not self.shows(element):
            self.show(element)
            set_traits(self.widget.layout, self.layout_traits(element.props))

    @property
    def box(self) -> W.Box:
        """The box whose children are the container's elements."""
        return self.widget

    def set_children(self, views: list[View]) -> None:
        self.children = views
        models = tuple(v.widget for v in views)
        if self.box.children != models:
            self.box.children = models


class ColumnView(BoxView):
    """One column of `st.columns`: a VBox that takes its share of the row's width."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **super().layout_traits(props),
            "flex": f"{props['weight']} 1 0%",
            "min_width": "0",
            "padding": "0 0.4em",
        }


class ColumnsView(BoxView):
    """The row of `st.columns`."""

    def build(self, element: Element) -> W.Widget:
        return W.HBox(_dom_classes=("nbstate-container", "nbstate-columns"))

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        align = {"top": "flex-start", "center": "center", "bottom": "flex-end"}
        return {"width": "100%", "align_items": align.get(props["vertical_alignment"], "")}


class ExpanderView(BoxView):
    """`st.expander`: an Accordion of one section. The user's open/closed choice is kept."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        return W.Accordion(
            children=(self.inner,),
            selected_index=0 if element.props["expanded"] else None,
            _dom_classes=("nbstate-container", "nbstate-expander"),
        )

    def guard(self) -> None:
        super().guard()
        guard_frontend_messages(self.inner, self.name, self.accepts_custom)

    def apply(self, element: Element) -> None:
        previous = self.props
        super().apply(element)
        props = element.props
        set_traits(self.widget, {"titles": (props.get("title") or props["label"],)})
        if previous is not None and previous["expanded"] != props["expanded"]:
            self.widget.selected_index = 0 if props["expanded"] else None

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        close_widget(self.inner)
        super().close()


class DialogView(BoxView):
    """st.dialog: a framed box with the dialog's title and a close button."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox()
        self.heading = W.HTML()
        close = W.Button(icon="times", tooltip="Close", layout=W.Layout(width="2.4em"))
        close.on_click(lambda _button: self.app.post_rerun())
        self.close_button = close
        header = W.HBox((self.heading, close), layout=W.Layout(justify_content="space-between"))
        self.header = header
        return W.VBox(
            (header, self.inner),
            _dom_classes=("nbstate-container", "nbstate-dialog"),
            layout=W.Layout(
                border="1px solid rgba(49, 51, 63, 0.3)",
                padding="0.5em 1em",
                margin="0.5em 0",
                box_shadow="0 4px 16px rgba(0, 0, 0, 0.15)",
            ),
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(self.heading, {"value": f"<h3>{html_escape(props['title'])}</h3>"})
        set_traits(
            self.close_button.layout, {"display": "" if props.get("dismissible") else "none"}
        )
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        for part in (self.inner, self.heading, self.close_button, self.header):
            close_widget(part)
        super().close()


class ChatMessageView(BoxView):
    """st.chat_message: the avatar beside the message's elements."""

    def build(self, element: Element) -> W.Widget:
        self.inner = W.VBox(layout=W.Layout(flex="1 1 0%", min_width="0"))
        self.avatar = W.HTML(layout=W.Layout(width="2.2em", flex="0 0 auto"))
        return W.HBox(
            (self.avatar, self.inner),
            _dom_classes=("nbstate-container", "nbstate-chat_message"),
            layout=W.Layout(margin="0.3em 0"),
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        set_traits(
            self.avatar, {"value": f'<span style="font-size:1.4em">{props["avatar"]}</span>'}
        )
        return {}

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    @property
    def box(self) -> W.Box:
        return self.inner

    def close(self) -> None:
        close_widget(self.inner)
        close_widget(self.avatar)
        super().close()


class TabsView(BoxView):
    """`st.tabs`: a Tab widget whose pages are the tabs' containers."""

    def build(self, element: Element) -> W.Widget:
        return W.Tab(_dom_classes=("nbstate-container", "nbstate-tabs"))

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def set_children(self, views: list[View]) -> None:
        super().set_children(views)
        titles = tuple(v.props["label"] for v in views if v.props is not None)
        if tuple(self.widget.titles) != titles:
            self.widget.titles = titles


class WidgetView(View):
    """An input widget: the user's changes become events of the app that owns it."""

    compare_with_shown = True

    def __init__(self, app: App, element: Element) -> None:
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
        if self.shows(element):
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
        self.widget._handle_msg(
            {
                "content": {
                    "data": {
                        "method": "update",
                        "state": {self.value_trait: self.to_wire(value)},
                        "buffer_paths": [],
                    }
                },
                "buffers": [],
            }
        )

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


def _label_traits(props: dict[str, Any]) -> dict[str, Any]:
    visible = props.get("label_visibility", "visible") == "visible"
    return {
        "description": props.get("label", "") if visible else "",
        "disabled": bool(props.get("disabled", False)),
    }


_WIDE = {"description_width": "initial"}


def is_event(content: Any, event: str) -> bool:
    return isinstance(content, dict) and content.get("event") == event


class ButtonView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.Button()

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "click")

    def connect(self) -> None:
        self.widget.on_click(lambda _button: self._on_click())

    def _on_click(self) -> None:
        if not self.ignored_because_disabled():
            self.app.post_click(self.widget_id)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "description": props["label"],
            "disabled": bool(props.get("disabled", False)),
            "tooltip": props.get("help") or None,
            "button_style": "primary" if props.get("type") == "primary" else "",
        }

    def simulate_click(self) -> None:
        """Deliver a click exactly as a browser's ``custom`` message would."""
        self.widget._handle_msg(
            {
                "content": {"data": {"method": "custom", "content": {"event": "click"}}},
                "buffers": [],
            }
        )


class TextInputView(WidgetView):
    def connect(self) -> None:
        super().connect()
        self.widget.on_msg(self._on_custom)

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "submit"):
            self.app.post_enter(self.widget_id)

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "submit")

    def simulate_enter(self) -> None:
        """Deliver an Enter key press exactly as the browser's ``submit`` message would."""
        self.widget._handle_msg(
            {
                "content": {"data": {"method": "custom", "content": {"event": "submit"}}},
                "buffers": [],
            }
        )

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props.get("type") == "password")

    def build(self, element: Element) -> W.Widget:
        cls = W.Password if self.variant[1] else W.Text
        return cls(continuous_update=False, style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"]
        return {
            **_label_traits(props),
            "placeholder": props.get("placeholder") or "",
            "value": "" if value is None else str(value),
        }


class FileUploadView(WidgetView):
    """st.file_uploader: ipywidgets' FileUpload; the value becomes UploadedFile objects."""

    def build(self, element: Element) -> W.Widget:
        return W.FileUpload(style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = {
            "description": props.get("label", "") or "Upload",
            "disabled": bool(props.get("disabled")),
            "accept": props["accept"],
            "multiple": props["multiple"],
            "tooltip": props.get("help") or None,
        }
        if not props["value"]:
            traits["value"] = ()  # cleared in the kernel (e.g. by st.session_state.clear())
        return traits

    def from_widget(self, value: Any) -> Any:
        from .elements.files import UploadedFile

        files = [UploadedFile(f["name"], f["type"], bytes(f["content"])) for f in value]
        if self.element.props["multiple"]:
            return files
        return files[-1] if files else None

    def simulate_user_value(self, value: Any) -> None:
        """Deliver files exactly as the browser does: metadata in the state, contents as
        binary buffers. `value` is a (name, bytes) pair or a list of them."""
        files = [value] if isinstance(value, tuple) else list(value or ())
        state = [
            {"name": name, "type": "", "size": len(data), "last_modified": 0}
            for name, data in files
        ]
        self.widget._handle_msg(
            {
                "content": {
                    "data": {
                        "method": "update",
                        "state": {"value": state},
                        "buffer_paths": [["value", i, "content"] for i in range(len(files))],
                    }
                },
                "buffers": [memoryview(data) for _name, data in files],
            }
        )


class DownloadView(ButtonView):
    """st.download_button: an anywidget button that saves the data in the browser."""

    def build(self, element: Element) -> W.Widget:
        from .download import DownloadButton

        return DownloadButton()

    def connect(self) -> None:
        self.widget.on_msg(self._on_custom)

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "click"):
            self._on_click()

    def apply(self, element: Element) -> None:
        super().apply(element)
        if self.widget.data != element.data:
            self.widget.data = element.data

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **super().traits(props),
            "tooltip": props.get("help") or "",
            "file_name": props["file_name"],
            "mime": props["mime"],
        }


class BoundView(WidgetView):
    """st.bind: the user's own widget. nbstate syncs its value but never closes it."""

    compare_with_shown = False  # the user's code may set its traits too

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, element.props["model_id"])

    def build(self, element: Element) -> W.Widget:
        return element.data

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits: dict[str, Any] = {"value": props["value"]}
        if self.widget.has_trait("disabled"):
            traits["disabled"] = bool(props.get("disabled"))
        return traits

    def guard(self) -> None:
        pass  # the user's own widget keeps its own message handling

    def close(self) -> None:
        self.widget.unobserve(self._on_value, names=self.value_trait)


class DataEditorView(WidgetView):
    """st.data_editor: an editable ipydatagrid; each cell edit updates the edits dict."""

    def build(self, element: Element) -> W.Widget:
        from ipydatagrid import DataGrid

        self._shown: tuple[str, Any] | None = None
        return DataGrid(element.data, editable=True, layout=W.Layout(height="220px"))

    def connect(self) -> None:
        self.widget.on_cell_change(self._on_cell)

    def accepts_custom(self, content: Any) -> bool:
        return isinstance(content, dict)  # ipydatagrid's own events

    def _on_cell(self, cell: dict[str, Any]) -> None:
        if self._applying or self.element.props.get("disabled"):
            return
        edits = copy.deepcopy(self.element.props["value"])
        edits.setdefault("edited_rows", {}).setdefault(int(cell["row"]), {})[cell["column"]] = cell[
            "value"
        ]
        self._shown = (self.element.props["digest"], copy.deepcopy(edits))
        self.props = None
        self.app.post_value(self.widget_id, edits)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {"editable": not props.get("disabled")}

    def apply(self, element: Element) -> None:
        super().apply(element)
        shown = (element.props["digest"], element.props["value"])
        if self._shown != shown:  # new data, or edits changed in the kernel: show them
            from .elements.data import apply_edits

            self._applying = True
            try:
                self.widget.data = apply_edits(element.data, element.props["value"])
            finally:
                self._applying = False
            self._shown = (shown[0], copy.deepcopy(shown[1]))

    def simulate_user_value(self, value: Any) -> None:
        """Deliver each edit as the grid's ``cell-changed`` message from the browser."""
        for row, changes in (value or {}).get("edited_rows", {}).items():
            for column, new in changes.items():
                message = {
                    "event_type": "cell-changed",
                    "row": int(row),
                    "column_index": self.widget._column_name_to_index(column),
                    "value": new,
                }
                self.widget._handle_msg(
                    {"content": {"data": {"method": "custom", "content": message}}, "buffers": []}
                )


class ChatInputView(WidgetView):
    """st.chat_input: a text box whose text is sent when the user presses Enter."""

    def build(self, element: Element) -> W.Widget:
        return W.Text(continuous_update=True, layout=W.Layout(width="100%"))

    def connect(self) -> None:
        self.widget.on_msg(self._on_custom)  # typing syncs the text; only Enter sends it

    def accepts_custom(self, content: Any) -> bool:
        return is_event(content, "submit")

    def _on_custom(self, _widget: W.Widget, content: Any, _buffers: Any) -> None:
        if is_event(content, "submit"):
            text = self.widget.value
            if text and not self.element.props.get("disabled"):
                self._applying = True
                try:
                    self.widget.value = ""
                finally:
                    self._applying = False
                self.app.post_click(self.widget_id, text)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "placeholder": props.get("placeholder") or "",
            "disabled": bool(props.get("disabled")),
        }

    def simulate_user_value(self, value: Any) -> None:
        """Type `value` and press Enter, as the browser's messages would."""
        super().simulate_user_value(value)
        self.widget._handle_msg(
            {
                "content": {"data": {"method": "custom", "content": {"event": "submit"}}},
                "buffers": [],
            }
        )


class TextAreaView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.Textarea(continuous_update=False, style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"]
        height = props.get("height")
        return {
            **_label_traits(props),
            "placeholder": props.get("placeholder") or "",
            "rows": max(2, int(height) // 24) if isinstance(height, int) else None,
            "value": "" if value is None else str(value),
        }


class ToggleView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.ToggleButton(icon="toggle-off")

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        on = bool(props["value"])
        return {
            **_label_traits(props),
            "description": props.get("label", ""),
            "icon": "toggle-on" if on else "toggle-off",
            "value": on,
        }


class ColorView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.ColorPicker(concise=False, style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {**_label_traits(props), "value": props["value"]}


class NumberView(WidgetView):
    @staticmethod
    def variant_of(element: Element) -> Any:
        props = element.props
        bounded = props["min_value"] is not None or props["max_value"] is not None
        return (element.kind, props["is_float"], bounded)

    def build(self, element: Element) -> W.Widget:
        _, is_float, bounded = self.variant
        if bounded:
            cls = W.BoundedFloatText if is_float else W.BoundedIntText
            big = 1e308 if is_float else 2**53
            lo, hi = element.props["min_value"], element.props["max_value"]
            return cls(
                min=-big if lo is None else lo,
                max=big if hi is None else hi,
                continuous_update=False,
                style=_WIDE,
            )
        return (W.FloatText if is_float else W.IntText)(continuous_update=False, style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = {**_label_traits(props), "step": props["step"]}
        if self.variant[2]:
            big = 1e308 if props["is_float"] else 2**53
            lo, hi = props["min_value"], props["max_value"]
            lo = -big if lo is None else lo
            hi = big if hi is None else hi
            traits.update(
                {"max": hi, "min": lo} if lo > self.widget.max else {"min": lo, "max": hi}
            )
        value = props["value"]
        traits["value"] = value if value is not None else (props["min_value"] or 0)
        return traits


class DateView(WidgetView):
    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, isinstance(element.props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        return W.DatePicker(style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            **_label_traits(props),
            "min": props["min_value"],
            "max": props["max_value"],
            "value": props["value"],
        }


class DateRangeView(WidgetView):
    """A date range: two DatePickers side by side; the value is a tuple of dates."""

    def build(self, element: Element) -> W.Widget:
        self.start, self.end = W.DatePicker(style=_WIDE), W.DatePicker()
        return W.HBox((self.start, self.end))

    def connect(self) -> None:
        for picker in (self.start, self.end):
            picker.observe(self._on_value, names="value")

    def guard(self) -> None:
        super().guard()
        for picker in (self.start, self.end):
            guard_frontend_messages(picker, self.name, self.accepts_custom)

    def from_widget(self, value: Any) -> Any:
        return tuple(v for v in (self.start.value, self.end.value) if v is not None)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def apply(self, element: Element) -> None:
        super().apply(element)
        props = element.props
        value = tuple(props["value"] or ())
        self._applying = True
        try:
            for index, picker in enumerate((self.start, self.end)):
                set_traits(
                    picker,
                    {
                        "description": props.get("label", "") if index == 0 else "",
                        "disabled": bool(props.get("disabled")),
                        "min": props["min_value"],
                        "max": props["max_value"],
                        "value": value[index] if index < len(value) else None,
                    },
                )
        finally:
            self._applying = False

    def simulate_user_value(self, value: Any) -> None:
        for index, picker in enumerate((self.start, self.end)):
            day = value[index] if index < len(value) else None
            to_json = picker.trait_metadata("value", "to_json")
            picker._handle_msg(
                {
                    "content": {
                        "data": {
                            "method": "update",
                            "state": {"value": to_json(day, picker)},
                            "buffer_paths": [],
                        }
                    },
                    "buffers": [],
                }
            )

    def close(self) -> None:
        close_widget(self.start)
        close_widget(self.end)
        super().close()


class TimeView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.TimePicker(style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        value = props["value"] if isinstance(props["value"], dt.time) else None
        return {**_label_traits(props), "step": props["step"], "value": value}

    def to_wire(self, value: Any) -> Any:
        wire = super().to_wire(value)
        if wire is not None:  # a browser sends whole milliseconds
            wire["milliseconds"] = int(wire["milliseconds"])
        return wire


class CheckboxView(WidgetView):
    def build(self, element: Element) -> W.Widget:
        return W.Checkbox(indent=False, style=_WIDE)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {**_label_traits(props), "value": bool(props["value"])}


class TemporalSliderView(WidgetView):
    """st.slider over dates or times: a selection slider whose positions are the steps."""

    value_trait = "index"

    @staticmethod
    def variant_of(element: Element) -> Any:
        return ("temporal", isinstance(element.props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        is_range = self.variant[1]
        cls = W.SelectionRangeSlider if is_range else W.SelectionSlider
        pairs = tuple((label, i) for i, label in enumerate(element.props["labels"]))
        return cls(
            options=pairs, index=(0, 0) if is_range else 0, continuous_update=False, style=_WIDE
        )

    def _nearest(self, value: Any) -> int:
        options = self.element.props["options"]
        return min(range(len(options)), key=lambda i: abs(_ordinal(options[i]) - _ordinal(value)))

    def to_widget(self, value: Any) -> Any:
        if isinstance(value, (tuple, list)):
            return tuple(self._nearest(v) for v in value)
        return self._nearest(value)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        pairs = tuple((label, i) for i, label in enumerate(props["labels"]))
        return {**_label_traits(props), "options": pairs, "index": self.to_widget(props["value"])}

    def from_widget(self, value: Any) -> Any:
        options = self.element.props["options"]
        if isinstance(value, (tuple, list)):
            return tuple(options[i] for i in value)
        return options[value]


def _ordinal(value: Any) -> float:
    """A number that orders dates, datetimes and times like the values themselves."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return float(value.toordinal())
    return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6


class SliderView(WidgetView):
    _classes = {
        (False, False): W.IntSlider,
        (True, False): W.FloatSlider,
        (False, True): W.IntRangeSlider,
        (True, True): W.FloatRangeSlider,
    }

    @staticmethod
    def variant_of(element: Element) -> Any:
        props = element.props
        if props.get("temporal"):
            return TemporalSliderView.variant_of(element)
        return (element.kind, props["is_float"], isinstance(props["value"], (tuple, list)))

    def build(self, element: Element) -> W.Widget:
        _, is_float, is_range = self.variant
        props = element.props
        return self._classes[(is_float, is_range)](
            min=props["min_value"],
            max=props["max_value"],
            step=props["step"],
            continuous_update=False,
            style=_WIDE,
        )

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        lo, hi = props["min_value"], props["max_value"]
        bounds = {"max": hi, "min": lo} if lo > self.widget.max else {"min": lo, "max": hi}
        value = props["value"]
        return {
            **_label_traits(props),
            **bounds,
            "step": props["step"],
            "value": tuple(value) if isinstance(value, (tuple, list)) else value,
        }

    def from_widget(self, value: Any) -> Any:
        return tuple(value) if isinstance(value, (tuple, list)) else value


def _index_of(options: tuple[Any, ...], value: Any) -> int | None:
    for index, option in enumerate(options):
        try:
            if option is value or option == value:
                return index
        except Exception:
            continue
    return None


class ChoiceView(WidgetView):
    """selectbox, radio, multiselect, select_slider: the ipywidget's values are indices."""

    value_trait = "index"

    _classes = {
        "selectbox": W.Dropdown,
        "radio": W.RadioButtons,
        "multiselect": W.SelectMultiple,
        ("select_slider", False): W.SelectionSlider,
        ("select_slider", True): W.SelectionRangeSlider,
    }

    @staticmethod
    def variant_of(element: Element) -> Any:
        if element.kind == "select_slider":
            return (element.kind, isinstance(element.props["value"], (tuple, list)))
        return element.kind

    def build(self, element: Element) -> W.Widget:
        cls = self._classes[self.variant]
        extra: dict[str, Any] = {"style": _WIDE}
        if element.kind == "select_slider":
            extra["continuous_update"] = False
            extra["options"] = tuple((label, i) for i, label in enumerate(element.props["labels"]))
            value = element.props["value"]
            extra["index"] = (0, 0) if isinstance(value, (tuple, list)) else 0
        if element.kind == "multiselect":
            extra["rows"] = min(max(len(element.props["labels"]), 1), 6)
        return cls(**extra)

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        options = props["options"]
        pairs = tuple((label, i) for i, label in enumerate(props["labels"]))
        value = props["value"]
        if self.widget_kind() == "multiselect":
            index: Any = tuple(i for i in (_index_of(options, v) for v in value) if i is not None)
        elif isinstance(value, (tuple, list)):
            index = tuple(_index_of(options, v) or 0 for v in value)
        else:
            index = _index_of(options, value) if value is not None else None
        if self.widget_kind() == "radio":
            # The radio's own Layout model is updated: a new Layout would leave the old one
            # open (a comm per appearance and per change of a horizontal radio).
            horizontal = bool(props.get("horizontal"))
            set_traits(
                self.widget.layout,
                {
                    "display": "flex" if horizontal else None,
                    "flex_flow": "row wrap" if horizontal else None,
                },
            )
        return {**_label_traits(props), "options": pairs, "index": index}

    def widget_kind(self) -> str:
        return self.variant[0] if isinstance(self.variant, tuple) else self.variant

    def from_widget(self, value: Any) -> Any:
        options = self.element.props["options"]
        if value is None:
            return None
        if self.widget_kind() == "multiselect":
            return [options[i] for i in value]
        if isinstance(value, (tuple, list)):
            return tuple(options[i] for i in value)
        return options[value]

    def to_widget(self, value: Any) -> Any:
        """The index (or indices) of the chosen options."""
        options = self.element.props["options"]
        if value is None:
            return None
        if self.widget_kind() == "multiselect" or isinstance(value, (tuple, list)):
            return tuple(_index_of(options, v) for v in value)
        return _index_of(options, value)


VIEW_CLASSES: dict[str, type[View]] = {
    **{kind: HTMLView for kind in HTML_KINDS},
    "output": OutputView,
    "stream": OutputView,
    "pyplot": OutputView,
    "progress": ProgressView,
    "container": BoxView,
    "empty": BoxView,
    "tab": BoxView,
    "column": ColumnView,
    "columns": ColumnsView,
    "expander": ExpanderView,
    "tabs": TabsView,
    "button": ButtonView,
    "form_submit_button": ButtonView,
    "download_button": DownloadView,
    "bound": BoundView,
    "chat_input": ChatInputView,
    "latex": LatexView,
    "chat_message": ChatMessageView,
    "dialog": DialogView,
    "fragment": BoxView,
    "altair_chart": OutputView,
    "vega_lite_chart": OutputView,
    "plotly_chart": OutputView,
    "line_chart": OutputView,
    "bar_chart": OutputView,
    "area_chart": OutputView,
    "scatter_chart": OutputView,
    "data_editor": DataEditorView,
    "file_uploader": FileUploadView,
    "form": BoxView,
    "text_input": TextInputView,
    "checkbox": CheckboxView,
    "slider": SliderView,
    "text_area": TextAreaView,
    "toggle": ToggleView,
    "color_picker": ColorView,
    "number_input": NumberView,
    "time_input": TimeView,
    "date_input": DateView,
    "selectbox": ChoiceView,
    "radio": ChoiceView,
    "multiselect": ChoiceView,
    "select_slider": ChoiceView,
}


def register_view(kind: str, view_class: type[View]) -> None:
    """Make `view_class` show elements of `kind` (used by element families)."""
    VIEW_CLASSES[kind] = view_class


class Renderer:
    """Keeps an app's displayed widgets in step with the element tree of its last run."""

    def __init__(self, app: App, make_box: Callable[[], View]) -> None:
        self.app = app
        self.callback_area = make_box()
        self.main = make_box()
        self.sidebar = make_box()
        self.widget_views: dict[str, View] = {}
        self._live: set[View] = set()

    def render(
        self, callback_area: Element, main: Element, sidebar: Element, partial: bool = False
    ) -> None:
        """Reconcile the displayed widgets with a run's top-level containers.

        A `partial` render shows a run in progress: what the run has produced so far replaces
        the start of each container, and what the last run showed below stays until the run
        gets there. Nothing is closed.
        """
        used: set[View] = set()
        self._reconcile(self.callback_area, callback_area.children or [], used, partial)
        self._reconcile(self.main, main.children or [], used, partial)
        self._reconcile(self.sidebar, sidebar.children or [], used, partial)
        if partial:
            self._live |= used
            return
        shown = "flex" if sidebar.children else "none"
        if self.sidebar.widget.layout.display != shown:
            self.sidebar.widget.layout.display = shown
        for view in self._live - used:
            if view.widget_id is not None and self.widget_views.get(view.widget_id) is view:
                del self.widget_views[view.widget_id]
            view.close()
        self._live = used

    def _reconcile(
        self, box: View, elements: list[Element], used: set[View], partial: bool = False
    ) -> None:
        old = box.children
        new: list[View] = []
        match, widget_views, in_old = self._match, self.widget_views, len(old)
        for index, element in enumerate(elements):
            view = widget_views.get(element.widget_id) if element.widget_id is not None else None
            if view is None or (view.props is not element.props and not view.accepts(element)):
                view = match(element, old[index] if index < in_old else None, used)
            view.apply(element)
            if element.children is not None:
                self._reconcile(view, element.children, used, partial)
            used.add(view)
            new.append(view)
        if partial:
            new.extend(v for v in old[len(elements) :] if v not in used)
        box.set_children(new)  # type: ignore[attr-defined]

    def _match(self, element: Element, candidate: View | None, used: set[View]) -> View:
        if element.widget_id is not None:
            view = self.widget_views.get(element.widget_id)
            if view is not None and view.accepts(element):
                return view
        elif (
            candidate is not None
            and candidate.widget_id is None
            and candidate not in used
            and candidate.accepts(element)
        ):
            return candidate
        cls = VIEW_CLASSES[element.kind]
        if cls is DateView and DateView.variant_of(element)[1]:
            cls = DateRangeView
        elif cls is SliderView and element.props.get("temporal"):
            cls = TemporalSliderView
        view = cls(self.app, element)
        if element.widget_id is not None:
            self.widget_views[element.widget_id] = view
        return view

    def view_for(self, widget_id: str) -> View | None:
        """The live view of the widget with this id."""
        return self.widget_views.get(widget_id)

    def close(self) -> None:
        """Close every widget of the app."""
        for view in self._live | {self.callback_area, self.main, self.sidebar}:
            view.close()
        self._live = set()
        self.widget_views.clear()
