"""The Jupyter-native bridge: your own ipywidgets in the run cycle, and the widgets behind
nbstate's elements."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from .api.widget import WidgetCallback, create_widget
from .errors import NbStateAPIException
from .run_context import active_context
from .session import kernel_session


def bind(
    widget: W.Widget,
    key: Any = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
) -> Any:
    """Show any ipywidget (or anywidget) with a ``value`` trait here, as an app widget.

    Its value joins session state under `key`, and a change the user makes runs `on_change`
    (with `args` and `kwargs`) and then reruns the app, as for a built-in widget. Returns the
    widget's value. Create the widget once (in an earlier cell, or keep it in
    session_state) so that every run binds the same object.
    """
    if not isinstance(widget, W.Widget) or not widget.has_trait("value"):
        raise NbStateAPIException(
            f"st.bind needs an ipywidget with a `value` trait; got {type(widget).__name__}. "
            "Wrap other objects in a widget, or use a built-in element."
        )
    value, element, _changed = create_widget(
        "bound",
        key=key,
        identity={"model": widget.model_id},
        props={"model_id": widget.model_id, "label": getattr(widget, "description", "")},
        default=widget.value,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    element.data = widget
    return value


def widget(key: Any) -> W.Widget:
    """The ipywidget behind the keyed element `key`, for styling or linking.

    It exists once the app that created the element has run, e.g.
    ``st.widget("name").layout.width = "20em"`` in a later cell. nbstate only sets the traits
    that show the element's parameters and value, so your styling stays.
    """
    key = str(key)
    ctx = active_context()
    session = ctx.session if ctx is not None else kernel_session()
    widget_id = session.state._key_to_id.get(key)
    app = session.apps.get(session.state.owner_of_key(key) or "")
    view = app.renderer.view_for(widget_id) if app is not None and widget_id else None
    if view is None:
        raise NbStateAPIException(
            f'No widget with key "{key}" is on the page yet. A keyed element gets its widget '
            "when its app's run ends: call st.widget in a later cell or in a callback."
        )
    return view.widget
