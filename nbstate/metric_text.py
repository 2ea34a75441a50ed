"""What st.metric's `format` and `chart_data` show: a formatted number, an inline sparkline.

Leaf module (no nbstate imports). Streamlit applies both in the browser; nbstate applies them
when it writes the metric's HTML, so the element keeps the value as given.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

_PRINTF = re.compile(r"^(.*?)%([,+\- 0#]*)(\d*)(?:\.(\d+))?([diufeEgGs])(.*)$", re.S)
_NUMBER = re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$")


def _fixed(x: float, places: int, group: str = ",") -> str:
    """`x` rounded half away from zero (as JavaScript's Intl) to `places` decimals."""
    exact = Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format(exact, f"{group}.{places}f")


def _trimmed(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(x: float, units: tuple[str, ...], places: int, sig2: bool) -> str:
    index = 0
    while abs(x) >= 1000 and index < len(units) - 1:
        x /= 1000
        index += 1
    if sig2 and abs(x) < 1:
        text = f"{x:.2g}"
    else:
        text = _trimmed(_fixed(x, places if not sig2 or abs(x) < 10 else 0, ""))
    return text + units[index]


def _exponent(x: float, step: int) -> str:
    exponent = 0 if x == 0 else step * math.floor(math.log10(abs(x)) / step)
    return _trimmed(_fixed(x / 10**exponent, 3, "")) + f"E{exponent}"


def _named(x: float, fmt: str) -> str | None:
    """`x` in one of Streamlit's named formats as Intl.NumberFormat("en-US") shows it."""
    if fmt == "plain":
        return _trimmed(format(Decimal(repr(x)), "f"))
    if fmt == "localized":
        return _trimmed(_fixed(x, 3))
    money = {"dollar": ("$", 2), "euro": ("€", 2), "yen": ("¥", 0)}
    if fmt in money:
        sign, places = money[fmt]
        return ("-" if x < 0 else "") + sign + _fixed(abs(x), places)
    if fmt == "percent":
        return _trimmed(_fixed(x * 100, 2)) + "%"
    if fmt == "accounting":
        return f"({_fixed(-x, 2)})" if x < 0 else _fixed(x, 2)
    if fmt == "bytes":
        return _scaled(x, ("B", "KB", "MB", "GB", "TB", "PB"), 1, sig2=False)
    if fmt == "compact":
        return _scaled(x, ("", "K", "M", "B", "T"), 1, sig2=True)
    if fmt in ("scientific", "engineering"):
        return _exponent(x, 1 if fmt == "scientific" else 3)
    return None


def format_number(text: str, fmt: str | None) -> str:
    """`text` shown with Streamlit's number `fmt` ("dollar", "compact", "%.2f", "%,d"...);
    unchanged when there is no format or `text` is not a number."""
    if not fmt or not _NUMBER.match(text):
        return text
    x = float(text)
    named = _named(x, fmt)
    if named is not None:
        return named
    match = _PRINTF.match(fmt)
    if match is None:
        return text
    prefix, flags, width, places, kind, suffix = match.groups()
    align = "<" if "-" in flags else ""
    fill = "0" if "0" in flags and not align else ""
    sign = "+" if "+" in flags else (" " if " " in flags else "")
    group = "," if "," in flags else ""
    precision = f".{places}" if places is not None and kind not in "diu" else ""
    spec = f"{align}{sign}{fill}{width}{group}{precision}{'d' if kind in 'diu' else kind}"
    value: float | int = int(x) if kind in "diu" else x
    shown = str(value) if kind == "s" else format(value, spec)
    return f"{prefix.replace('%%', '%')}{shown}{suffix.replace('%%', '%')}"


def sparkline_svg(values: tuple[float, ...], chart_type: str, color: str) -> str:
    """An inline SVG of `values` as a small line, area or bar chart ("" for no values)."""
    if not values:
        return ""
    width, height = 200.0, 40.0
    low, high = min(min(values), 0.0 if chart_type == "bar" else min(values)), max(values)
    span = (high - low) or 1.0

    def y(v: float) -> float:
        return round(height - (v - low) / span * height, 2)

    if chart_type == "bar":
        step = width / len(values)
        shapes = "".join(
            f'<rect x="{round(i * step + step * 0.1, 2)}" y="{min(y(v), y(0))}" '
            f'width="{round(step * 0.8, 2)}" height="{abs(y(0) - y(v)) or 1}"/>'
            for i, v in enumerate(values)
        )
        body = f'<g fill="{color}">{shapes}</g>'
    else:
        step = width / max(len(values) - 1, 1)
        points = " ".join(f"{round(i * step, 2)},{y(v)}" for i, v in enumerate(values))
        body = f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{points}"/>'
        if chart_type == "area":
            last = round((len(values) - 1) * step, 2)
            body = (
                f'<polygon fill="{color}" fill-opacity="0.2" '
                f'points="0,{height} {points} {last},{height}"/>{body}'
            )
    return (
        f'<svg class="nbstate-sparkline" role="img" aria-label="{chart_type} chart" '
        f'viewBox="0 0 {width:g} {height:g}" preserveAspectRatio="none" '
        f'style="width:100%;height:40px;display:block">{body}</svg>'
    )
