"""Chat: st.chat_message containers and the st.chat_input box."""

from __future__ import annotations

import html
from typing import Any

from ..errors import NbStateInvalidLayoutContextError
from ..layout import Container
from ..run_context import current_context
from ..tree import Element
from .widget import WidgetCallback, create_widget

_AVATARS = {"user": "🧑", "human": "🧑", "assistant": "🤖", "ai": "🤖"}


def chat_message(name: str, *, avatar: Any = None, width: Any = "stretch") -> Container:
    """A chat message container: its elements appear next to an avatar for `name`.

    "user"/"human" and "assistant"/"ai" get their usual icons; `avatar` may be an emoji.
    """
    name = str(name)
    icon = avatar if isinstance(avatar, str) else _AVATARS.get(name.lower(), name[:1].upper())
    ctx = current_context()
    element = ctx.add(
        Element(
            "chat_message",
            {
                "name": name,
                "avatar": html.escape(icon),
                "avatar_arg": avatar if isinstance(avatar, str) else None,
            },
            children=[],
        )
    )
    return Container(ctx, element)


def chat_input(
    placeholder: str = "Your message",
    *,
    key: Any = None,
    max_chars: int | None = None,
    disabled: bool = False,
    on_submit: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
) -> str | None:
    """A message box: returns what the user sent, in the run right after they press Enter,
    and None otherwise. The box is emptied after each message."""
    ctx = current_context()
    if ctx.form_id:
        raise NbStateInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
    value, element, _changed = create_widget(
        "chat_input",
        key=key,
        identity={"placeholder": str(placeholder), "max_chars": max_chars},
        props={"placeholder": str(placeholder), "max_chars": max_chars},
        default=None,
        on_change=on_submit,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        trigger=True,
    )
    message = value if value not in (False, "") else None
    # What the run got, as Streamlit's AppTest reads it (the box itself is emptied).
    element.props = {**element.props, "value": message}
    return message
