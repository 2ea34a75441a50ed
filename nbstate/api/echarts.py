"""``st.echarts_chart``: an Apache ECharts option drawn by the ipecharts widget (its
JavaScript comes with the wheel, as a prebuilt JupyterLab extension: no CDN, no build).

With ``on_select="rerun"`` or a callback the chart is a widget whose value is Streamlit's
`EChartsState`: ``{"selection": {"selected": [...], "areas": [...]}}``, from ECharts'
``selectchanged`` (series ``selectedMode``) and ``brushSelected`` (a ``brush``) events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from ..errors import NbStateValueError
from ..layout import add_element
from .chart_extras import normalize_alt
from .chart_selection import chart_element, register_chart_id, selecting_chart
from .dataframe import ReadOnlyAttributeDict, check_on_select
from .echarts_spec import enables_selection, normalize_spec
from .sizes import check_height, check_width

#: Streamlit's sizes of "content", which a raw ECharts option does not have.
CONTENT_WIDTH = 700
CONTENT_HEIGHT = 350
#: Streamlit's categorical palette, the series colours of ``theme="streamlit"``.
STREAMLIT_COLORS = (
    "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
    "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
)  # fmt: skip


class EChartsSelectionState(ReadOnlyAttributeDict):
    """An ECharts selection: ``selected`` (per series: ``series_index``, ``series_id``,
    ``series_name``, ``data_type``, ``data_indices``) and ``areas`` (the brush regions)."""


class EChartsState(ReadOnlyAttributeDict):
    """What a selecting st.echarts_chart returns: ``{"selection": EChartsSelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, EChartsSelectionState):
            item = EChartsSelectionState(item)
        return item


def echarts_state(selected: Iterable[Any] = (), areas: Iterable[Any] = ()) -> EChartsState:
    """An `EChartsState` of this selection (empty: nothing selected)."""
    selection = EChartsSelectionState({"selected": list(selected), "areas": list(areas)})
    return EChartsState({"selection": selection})


def import_ipecharts() -> Any:
    """The ipecharts module, or an error saying how to install it."""
    try:
        import ipecharts
    except ImportError as exc:
        raise ModuleNotFoundError(
            "st.echarts_chart draws with the ipecharts widget, which is not installed: "
            "`pip install nbstate[echarts]` (or `pip install 'ipecharts>=1.4'`), then restart "
            "the kernel and reload the page.",
            name="ipecharts",
        ) from exc
    return ipecharts


def _themed(option: dict[str, Any], theme: Any) -> dict[str, Any]:
    if theme == "streamlit" and "color" not in option:
        return {**option, "color": list(STREAMLIT_COLORS)}
    return option


def _with_alt(option: dict[str, Any], alt: str | None) -> dict[str, Any]:
    """`alt` as the chart's accessible description (ECharts' ``aria``), over the spec's."""
    if alt is None:
        return option
    aria = dict(option.get("aria") or {})
    label = dict(aria.get("label") or {})
    label["description"] = alt
    return {**option, "aria": {**aria, "enabled": True, "label": label}}


#: pyecharts' own default size, which Streamlit does not take as the chart's chosen size.
PYECHARTS_DEFAULTS = {"width": "900px", "height": "500px"}


def content_size(spec: Any, name: str, default: int) -> Any:
    """ "content" `name` (width or height): a pyecharts chart's own chosen size ("640px"
    pixels, "100%" stretch), else Streamlit's `default`."""
    value = getattr(spec, name, None)
    if isinstance(value, bool):
        return default
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else default
    if not isinstance(value, str) or value.strip() in ("", PYECHARTS_DEFAULTS[name]):
        return default
    text = value.strip()
    if text == "100%":
        return "stretch"
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", text)
    return int(float(match[1])) or default if match else default


def series_names(option: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(id, name) of each top-level series, by index: what a selection reports of them."""
    base = option.get("baseOption") if "series" not in option else option
    series = base.get("series") if isinstance(base, dict) else None
    series = [series] if isinstance(series, dict) else series if isinstance(series, list) else []
    return [(s.get("id"), s.get("name")) if isinstance(s, dict) else (None, None) for s in series]


def echarts_chart(
    spec: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    renderer: Any = "canvas",
    alt: str | None = None,
) -> Any:
    """Draw an Apache ECharts chart from its option (`spec`: a dict, JSON text or a
    pyecharts chart), as Streamlit 1.67 does.

    `width` is pixels, "stretch" or "content" (700 px); `height` pixels, "stretch" or
    "content" (350 px). ``theme="streamlit"`` colours the series with Streamlit's palette,
    None keeps ECharts' own. `renderer` is "canvas" or "svg"; `alt` the chart's accessible
    description. With ``on_select="rerun"`` or a callback, the user's selections (series with
    ``selectedMode``, a ``brush``) rerun the app and are returned as
    ``event.selection.selected`` / ``.areas``. Needs ``pip install nbstate[echarts]``.
    """
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise NbStateValueError("Invalid `theme` value. Supported values: 'streamlit', None.")
    if renderer not in ("canvas", "svg"):
        raise NbStateValueError("Invalid `renderer` value. Supported values: 'canvas', 'svg'.")
    selecting = check_on_select(on_select)
    option = normalize_spec(spec)
    text_alt = normalize_alt(alt)
    import_ipecharts()
    if selecting and not enables_selection(option):
        import logging

        logging.getLogger("nbstate").warning(
            "`st.echarts_chart` has selections activated through `on_select`, but the provided "
            "spec doesn't enable any: no series sets `selectedMode`, there is no `brush` "
            "component, and no `toolbox.feature.brush`. The chart will render, but it will "
            "never return a selection."
        )
    spec_text = json.dumps(option, sort_keys=True)
    identity = {
        "spec": spec_text,
        "theme": theme,
        "renderer": renderer,
        "width": width,
        "height": height,
        "is_selection_activated": selecting,
        "alt": text_alt,
    }
    props: dict[str, Any] = {
        "option": _with_alt(_themed(option, theme), text_alt),
        "spec": option,
        "width": content_size(spec, "width", CONTENT_WIDTH) if width == "content" else width,
        "height": content_size(spec, "height", CONTENT_HEIGHT) if height == "content" else height,
        "theme": theme,
        "renderer": renderer,
        "alt": text_alt,
        "selection_activated": selecting,
    }
    if not selecting:
        user_key = register_chart_id("echarts_chart", key, identity) if key is not None else None
        return add_element(chart_element("echarts_chart", props, user_key, None))
    props["series"] = series_names(option)
    return selecting_chart("echarts_chart", key, identity, props, echarts_state(), on_select)
