"""Messages from the frontend to a widget's comm: their types, and a guard against bad ones.

The message shapes are ipywidgets' comm protocol (``update``, ``custom``, ``request_state``);
`simulate_*` methods of the views (AppTest) build them with `update_message` and
`custom_message`, so the engine sees exactly what a browser sends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypedDict

import ipywidgets as W
from ipywidgets.widgets.widget import _put_buffers

from .message_scope import handling_frontend_message

log = logging.getLogger("nbstate")


class UpdateData(TypedDict):
    """``method: update``: new values of synced traits (binary parts in the buffers)."""

    method: Literal["update"]
    state: dict[str, Any]
    buffer_paths: list[list[str | int]]


class CustomData(TypedDict):
    """``method: custom``: an event of the widget's own (a click, an Enter, a grid edit)."""

    method: Literal["custom"]
    content: Any


class RequestStateData(TypedDict):
    """``method: request_state``: the frontend asks for every synced trait."""

    method: Literal["request_state"]


class MessageContent(TypedDict):
    """The ``content`` of a comm message."""

    data: UpdateData | CustomData | RequestStateData


class CommMessage(TypedDict):
    """A comm message from the frontend, as ``Comm.on_msg`` handlers receive it."""

    content: MessageContent
    buffers: Sequence[Any]


def update_message(
    state: dict[str, Any],
    buffer_paths: list[list[str | int]] | None = None,
    buffers: Sequence[Any] = (),
) -> CommMessage:
    """The ``update`` message a browser sends when the user changes synced traits."""
    data: UpdateData = {"method": "update", "state": state, "buffer_paths": buffer_paths or []}
    return {"content": {"data": data}, "buffers": list(buffers)}


def custom_message(content: Any) -> CommMessage:
    """The ``custom`` message a browser sends for a widget's own event."""
    data: CustomData = {"method": "custom", "content": content}
    return {"content": {"data": data}, "buffers": []}


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


def is_event(content: Any, event: str) -> bool:
    return isinstance(content, dict) and content.get("event") == event
