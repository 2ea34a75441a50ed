"""The playback options of st.audio and st.video (Streamlit 1.67), as HTML5 media attributes.

`end_time` and `start_time` become a media fragment (``#t=start,end``), `loop`, `autoplay`
and `muted` attributes, `alt` the player's accessible name, `width` its CSS width. A numpy
array of samples becomes a 16-bit WAV file at `sample_rate`; `subtitles` become ``<track>``
elements.
"""

from __future__ import annotations

import base64
import html
import io
import os
import wave
from typing import Any

from ..errors import NbStateAPIException
from .sizes import check_width


def is_numpy_array(data: Any) -> bool:
    """True for a numpy array (without importing numpy)."""
    return type(data).__module__ == "numpy" and type(data).__name__ == "ndarray"


def wav_bytes(samples: Any, sample_rate: int) -> bytes:
    """A 16-bit PCM WAV file of `samples`: 1-D (mono) or 2-D (one row per channel), scaled
    so that the loudest sample is full scale."""
    import numpy as np

    data = np.array(samples, dtype=float)
    if data.ndim == 1:
        channels = 1
    elif data.ndim == 2:
        channels = data.shape[0]
        data = data.T.ravel()  # WAV interleaves the channels' samples
    else:
        raise NbStateAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = np.max(np.abs(data)) if data.size else 0
    pcm = (data / peak * 32767 if peak else data).astype(np.int16)
    with io.BytesIO() as buffer:
        with wave.open(buffer, "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(2)
            out.setframerate(int(sample_rate))
            out.writeframes(pcm.tobytes())
        return buffer.getvalue()


def time_fragment(start_time: Any, end_time: Any) -> str:
    """The media fragment that plays from `start_time` to `end_time` (seconds)."""
    start = int(start_time or 0)
    return f"#t={start}" if end_time is None else f"#t={start},{int(end_time)}"


def player_attributes(loop: bool, autoplay: bool, alt: Any, width: Any, muted: bool = False) -> str:
    """The attributes of an ``<audio>``/``<video>`` tag for these options."""
    check_width(width)
    parts = ["controls"]
    parts += [name for name, on in (("loop", loop), ("autoplay", autoplay), ("muted", muted)) if on]
    if alt:
        parts.append(f'aria-label="{html.escape(str(alt))}"')
    css = f"width:{width}px;max-width:100%" if type(width) is int else "max-width:100%"
    parts.append(f'style="{css}"')
    return " ".join(parts)


def _vtt(text: str) -> str:
    """Subtitles as WebVTT text (SRT's comma decimal separators become dots)."""
    if text.lstrip().startswith("WEBVTT"):
        return text
    lines = [line.replace(",", ".") if "-->" in line else line for line in text.splitlines()]
    return "WEBVTT\n\n" + "\n".join(lines)


def _subtitle_text(source: Any) -> str:
    if isinstance(source, bytes):
        return source.decode()
    read = getattr(source, "read", None)
    if callable(read):
        content = read()
        return content.decode() if isinstance(content, bytes) else str(content)
    text = str(source)
    if os.path.isfile(text):
        with open(text, encoding="utf-8") as file:
            return file.read()
    return text


def subtitle_tracks(subtitles: Any) -> str:
    """``<track>`` elements for `subtitles`: one source (path, text, bytes, file) or a dict
    of label -> source; the first one is shown by default."""
    if subtitles is None:
        return ""
    items = subtitles.items() if isinstance(subtitles, dict) else [("default", subtitles)]
    tracks = []
    for index, (label, source) in enumerate(items):
        data = base64.b64encode(_vtt(_subtitle_text(source)).encode()).decode()
        default = " default" if index == 0 else ""
        tracks.append(
            f'<track kind="captions" label="{html.escape(str(label))}"'
            f' src="data:text/vtt;base64,{data}"{default}>'
        )
    return "".join(tracks)
