"""Chat: st.chat_message containers and the st.chat_input box."""

from __future__ import annotations

import html
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

from ..errors import NbStateInvalidLayoutContextError, NbStateValueError
from ..layout import Container
from ..options import get_option
from ..run_context import current_context
from ..tree import Element
from .chat_value import ChatInputValue
from .files import _accept as file_accept
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


_ACCEPT_FILE = {False: "", True: "single", "multiple": "multiple", "directory": "directory"}
_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


def chat_input(
    placeholder: str = "Your message",
    *,
    key: Any = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | str = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
    height: Any = "content",
) -> Any:
    """A message box: returns what the user sent, in the run right after they press Enter,
    and None otherwise. The box is emptied after each message.

    With `accept_file` (True, "multiple" or "directory") the user can attach files (of
    `file_type`), and the message is a `ChatInputValue` with ``.text`` and ``.files``; with
    `accept_audio` it also has ``.audio`` (None: a notebook has no recorder).
    """
    ctx = current_context()
    if ctx.form_id:
        raise NbStateInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
    mode = _check_options(accept_file, max_upload_size, submit_mode, audio_sample_rate)
    accept = file_accept(file_type)
    # Streamlit pins a chat_input written right in the main area to the bottom area.
    with ctx.to_bottom() if ctx.at_top_level() else nullcontext():
        value, element, _changed = create_widget(
            "chat_input",
            key=key,
            identity={
                "placeholder": str(placeholder),
                "max_chars": max_chars,
                "accept_file": mode,
                "file_type": accept,
                "accept_audio": bool(accept_audio),
            },
            props={
                "placeholder": str(placeholder),
                "max_chars": max_chars,
                "accept_file": mode,
                "file_type": accept,
                "accept_audio": bool(accept_audio),
                # in MB; files bigger than this are not attached (Streamlit's picker refuses them)
                "max_upload_size": max_upload_size or get_option("server.maxUploadSize"),
            },
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
    if message is None:
        return None
    if isinstance(message, ChatInputValue) or not (mode or accept_audio):
        return message
    # text sent without attachments (set through session_state, or by an older box)
    return ChatInputValue(str(message), include_files=bool(mode), include_audio=bool(accept_audio))


def _check_options(
    accept_file: Any, max_upload_size: Any, submit_mode: Any, audio_sample_rate: Any
) -> str:
    """Check chat_input's attachment options as Streamlit does; return the file mode."""
    if isinstance(accept_file, bool):
        mode = _ACCEPT_FILE[accept_file]
    elif accept_file in ("multiple", "directory"):
        mode = _ACCEPT_FILE[accept_file]
    else:
        raise NbStateValueError(
            "Invalid `accept_file` value. Supported values: True, False, 'multiple', "
            f"'directory'. Got {accept_file!r}."
        )
    if max_upload_size is not None and (type(max_upload_size) is not int or max_upload_size <= 0):
        raise NbStateValueError(
            "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to "
            "None to fall back to the `server.maxUploadSize` configuration option."
        )
    if submit_mode not in ("submit", "disable", "stop"):
        raise NbStateValueError(
            "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."
        )
    if audio_sample_rate is not None and audio_sample_rate not in _SAMPLE_RATES:
        raise NbStateValueError(
            "Invalid `audio_sample_rate` value. Supported values: "
            + ", ".join(str(rate) for rate in _SAMPLE_RATES)
            + ", None."
        )
    return mode
