"""The browser's camera and microphone: st.camera_input and st.audio_input.

Both return an `UploadedFile` (as st.file_uploader does): a JPEG photo named ``*.jpg`` of
type ``image/jpeg``, or a WAV recording named ``*.wav`` of type ``audio/wav``, or None before
the user takes one (and after they clear it). Their keys are read-only in session_state.
"""

from __future__ import annotations

from typing import Any

from ..errors import NbStateValueError
from .files import UploadedFile
from .sizes import check_width
from .widget import WidgetCallback, create_widget

#: Streamlit 1.67's capture resolutions: the height in pixels asked of the camera.
RESOLUTION_HEIGHTS = {"480p": 480, "720p": 720, "1080p": 1080}
#: The sample rates st.audio_input records at (Streamlit 1.67's list).
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


def check_resolution(resolution: Any) -> int:
    """The capture height of `resolution` ("480p", "720p", "1080p"), 0 for None; else raise."""
    if resolution is None:
        return 0
    if isinstance(resolution, str) and resolution in RESOLUTION_HEIGHTS:
        return RESOLUTION_HEIGHTS[resolution]
    raise NbStateValueError(
        "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."
    )


def check_sample_rate(sample_rate: Any) -> int:
    """`sample_rate` if it is one of `SAMPLE_RATES`, 0 for None (the device's rate); else
    raise."""
    if sample_rate is None:
        return 0
    if type(sample_rate) is int and sample_rate in SAMPLE_RATES:
        return sample_rate
    choices = ", ".join(map(str, SAMPLE_RATES))
    raise NbStateValueError(f"Invalid `sample_rate` value. Supported values: {choices}, None.")


def _media_widget(
    kind: str,
    label: Any,
    key: Any,
    help: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: Any,
    extra: dict[str, Any],
    capture: int,
) -> UploadedFile | None:
    """Register a camera or microphone widget; `capture` is the picture height or the sample
    rate the browser is asked for (0: its own choice)."""
    label = str(label)
    check_width(width)
    value, _element, _changed = create_widget(
        kind,
        key=key,
        identity={"label": label, "help": help, "width": width, **extra},
        props={
            "label": label,
            "help": help,
            "label_visibility": label_visibility,
            "width": width,
            **extra,
            "capture": capture,
        },
        default=None,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        writes_allowed=False,
    )
    return value


def camera_input(
    label: str,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    resolution: str | None = None,
    width: Any = "stretch",
) -> UploadedFile | None:
    """Display the camera's live picture with a "Take Photo" button; return the photo.

    The photo is an `UploadedFile` holding a JPEG (``camera-input-<time>.jpg``,
    ``image/jpeg``), or None until the user takes one and after they clear it. `resolution`
    ("480p", "720p", "1080p") asks the camera for that picture height; the browser picks
    the nearest it supports. Taking or clearing a photo reruns the app after `on_change`.
    """
    height = check_resolution(resolution)
    return _media_widget(
        "camera_input", label, key, help, on_change, args, kwargs, disabled,
        label_visibility, width, {"resolution": resolution}, height,
    )  # fmt: skip


def audio_input(
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: Any = None,
    help: str | None = None,
    on_change: WidgetCallback | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> UploadedFile | None:
    """Display a microphone recorder; return the recording.

    The recording is an `UploadedFile` holding a WAV file (``<time>_audio.wav``,
    ``audio/wav``: 16-bit PCM, mono, at `sample_rate` Hz, or the device's rate for None),
    or None until the user records one and after they clear it. Stopping or clearing a
    recording reruns the app after `on_change`.
    """
    rate = check_sample_rate(sample_rate)
    # As Streamlit 1.67: no tooltip without a label.
    help = help if str(label) else None
    return _media_widget(
        "audio_input", label, key, help, on_change, args, kwargs, disabled,
        label_visibility, width, {"sample_rate": sample_rate}, rate,
    )  # fmt: skip
