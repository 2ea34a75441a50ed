"""`ChatInputValue`: what `st.chat_input(accept_file=..., accept_audio=...)` returns.

As in Streamlit 1.67: the message's ``text``, its ``files`` (only with `accept_file`) and its
``audio`` recording (only with `accept_audio`), read as attributes or as a mapping.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any


class ChatInputValue(MutableMapping[str, Any]):
    """A chat message with attachments: ``.text``, ``.files``, ``.audio``; also a mapping."""

    def __init__(
        self,
        text: str,
        files: list[Any] | None = None,
        audio: Any = None,
        *,
        include_files: bool = False,
        include_audio: bool = False,
    ) -> None:
        self._data: dict[str, Any] = {"text": text}
        if include_files:
            self._data["files"] = list(files or [])
        if include_audio:
            self._data["audio"] = audio
        self._allowed = set(self._data)

    def __getattr__(self, name: str) -> Any:
        data = self.__dict__.get("_data", {})
        if name in data:
            return data[name]
        if name == "files":
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'files' (accept_file=False)"
            )
        if name == "audio":
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'audio' (accept_audio=False)"
            )
        raise AttributeError(f"'ChatInputValue' object has no attribute {name!r}")

    def to_dict(self) -> dict[str, Any]:
        """The message as a plain dict (``text``, and ``files``/``audio`` when accepted)."""
        return dict(self._data)

    def __getitem__(self, item: str) -> Any:
        if item not in self._data:
            raise KeyError(f"Invalid key: {item}")
        return self._data[item]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._allowed:
            raise KeyError(f"Invalid key: {key}")
        self._data[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._data:
            raise KeyError(f"Invalid key: {key}")
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._data == other._data
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._data.items())
        return f"ChatInputValue({fields})"
