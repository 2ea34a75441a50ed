"""AppTest wrappers of st.camera_input and st.audio_input, with the methods and checks of
Streamlit 1.67's `CameraInput` and `AudioInput`: one ``(filename, content, mime_type)``
file staged as the browser would send it, or None to clear."""

from __future__ import annotations

from typing import Any

from .base import AppTestError, Widget


def _one_file(file: object, what: str, suffix: str, mime: str) -> tuple[str, bytes, str]:
    """`file` as ``(filename, content, mime_type)`` if the browser widget could send it."""
    noun, verb = ("photo", "captures") if what == "st.camera_input" else ("recording", "records")
    if (
        isinstance(file, tuple)
        and len(file) == 3
        and isinstance(file[0], str)
        and isinstance(file[1], (bytes, bytearray))
        and isinstance(file[2], str)
    ):
        filename, content, mime_type = file
        if not filename.lower().endswith(suffix):
            raise AppTestError(f"{what} only {verb} {suffix} files. Got filename {filename!r}.")
        if mime_type.lower() != mime:
            raise AppTestError(f"{what} {noun}s use MIME type {mime!r}. Got {mime_type!r}.")
        return filename, bytes(content), mime
    if isinstance(file, list):
        raise AppTestError(f"{what} {verb} one {noun}. A list is not accepted.")
    raise AppTestError(
        f"{what} {verb} one {noun}. Pass one (filename, content, mime_type) tuple whose "
        f"content is bytes, or None to clear. Got {type(file).__name__}."
    )


class _MediaInput(Widget):
    """A camera or microphone widget: `set_value(file)`, `upload(...)`, `clear()`."""

    _what = ""
    _suffix = ""
    _mime = ""

    @property
    def value(self) -> Any:
        """The `UploadedFile` the last run returned, or None (a staged file shows after
        `run()`, as in Streamlit)."""
        return self.proto.props.get("value")

    def set_value(self, file: Any) -> Any:
        """Stage one file ``(filename, content, mime_type)``, or None to clear it."""
        self._assert_can_interact()
        if file is not None:
            file = _one_file(file, self._what, self._suffix, self._mime)
        return super().set_value(file)

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> Any:
        """Stage one file, replacing any staged before."""
        return self.set_value((filename, content, mime_type or self._mime))

    def clear(self) -> Any:
        """Stage clearing the file."""
        return self.set_value(None)


class CameraInput(_MediaInput):
    """A camera_input: one JPEG photo (``*.jpg``, ``image/jpeg``); `resolution` as given."""

    _what, _suffix, _mime = "st.camera_input", ".jpg", "image/jpeg"

    @property
    def resolution(self) -> str | None:
        """The `resolution` the script passed ("480p", "720p", "1080p"), or None."""
        resolution: str | None = self.proto.props.get("resolution")
        return resolution


class AudioInput(_MediaInput):
    """An audio_input: one WAV recording (``*.wav``, ``audio/wav``); `sample_rate` as given."""

    _what, _suffix, _mime = "st.audio_input", ".wav", "audio/wav"

    @property
    def sample_rate(self) -> int | None:
        """The `sample_rate` the script passed (None: the browser's own rate)."""
        rate: int | None = self.proto.props.get("sample_rate")
        return rate
