"""``bind="query-params"``: a widget kept in the page URL's query string (Streamlit 1.67).

The parameter named by the widget's key seeds the widget when it is shown for the first time
(in the run's URL); a value the widget cannot take, or its default, is removed from the URL;
a value the widget adjusts (a text cut to `max_chars`, repeats in a multi-selection) is
written back corrected. While bound, the script cannot set or delete the parameter through
st.query_params. A widget no longer shown loses its parameter but keeps its value in
session_state (as with ``persist_state``); shown again, it takes the URL's value if the URL
has a valid one (the URL wins over a kept value), else its kept value, which goes back into
the URL.

Where a page shows the app (a kernel), the URL then follows the widget as the user changes it
(the default removes the parameter), as Streamlit's browser does; Streamlit's AppTest has no
browser, so there only the script's own session_state writes reach the URL.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from typing import Any

from .. import url_codecs
from ..errors import NbStateAPIException
from ..run_context import RunContext, current_context
from ..session import Session
from ..tree import Element
from ..url_query import QueryParams, is_embed_key
from .widget import correct_value


def _element(ctx: RunContext, widget_id: str) -> Element | None:
    for child in reversed(ctx.container.children or []):
        if child.widget_id == widget_id:
            return child
    for root in (*ctx.areas, ctx.callback_area):
        for element in root.walk():
            if element.widget_id == widget_id:
                return element
    return None


def _seed(qp: QueryParams, key: str, element: Element, default: Any, raw: Any) -> bool:
    """Give the widget the value its parameter names; remove a parameter it cannot take."""
    kind, props = element.kind, element.props
    try:
        value = url_codecs.parse(kind, props, raw, clearable=default is None)
    except ValueError:
        qp.remove(key)
        return False
    if value == default:
        qp.remove(key)
        return False
    correct_value(element, value)
    param = url_codecs.to_param(kind, props, value)
    if not url_codecs.same(raw, param):
        qp.write(key, param)
    return True


def _want(kind: str, props: dict[str, Any], value: Any, default: Any) -> Any:
    """What the URL should hold for a bound widget's value: None (no parameter) at default."""
    return None if value == default else url_codecs.to_param(kind, props, value)


def call_bound(
    function: Callable[..., Any],
    args: Any,
    kwargs: Any,
    key: str,
    with_value: Callable[[Any, Any], Any] = lambda _result, value: value,
) -> Any:
    """Call the widget function with its widget bound to the query parameter `key`.

    When the URL gives the widget its value, `with_value(result, value)` is returned: the
    function's result made with that value (by default the value itself).
    """
    ctx = current_context()
    session, state = ctx.session, ctx.state
    qp = session.query_params
    if is_embed_key(key):
        raise NbStateAPIException(
            f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' "
            "are used internally for Streamlit's embed functionality."
        )
    if follow_widgets not in session.after_run_hooks:
        session.after_run_hooks.append(follow_widgets)
    old_id = state.shown_widget_of(key)
    is_new = old_id is None
    user_sent = old_id is not None and state.sent_by_user(old_id)
    assigned = state.is_new_value(key)
    assigned_before = state.assigned_before_run(key)
    # A bound widget keeps its value while not shown, on every page (as persist_state="session").
    scope, ctx.persist_scope = ctx.persist_scope, "session"
    try:
        result = function(*args, **kwargs)
    finally:
        ctx.persist_scope = scope
    widget_id = ctx.widget_keys.get(key)
    element = _element(ctx, widget_id) if widget_id else None
    meta = state.metadata(widget_id) if widget_id else None
    if element is None or meta is None or element.kind not in url_codecs.BINDABLE:
        return result
    qp.bind(key, widget_id)  # type: ignore[arg-type]
    qp.details[key] = (element.kind, element.props, meta.default)
    reseed = key in qp.reseed
    qp.reseed.discard(key)
    raw = qp.initial.get(key)
    if (is_new or reseed) and not user_sent and raw is not None:
        if _seed(qp, key, element, meta.default, raw):
            value = deepcopy(state.widget_value(widget_id))  # type: ignore[arg-type]
            return with_value(result, value)
    if qp.follows_widgets:
        return result  # the page's URL follows the widget after the run (`follow_widgets`)
    # No browser: only what the script itself set reaches the URL.
    want = _want(element.kind, element.props, state.widget_value(widget_id), meta.default)  # type: ignore[arg-type]
    have = qp.raw(key)
    if want is None:
        if assigned and not is_new and have is not None:
            qp.remove(key)
        else:
            qp.discard(key)
    elif is_new and not assigned and have is None:
        qp.write(key, want)  # a value kept while the widget was not shown comes back
    elif assigned and not assigned_before and not is_new:
        if have is None or not url_codecs.same(have, want):
            qp.write(key, want)
    return result


def unbind_if_bound(key: str) -> None:
    """A keyed widget shown without `bind`: if it was bound, its parameter goes."""
    ctx = current_context()
    qp = ctx.session.query_params
    if key in qp.bindings and qp.bindings[key] == ctx.widget_keys.get(key):
        qp.unbind(key, remove=True)
        qp.details.pop(key, None)


def follow_widgets(session: Session) -> None:
    """After a run: forget the bindings of widgets no longer shown (and their parameters);
    where a page shows the app, make the URL say each bound widget's value."""
    qp, state = session.query_params, session.state
    for key, widget_id in list(qp.bindings.items()):
        meta = state.metadata(widget_id)
        if meta is None:
            qp.unbind(key, remove=True)
            qp.details.pop(key, None)
            continue
        if not qp.follows_widgets or key not in qp.details:
            continue
        kind, props, default = qp.details[key]
        want = _want(kind, props, state.widget_value(widget_id), default)
        have = qp.raw(key)
        if want is None:
            qp.remove(key)
        elif have is None or not url_codecs.same(have, want):
            qp.write(key, want)
