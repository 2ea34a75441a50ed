"""st.link_button: a link that looks like a button and opens its URL in a new tab."""

from __future__ import annotations

import html
from typing import Any

from ..errors import NbStateValueError
from ..layout import ElementHandle, add_element
from ..tree import Element
from .button_options import check_icon_position, normalize_shortcut
from .sizes import check_width
from .widget import WidgetCallback, place_widget, to_key, widget_spec

_STYLES = {
    "primary": "background:#ff4b4b;color:white;",
    "secondary": "",
    "tertiary": "background:none;border:none;",
}


def link_button(
    label: str,
    url: str,
    *,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    wrap: bool | None = None,
    key: Any = None,
    on_click: WidgetCallback | str | None = "ignore",
    args: Any = None,
    kwargs: Any = None,
    shortcut: str | None = None,
    **_ignored: Any,
) -> ElementHandle | bool:
    """Display a button-styled link that opens `url` in a new tab.

    `type` ("primary", "secondary", "tertiary") sets its look, `icon` goes left or right of
    the label (`icon_position`), and a `disabled` link cannot be followed. With `on_click`
    "rerun" (or None) or a callback (called with `args`/`kwargs`), a click also reruns the
    app and the link returns True in that run, False otherwise, as st.button does; with
    "ignore" (the default) it returns the element. `key` is then its widget key; `shortcut`
    is checked as in Streamlit but not bound in a notebook.
    """
    if not (on_click is None or callable(on_click) or on_click in ("rerun", "ignore")):
        raise NbStateValueError(
            "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."
        )
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
    if type not in _STYLES:
        raise NbStateValueError(
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    icon_position = check_icon_position(icon_position)
    check_width(width, allow_content=True)
    text = html.escape(str(label))
    if icon and not icon.startswith(":material/"):  # (no Material icon font here)
        text = (
            f"{text} {html.escape(icon)}"
            if icon_position == "right"
            else f"{html.escape(icon)} {text}"
        )
    style = (
        f"display:inline-block;line-height:2em;padding:0 1em;text-decoration:none;{_STYLES[type]}"
    )
    if use_container_width or width == "stretch":
        style += "width:100%;text-align:center;"
    elif isinstance(width, int) and not isinstance(width, bool):
        style += f"width:{width}px;text-align:center;"
    link = f'href="{html.escape(url)}" target="_blank" rel="noopener"'
    if disabled:
        link = 'aria-disabled="true"'
        style += "opacity:0.5;pointer-events:none;"
    markup = (
        f'<a class="jupyter-button widget-button" style="{style}" {link} '
        f'title="{html.escape(help or "")}">{text}</a>'
    )
    props = {
        "label": str(label),
        "url": str(url),
        "help": help,
        "type": type,
        "icon": icon,
        "icon_position": icon_position,
        "disabled": bool(disabled),
        "html": markup,
        "shortcut": shortcut,
    }
    if on_click == "ignore":
        return add_element(Element("link_button", props, key=to_key(key)))
    spec = widget_spec(
        "link_button_trigger",
        key=key,
        identity={**props, "width": width},
        props=props,
        default=False,
        trigger=True,
        writes_allowed=False,
    )
    value, _element, _changed = place_widget(spec, on_click, args, kwargs, bool(disabled))
    return bool(value)
