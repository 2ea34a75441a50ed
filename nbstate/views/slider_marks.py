"""What a slider shows besides its track: the texts of its bounds, for the page to draw.

Streamlit writes a slider's min and max under the ends of its track. The texts come from the
kernel (the bounds as the slider formats its value, or a select_slider's first and last
option); they travel as two CSS classes, ``nbstate-min-<text>`` and ``nbstate-max-<text>``
(the text percent-encoded, so a class stays one token), which the stylesheet's script turns
into the attributes that its CSS draws.
"""

from __future__ import annotations

from urllib.parse import quote

import ipywidgets as W

MIN_PREFIX = "nbstate-min-"
MAX_PREFIX = "nbstate-max-"
#: The class of a slider whose positions are options (select_slider, dates and times): the
#: text above its thumb is the readout's (the option's label), not the thumb's number.
LABELLED = "nbstate-labelled-slider"


def bounds_classes(
    widget: W.Widget, low: str, high: str, *, labelled: bool = False
) -> tuple[str, ...]:
    """`widget`'s DOM classes with the bound texts `low` and `high` (replacing earlier ones)."""
    kept = tuple(
        c for c in widget._dom_classes if not c.startswith((MIN_PREFIX, MAX_PREFIX, LABELLED))
    )
    marks = (MIN_PREFIX + quote(low, safe=""), MAX_PREFIX + quote(high, safe=""))
    return (*kept, *marks, *((LABELLED,) if labelled else ()))


def number_text(value: float, readout_format: str) -> str:
    """`value` as the slider's readout writes it (ipywidgets' format spec, e.g. ``d``)."""
    try:
        return format(value, readout_format)
    except (ValueError, TypeError):
        return str(value)
