"""Media: st.image, st.audio and st.video, embedded in the page as HTML."""

from __future__ import annotations

import base64
import html
import io
import mimetypes
import os
from typing import Any

from ..errors import NbStateAPIException
from ..layout import ElementHandle, add_element
from ..tree import Element
from .media_options import (
    is_numpy_array,
    player_attributes,
    subtitle_tracks,
    time_fragment,
    wav_bytes,
)


def _image_bytes(
    image: Any, output_format: str, clamp: bool = False, channels: str = "RGB"
) -> tuple[bytes, str]:
    """PNG/JPEG bytes and MIME type of a PIL image, a numpy array, or raw bytes."""
    if isinstance(image, (bytes, bytearray)):
        mime = "image/png" if bytes(image[:8]) == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
        if bytes(image[:5]) == b"<?xml" or bytes(image[:4]) == b"<svg":
            mime = "image/svg+xml"
        return bytes(image), mime
    if hasattr(image, "save"):  # PIL
        fmt = "JPEG" if output_format.upper() in ("JPEG", "JPG") else "PNG"
        buffer = io.BytesIO()
        image.save(buffer, format=fmt)
        return buffer.getvalue(), f"image/{fmt.lower()}"
    if type(image).__module__ == "numpy":
        try:
            from PIL import Image
        except ImportError:
            raise NbStateAPIException(
                "st.image of a numpy array needs Pillow: pip install pillow."
            ) from None
        pixels = _pixels(image, clamp, channels)
        return _image_bytes(Image.fromarray(pixels), output_format)
    read = getattr(image, "read", None)
    if callable(read):
        return _image_bytes(read(), output_format)
    raise NbStateAPIException(
        f"st.image cannot show an object of type {type(image).__name__}: give a URL, a file "
        "path, bytes, a PIL image or a numpy array."
    )


def _pixels(array: Any, clamp: bool, channels: str) -> Any:
    """A numpy image as 8-bit pixels, by Streamlit's rules.

    Floats are intensities in [0, 1] (scaled by 255), other numbers are in [0, 255]; a value
    outside the range is an error unless `clamp`, which cuts it to the range. The array is
    (height, width) or (height, width, 1, 3 or 4 channels); ``channels="BGR"`` swaps the
    colour order of a 3-channel array (as OpenCV's arrays have it).
    """
    import numpy as np

    if array.ndim not in (2, 3):
        raise NbStateAPIException(
            f"st.image got a numpy array of shape {array.shape}: give a 2D (height, width) or "
            "3D (height, width, channels) array, or a 4D array for a list of images."
        )
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise NbStateAPIException(
            f"Channel can only be 1, 3, or 4 got {array.shape[-1]}. Shape is {array.shape}"
        )
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if array.dtype.kind == "f":
        if clamp:
            array = np.clip(array, 0.0, 1.0)
        elif array.size and (array.min() < 0.0 or array.max() > 1.0):
            raise NbStateAPIException(
                "Data is outside [0.0, 1.0] and clamp is not set. Scale the floats to [0, 1] "
                "or pass clamp=True."
            )
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif array.size and (array.min() < 0 or array.max() > 255):
        raise NbStateAPIException(
            "Data is outside [0, 255] and clamp is not set. Scale the values to [0, 255] or "
            "pass clamp=True."
        )
    if channels.upper() == "BGR":
        if array.ndim != 3:
            raise NbStateAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    return array.astype(np.uint8)


def _image_list(image: Any) -> list[Any]:
    """The images of `image`: a list, tuple or set of them, a 4D numpy array, or one."""
    if isinstance(image, (list, tuple, set)):
        return list(image)
    if type(image).__module__ == "numpy" and getattr(image, "ndim", 0) == 4:
        return list(image)
    return [image]


def _captions(caption: Any, count: int) -> list[Any]:
    if caption is None:
        return [None] * count
    if isinstance(caption, list):
        captions = caption
    elif type(caption).__module__ == "numpy" and getattr(caption, "ndim", 0) == 1:
        captions = caption.tolist()
    else:
        captions = [caption]
    if len(captions) != count:
        raise NbStateAPIException(
            f"Cannot pair {len(captions)} captions with {count} images. Give one caption per "
            "image, or none."
        )
    return captions


def _source(
    data: Any,
    kind: str,
    fmt: str | None = None,
    output_format: str = "auto",
    clamp: bool = False,
    channels: str = "RGB",
) -> str:
    """A URL for the browser: the given URL, or the data inlined as a data: URL."""
    if isinstance(data, str):
        if data.startswith(("http://", "https://", "data:")):
            return data
        if os.path.isfile(data):
            mime = fmt or mimetypes.guess_type(data)[0] or "application/octet-stream"
            with open(data, "rb") as file:
                content = file.read()
            return f"data:{mime};base64,{base64.b64encode(content).decode()}"
        raise NbStateAPIException(f"st.{kind} got {data!r}: no such file, and not a URL.")
    if kind == "image":
        content, mime = _image_bytes(data, output_format, clamp, channels)
    else:
        read = getattr(data, "read", None)
        content = read() if callable(read) else bytes(data)
        mime = fmt or f"{kind}/{'wav' if kind == 'audio' else 'mp4'}"
    return f"data:{mime};base64,{base64.b64encode(content).decode()}"


def image(
    image: Any,
    caption: Any = None,
    width: int | str | None = None,
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool = False,
    link: str | None = None,
    use_column_width: Any = None,
    alt: Any = None,
) -> ElementHandle:
    """Display an image (or a list of images): a URL, a file path, bytes, a PIL image or a
    numpy array, with an optional caption; `link` makes it open a URL when clicked, `alt`
    describes it for screen readers (one text, or one per image)."""
    images = _image_list(image)
    captions = _captions(caption, len(images))
    alts = list(alt) if isinstance(alt, (list, tuple)) else [alt] * len(images)
    parts = []
    for index, (item, text) in enumerate(zip(images, captions, strict=False)):
        style = "max-width:100%"
        if isinstance(width, int):
            style += f";width:{width}px"
        elif use_container_width or use_column_width in (True, "always", "auto"):
            style += ";width:100%"
        src = _source(item, "image", output_format=output_format, clamp=clamp, channels=channels)
        description = alts[index] if index < len(alts) else None
        alt_attribute = f' alt="{html.escape(str(description))}"' if description else ""
        figure = f'<img src="{src}" style="{style}"{alt_attribute}>'
        if link:
            figure = f'<a href="{html.escape(link)}" target="_blank" rel="noopener">{figure}</a>'
        if text:
            figure += f'<figcaption style="font-size:0.85em;opacity:0.65">{html.escape(str(text))}</figcaption>'
        parts.append(
            f"<figure style='margin:0.2em 0.5em 0.2em 0;display:inline-block'>{figure}</figure>"
        )
    return add_element(Element("image", {"html": "".join(parts)}, data=image))


def audio(
    data: Any,
    format: str = "audio/wav",
    start_time: int = 0,
    *,
    sample_rate: int | None = None,
    end_time: int | None = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> ElementHandle:
    """Display an audio player for a URL, a file path, bytes, a file object or a numpy array
    of samples (then `sample_rate` is needed), playing from `start_time` to `end_time`."""
    if is_numpy_array(data):
        if sample_rate is None:
            raise NbStateAPIException(
                "The `sample_rate` parameter is required. Must be specified when `data` is a "
                "numpy array."
            )
        data = wav_bytes(data, sample_rate)
        format = "audio/wav"
    src = _source(data, "audio", format) + time_fragment(start_time, end_time)
    tag = f'<audio {player_attributes(loop, autoplay, alt, width)} src="{src}"></audio>'
    return add_element(Element("audio", {"html": tag}, data=data))


def video(
    data: Any,
    format: str = "video/mp4",
    start_time: int = 0,
    *,
    subtitles: Any = None,
    end_time: int | None = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> ElementHandle:
    """Display a video player for a URL, a file path, bytes or a file object, playing from
    `start_time` to `end_time`, with `subtitles` (a source, or a dict label -> source)."""
    src = _source(data, "video", format) + time_fragment(start_time, end_time)
    attributes = player_attributes(loop, autoplay, alt, width, muted)
    tag = f'<video {attributes} src="{src}">{subtitle_tracks(subtitles)}</video>'
    return add_element(Element("video", {"html": tag}, data=data))
