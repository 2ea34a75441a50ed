"""`st.components.v1`: `html`, `iframe` and `declare_component` (Streamlit 1.67's custom
components, version 1)."""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path
from typing import Any

from .. import options
from ..component_files import ComponentBuild, component_build
from ..errors import NbStateAPIException, NbStateInvalidParameterTypeError, NbStateValueError
from ..layout import ElementHandle, add_element
from ..tree import Element
from .widget import create_widget

#: Streamlit's light and dark themes, sent to a component where `[theme]` sets no colour.
_THEMES = {
    "light": {
        "primaryColor": "#ff4b4b",
        "backgroundColor": "#ffffff",
        "secondaryBackgroundColor": "#f0f2f6",
        "textColor": "#31333F",
        "font": '"Source Sans", sans-serif',
    },
    "dark": {
        "primaryColor": "#ff4b4b",
        "backgroundColor": "#0e1117",
        "secondaryBackgroundColor": "#262730",
        "textColor": "#fafafa",
        "font": '"Source Sans", sans-serif',
    },
}

#: Modules whose objects are data frames to Streamlit (sent as Arrow tables).
_FRAME_MODULES = ("pandas", "numpy", "pyarrow", "polars", "dask", "modin", "xarray", "pyspark")


def check_tab_index(tab_index: Any) -> None:
    """Streamlit's errors for a `tab_index` that is not None, -1 or a non-negative int."""
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise NbStateInvalidParameterTypeError(
            f"Invalid `tab_index` type. Expected one of: int. Provided type: "
            f"{type(tab_index).__name__}."
        )
    if tab_index < -1:
        raise NbStateValueError(
            "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."
        )


def _check_pixels(function: str, name: str, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        default = "the app's width" if name == "width" else "150 pixels"
        raise NbStateValueError(
            f"st.components.v1.{function} got {name}={value!r}; give a number of pixels (an "
            f"int, 0 or more) or None (the default: {default})."
        )


def _frame(
    function: str,
    src: str | None,
    srcdoc: str | None,
    width: Any,
    height: Any,
    scrolling: Any,
    tab_index: Any,
) -> ElementHandle:
    _check_pixels(function, "width", width)
    _check_pixels(function, "height", height)
    check_tab_index(tab_index)
    props = {
        "src": src,
        "srcdoc": srcdoc,
        "width": "stretch" if width is None else width,
        "height": 150 if height is None else height,
        "scrolling": bool(scrolling),
        "tab_index": tab_index,
        "alt": None,
        "sandboxed": True,
    }
    return add_element(Element("iframe", props))


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> ElementHandle:
    """Show an HTML string (scripts run) in a sandboxed iframe, `height` pixels high (150
    by default) and as wide as the app unless `width` says otherwise."""
    if not isinstance(html, str):
        raise NbStateAPIException(
            f"st.components.v1.html got {type(html).__name__}; give the HTML as a string."
        )
    return _frame("html", None, html, width, height, scrolling, tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> ElementHandle:
    """Show the page at the URL `src` in a sandboxed iframe, sized as `html` sizes it."""
    if not isinstance(src, str):
        raise NbStateAPIException(
            f"st.components.v1.iframe got {type(src).__name__}; give the page's URL as a string."
        )
    return _frame("iframe", src, None, width, height, scrolling, tab_index)


def _is_frame(value: Any) -> bool:
    module = type(value).__module__.split(".", 1)[0]
    return module in _FRAME_MODULES and hasattr(value, "shape") and hasattr(value, "__len__")


def _theme() -> dict[str, str]:
    """The theme a component's render message carries: `[theme]`'s options over Streamlit's."""
    base = "dark" if options.get_option("theme.base") == "dark" else "light"
    theme = {"base": base}
    for name, default in _THEMES[base].items():
        theme[name] = str(options.get_option(f"theme.{name}") or default)
    return theme


class CustomComponent:
    """A custom component declared with `declare_component`: call it to show an instance."""

    def __init__(
        self, name: str, path: str | None = None, url: str | None = None, module_name: str = ""
    ) -> None:
        if not path and not url:
            raise NbStateAPIException(
                "Either 'path' or 'url' must be set: give declare_component the directory of "
                "the component's build (path=) or the URL of its development server (url=)."
            )
        self.name = name
        self.path = path
        self.url = url
        self.module_name = module_name

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show an instance of the component; return its value (`default` until it sets one)."""
        return self.create_instance(
            *args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs
        )

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show an instance of the component with `kwargs` as its arguments, as a widget:
        its value is in ``st.session_state[key]`` (None until the component sets one) and
        `on_change` is called before the rerun that a new value starts."""
        if args:
            raise NbStateAPIException(
                f"Argument '{args[0]}' needs a label: pass the component's arguments by name, "
                f"e.g. {self.name.rsplit('.', 1)[-1]}(value={args[0]!r})."
            )
        if on_change is not None and not callable(on_change):
            raise NbStateValueError(
                "Invalid `on_change` value. Supported values: a callback function."
            )
        check_tab_index(tab_index)
        json_args: dict[str, Any] = {}
        bytes_args: dict[str, bytes] = {}
        for name, value in dict(kwargs, default=default, key=key).items():
            if isinstance(value, (bytes, bytearray, memoryview)):
                bytes_args[name] = bytes(value)
            elif _is_frame(value):
                raise NbStateAPIException(
                    f"Custom component {self.name!r} got a {type(value).__name__} as argument "
                    f"{name!r}: nbstate does not send data frames to components (Streamlit "
                    "sends Arrow tables). Pass plain data (e.g. df.to_dict('records')), or "
                    "write an anywidget and show it with st.bind."
                )
            else:
                json_args[name] = value
        try:
            serialized = json.dumps(json_args)
        except (TypeError, ValueError) as error:
            raise NbStateAPIException(
                f"Could not convert component args to JSON ({error}): custom component "
                f"{self.name!r} takes JSON values (str, numbers, bools, None, lists, dicts) "
                "and bytes."
            ) from None
        build = ComponentBuild("", ()) if self.url else component_build(self.name, self.path or "")
        props = {
            "name": self.name,
            "url": self.url or "",
            "srcdoc": build.document,
            "assets": build.assets,
            "args": json.loads(serialized),
            "bytes_args": bytes_args,
            "theme": _theme(),
            "tab_index": tab_index,
        }
        identity = {"name": self.name, "url": self.url, "json_args": serialized}
        identity["bytes_args"] = repr(sorted(bytes_args.items()))
        value, _element, _changed = create_widget(
            "component_instance",
            key=key,
            identity=identity,
            props=props,
            default=None,
            on_change=on_change,
        )
        return default if value is None else value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            (self.name, self.path, self.url, self.module_name)
            == (other.name, other.path, other.url, other.module_name)
        )

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def __repr__(self) -> str:
        return (
            f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r}, "
            f"module_name={self.module_name!r})"
        )

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"


def _module_name(frame: Any) -> str:
    """The calling module's name; for the main script (a cell), its file's name."""
    name = frame.f_globals.get("__name__", "__main__") if frame is not None else "__main__"
    if name == "__main__" and frame is not None:
        name = os.path.splitext(os.path.basename(frame.f_code.co_filename))[0] or name
    return str(name)


def declare_component(
    name: str, path: str | Path | None = None, url: str | None = None
) -> CustomComponent:
    """Declare a custom component: its build directory (`path`, holding ``index.html``) or
    the URL of its development server (`url`, which wins when both are given). Returns a
    callable that shows an instance and returns its value."""
    frame = inspect.currentframe()
    module_name = _module_name(frame.f_back if frame is not None else None)
    return CustomComponent(
        f"{module_name}.{name}",
        path=str(path) if path is not None else None,
        url=url,
        module_name=module_name,
    )
