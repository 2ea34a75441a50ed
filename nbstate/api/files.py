"""Files in and out: st.file_uploader and st.download_button."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from ..errors import NbStateAPIException, NbStateInvalidLayoutContextError, forms_message
from ..run_context import current_context
from .button_options import check_icon_position, normalize_shortcut
from .widget import WidgetCallback, create_widget


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO with its `name`, MIME `type`, `size` and `file_id`."""

    def __init__(self, name: str, type: str, content: bytes) -> None:
        super().__init__(content)
        self.name = name
        self.type = type
        self.size = len(content)
        self.file_id = hashlib.blake2b(name.encode() + b"\0" + content, digest_size=12).hexdigest()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadedFile) and other.file_id == self.file_id

    __hash__ = io.BytesIO.__hash__

    def __repr__(self) -> str:
        return f"UploadedFile(name={self.name!r}, type={self.type!r}, size={self.size})"


def _accept(type: Any) -> str:
    if type is None:
        return ""
    types = [type] if isinstance(type, str) else list(type)
    return ",".join(t if t.startswith(".") or "/" in t else f".{t}" for t in types)


def file_uploader(
    label: str,
    type: str | list[str] | None = None,
    accept_multiple_files: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """Display a file upload button and return the uploaded file(s).

    Returns an `UploadedFile` (a BytesIO with `name`, `type` and `size`), a list of them with
    `accept_multiple_files`, or None (an empty list) before anything is uploaded. `type`
    limits the file extensions the browser offers (e.g. ``["csv", "txt"]``). The key is
    read-only in session_state.
    """
    label = str(label)
    accept = _accept(type)
    value, _element, _changed = create_widget(
        "file_uploader",
        key=key,
        identity={
            "label": label,
            "type": accept,
            "accept_multiple_files": accept_multiple_files,
            "help": help,
            "max_upload_size": max_upload_size,
        },
        props={
            "label": label,
            "accept": accept,
            "multiple": bool(accept_multiple_files),
            "help": help,
            "label_visibility": label_visibility,
        },
        default=[] if accept_multiple_files else None,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        writes_allowed=False,
    )
    return value


def inferred_mime(data: Any) -> str:
    """The MIME type of download data whose type was not given: text for str, else binary."""
    return "text/plain" if isinstance(data, (str, io.StringIO)) else "application/octet-stream"


def download_bytes(data: Any) -> bytes:
    """The bytes to download for `data`: str (UTF-8), bytes, or a file object to read."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    read = getattr(data, "read", None)
    if callable(read):
        if hasattr(data, "seek"):
            data.seek(0)
        content = read()
        return content.encode("utf-8") if isinstance(content, str) else bytes(content)
    raise NbStateAPIException(
        f"st.download_button got data of type {type(data).__name__}; give str, bytes, a "
        "file-like object opened for reading, or a function of no arguments returning one."
    )


def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_click: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    icon_position: str = "left",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that downloads `data` (str, bytes or a file object) in the browser.

    `data` may also be a function of no arguments that returns such data: it is called in
    the kernel when the button is clicked (not in the run), as Streamlit's deferred data.
    The click also runs `on_click` and reruns the app, unless ``on_click="ignore"``. Returns
    True in the run that follows a click.
    """
    ctx = current_context()
    if ctx.form_id:
        raise NbStateInvalidLayoutContextError(
            forms_message("`st.download_button()` can't be used in an `st.form()`.")
        )
    label = str(label)
    icon_position = check_icon_position(icon_position)
    shortcut = normalize_shortcut(shortcut)
    deferred = callable(data)
    # Deferred data (a function) is made when the button is clicked, not in the run.
    content = None if deferred else download_bytes(data)
    given_mime = mime
    if mime is None and not deferred:
        mime = inferred_mime(data)
    value, _element, _changed = create_widget(
        "download_button",
        key=key,
        # As Streamlit 1.67's id: the mime given (not the one inferred from the data).
        identity={
            "label": label,
            "icon": icon,
            "file_name": file_name,
            "mime": given_mime,
            "help": help,
            "type": type,
            "width": width,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        props={
            "label": label,
            "file_name": file_name or "download",
            "mime": mime or "application/octet-stream",
            "digest": "deferred"
            if content is None
            else hashlib.blake2b(content, digest_size=16).hexdigest(),
            "given_mime": given_mime,
            "help": help,
            "type": type,
            "icon": icon,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        default=False,
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        trigger=True,
        writes_allowed=False,
    )
    _element.data = data if deferred else content
    return value
