"""Streamlit's ``[theme]`` options (``.streamlit/config.toml``) as CSS for the app areas.

Streamlit 1.67 reads ``[theme]`` (every mode), ``[theme.light]`` and ``[theme.dark]`` (one
mode each) and ``[theme.sidebar]`` (the sidebar); a script cannot set them
(``st.set_option`` raises, as in Streamlit). Here each option that has a counterpart in
``static/nbstate.css`` becomes a CSS variable on ``.nbstate-app``: the page's light or dark
theme picks ``[theme.light]`` or ``[theme.dark]``, and ``base = "light"`` / ``"dark"`` gives
the app that palette whatever the page's theme (painting the app's background, as Streamlit
paints its page). A value that could break out of its CSS declaration is left out, with a
warning in the log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from .streamlit_options import STREAMLIT_OPTIONS

log = logging.getLogger("nbstate")

#: Theme option -> the CSS variables of nbstate.css it sets.
VARIABLES: dict[str, tuple[str, ...]] = {
    "primaryColor": ("--nbstate-primary",),
    "backgroundColor": ("--nbstate-bg", "--nbstate-secondary-bg", "--nbstate-control-bg"),
    "secondaryBackgroundColor": ("--nbstate-field-bg", "--nbstate-sidebar-bg"),
    "textColor": ("--nbstate-text",),
    "borderColor": ("--nbstate-border",),
    "codeBackgroundColor": ("--nbstate-code-bg",),
    "font": ("--nbstate-font",),
    "codeFont": ("--nbstate-code-font",),
}
#: In ``[theme.sidebar]``, the sidebar's own background is its ``backgroundColor``.
SIDEBAR_VARIABLES = {**VARIABLES, "backgroundColor": ("--nbstate-sidebar-bg", "--nbstate-bg")}

_APP = ".nbstate-app.nbstate-app"  # twice: above the stylesheet's page-theme rules
_DARK_PAGE = 'body[data-jp-theme-light="false"]'
SCOPES = {
    "": f"body {_APP}",
    "light.": f'body:not([data-jp-theme-light="false"]) {_APP}',
    "dark.": f"{_DARK_PAGE} {_APP}",
}
#: Streamlit's page background of each base (nbstate.css otherwise keeps the page's own).
BASE_BACKGROUND = {"light": "rgb(255, 255, 255)", "dark": "rgb(23, 22, 20)"}

#: Streamlit's generic font names, as the stylesheet's font stacks.
GENERIC_FONTS = {
    "sans-serif": '"Source Sans Pro", "Source Sans 3", sans-serif',
    "sans serif": '"Source Sans Pro", "Source Sans 3", sans-serif',
    "serif": '"Source Serif Pro", "Source Serif 4", serif',
    "monospace": '"Source Code Pro", monospace',
}
_SAFE_COLOUR = re.compile(r"^[#\w\s(),.%/+-]+$")
_SAFE_FONT = re.compile(r"^[\w\s\"'.-]+$")


def css_colour(value: Any) -> str | None:
    """`value` as a CSS colour, or None when it is not a string that is safe in a declaration."""
    if isinstance(value, str) and _SAFE_COLOUR.match(value.strip()):
        return value.strip()
    return None


def css_font(value: Any) -> str | None:
    """A Streamlit ``font`` value (generic names, family names, ``"Name:url"``, comma
    separated fallbacks) as a CSS font-family list, or None when it is not safe."""
    if not isinstance(value, str) or not value.strip():
        return None
    families = []
    for part in value.split(","):
        name = part.strip().split(":", 1)[0].strip()  # "Nunito:https://..." -> Nunito
        if name.lower() in GENERIC_FONTS:
            families.append(GENERIC_FONTS[name.lower()])
        elif name and _SAFE_FONT.match(name):
            families.append('"' + name.strip("\"'") + '"')
        else:
            return None
    return ", ".join(families)


def _declarations(
    get: Callable[[str], Any], prefix: str, variables: dict[str, tuple[str, ...]]
) -> list[str]:
    found = []
    for option, names in variables.items():
        key = f"theme.{prefix}{option}"
        if key not in STREAMLIT_OPTIONS:  # e.g. no theme.sidebar.codeFont in Streamlit 1.67
            continue
        value = get(key)
        if value is None:
            continue
        shown = css_font(value) if option in ("font", "codeFont") else css_colour(value)
        if shown is None:
            log.warning("nbstate: ignored %s = %r: not a colour or font CSS can use", key, value)
            continue
        found += [f"{name}: {shown};" for name in names]
        if option == "primaryColor":  # Streamlit darkens its accent for hover
            found.append(f"--nbstate-primary-hover: color-mix(in srgb, {shown} 70%, black);")
    return found


def _palette(stylesheet: str, base: str) -> list[str]:
    """The custom properties nbstate.css gives the app in the `base` mode."""
    head = f"{_DARK_PAGE} .nbstate-app {{" if base == "dark" else "\n.nbstate-app {"
    start = stylesheet.index(head) + len(head)
    block = stylesheet[start : stylesheet.index("}", start)]
    declarations = (" ".join(part.split()) for part in block.split(";"))
    palette = [f"{d};" for d in declarations if d.startswith("--nbstate-")]
    return [*palette, f"--nbstate-bg: {BASE_BACKGROUND[base]};"]


def theme_css(get: Callable[[str], Any], stylesheet: str) -> str:
    """The CSS rules that apply the ``theme.*`` options `get` returns (empty when none is
    set); `stylesheet` is nbstate.css, whose palettes ``theme.base`` picks from."""
    rules = []
    base = get("theme.base")
    if base in BASE_BACKGROUND:
        body = "\n  ".join(_palette(stylesheet, base))
        rules.append(f"{SCOPES['']} {{\n  {body}\n  background-color: var(--nbstate-bg);\n}}")
    elif base is not None:
        log.warning(
            "nbstate: ignored theme.base = %r: only 'light' and 'dark' are supported here", base
        )
    for prefix, scope in SCOPES.items():
        found = _declarations(get, prefix, VARIABLES)
        if get(f"theme.{prefix}backgroundColor") is not None and found:
            found.append("background-color: var(--nbstate-bg);")
        if found:
            rules.append(f"{scope} {{\n  " + "\n  ".join(found) + "\n}")
        sidebar = _declarations(get, f"{prefix}sidebar.", SIDEBAR_VARIABLES)
        if sidebar:
            rules.append(f"{scope} .nbstate-sidebar {{\n  " + "\n  ".join(sidebar) + "\n}")
    return "\n".join(rules)
