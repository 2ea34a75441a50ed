"""st.plotly_chart's figure: sized and configured as Streamlit 1.67 does, shown with Plotly's
own notebook renderer (the ``application/vnd.plotly.v1+json`` output JupyterLab, Notebook 7 and
Voilà draw), or as a selecting widget (see `chart_selection`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import NbStateAPIException
from ..layout import add_element
from .chart_selection import (
    chart_element,
    plotly_selection_modes,
    plotly_state,
    register_chart_id,
    selecting_chart,
)

#: Plotly.js's own size of a figure that sets none (Streamlit's "content" size).
_CONTENT_WIDTH, _CONTENT_HEIGHT = 700, 450


def _plotly() -> Any:
    try:
        import plotly.graph_objects as go
        import plotly.io
        import plotly.tools
    except ImportError:
        raise NbStateAPIException(
            "st.plotly_chart needs the optional package 'plotly': pip install plotly."
        ) from None
    return go, plotly.io, plotly.tools


def _own_size(layout: dict[str, Any], name: str, default: int) -> int:
    size = layout.get(name)
    return int(size) if isinstance(size, (int, float)) and size > 0 else default


@dataclass
class PlotlyFigure:
    """A figure as plain JSON (``data``, ``layout``) with the size and config to show it."""

    figure: dict[str, Any]
    config: dict[str, Any]
    width: Any
    height: Any
    alt: str | None

    def sized(self) -> dict[str, Any]:
        """The figure with its layout sized: pixels, or the figure's own size ("content"), or
        as wide as the output ("stretch", Plotly's autosize)."""
        layout = dict(self.figure.get("layout") or {})
        if type(self.width) is int:
            layout["width"] = self.width
        elif self.width == "content":
            layout["width"] = _own_size(layout, "width", _CONTENT_WIDTH)
        else:  # stretch
            layout.pop("width", None)
            layout["autosize"] = True
        if type(self.height) is int:
            layout["height"] = self.height
        else:
            layout["height"] = _own_size(layout, "height", _CONTENT_HEIGHT)
        return {**self.figure, "layout": layout}

    def show_config(self) -> dict[str, Any]:
        """Plotly's config: the app's, made responsive for a stretched figure."""
        if self.width == "stretch" and "responsive" not in self.config:
            return {**self.config, "responsive": True}
        return self.config

    def show(self, key: Any, on_select: Any, selection_mode: Any) -> Any:
        """Add the chart to the page. Without selections (`selection_mode` None), return its
        handle; with them, the selection state."""
        identity = {
            "plotly_spec": json.dumps(self.figure, sort_keys=True),
            "plotly_config": json.dumps(self.config, sort_keys=True, default=str),
            "selection_mode": repr(selection_mode),
            "is_selection_activated": selection_mode is not None,
            "width": self.width,
            "height": self.height,
            "alt": self.alt,
        }
        figure, config = self.sized(), self.show_config()
        if selection_mode is None:
            user_key = register_chart_id("plotly_chart", key, identity)
            bundle = {**figure, "config": config}
            output = {
                "output_type": "display_data",
                "data": {
                    "application/vnd.plotly.v1+json": bundle,
                    "text/plain": self.alt or "<Plotly chart>",
                },
                "metadata": {},
            }
            props: dict[str, Any] = {"outputs": (output,), "alt": self.alt}
            return add_element(chart_element("plotly_chart", props, user_key, figure))
        modes = plotly_selection_modes(selection_mode)
        selecting: dict[str, Any] = {"figure": figure, "config": config, "modes": modes}
        selecting["alt"] = self.alt
        return selecting_chart("plotly_chart", key, identity, selecting, plotly_state(), on_select)


def plotly_figure(
    figure_or_data: Any, width: Any, height: Any, config: Any, alt: str | None
) -> PlotlyFigure:
    """The figure of st.plotly_chart's `figure_or_data`: a Plotly figure, its data (a dict or
    a list of traces), or a Matplotlib figure (converted by Plotly, as Streamlit does)."""
    go, pio, tools = _plotly()
    if type(figure_or_data).__module__.startswith("matplotlib"):
        figure = tools.mpl_to_plotly(figure_or_data)
    else:
        figure = tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    plain = json.loads(pio.to_json(figure, validate=False))
    if config is not None and not isinstance(config, dict):
        raise NbStateAPIException(
            f"st.plotly_chart got config={config!r}; pass Plotly's config as a dict, e.g. "
            "config={'displayModeBar': False}."
        )
    return PlotlyFigure(plain, dict(config or {}), width, height, alt)
