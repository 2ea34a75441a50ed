"""The callbacks of the widgets a user event changed, and the rerun they ask for."""

from __future__ import annotations

from .control import RerunException
from .state import WidgetMetadata


def call_callbacks(changed: list[WidgetMetadata]) -> None:
    """Call the callbacks of changed widgets in page order; st.rerun() in one is deferred.

    As in Streamlit 1.67, ``st.rerun(<fragment key>)`` in the callbacks reruns only those
    fragments, unless another callback returned normally or asked for another rerun: then
    the app reruns.
    """
    rerun: str | None = None
    keyed: dict[str, None] = {}
    returned = False
    for meta in changed:
        if meta.callback is None:
            continue
        try:
            meta.callback(*meta.args, **meta.kwargs)
            returned = True
        except RerunException as request:
            if request.scope == "keys":
                keyed.update(dict.fromkeys(request.fragment_ids))
            else:
                rerun = "app" if rerun == "app" else request.scope
    if keyed:
        if returned or rerun is not None:
            raise RerunException("app")
        raise RerunException("keys", tuple(keyed))
    if rerun is not None:
        raise RerunException(rerun)
