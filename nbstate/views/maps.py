"""Views of maps (Streamlit's "deck_gl_json_chart" elements).

st.map is an ipyleaflet `Map` (a maintained widget whose frontend, jupyter-leaflet, comes
prebuilt for JupyterLab 4, Notebook 7 and Voila) with one `GeoJSON` layer holding every point:
one layer of circle markers, however many points, instead of a widget per point. st.pydeck_chart
is deck.gl's own page (pydeck's HTML template) in an iframe.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

import ipywidgets as W

from ..api.map_data import MIN_RADIUS_PIXELS
from ..tree import Element
from .base import View
from .registry import shows

#: Streamlit's primary colour (the default `theme.primaryColor`), and how opaque the default
#: circles are (Streamlit draws them partly transparent so overlapping points show).
_PRIMARY = "#ff4b4b"
_DEFAULT_OPACITY = 0.6
#: Meters per pixel at the equator at zoom 0 (256-pixel tiles, Web Mercator).
_METERS_PER_PIXEL = 156543.03392


def _length(size: Any, stretch: str) -> str:
    return f"{size}px" if type(size) is int else stretch


def radius_pixels(meters: float, latitude: float, zoom: float) -> float:
    """A radius in meters as pixels at `zoom` near `latitude` (at least Streamlit's 3)."""
    per_pixel = _METERS_PER_PIXEL * math.cos(math.radians(latitude)) / 2**zoom
    return max(float(MIN_RADIUS_PIXELS), meters / per_pixel if per_pixel > 0 else 0.0)


def _fill(color: Any, primary: str) -> dict[str, Any]:
    if color is None:
        return {"fillColor": primary, "fillOpacity": _DEFAULT_OPACITY}
    r, g, b, a = color
    return {"fillColor": f"#{r:02x}{g:02x}{b:02x}", "fillOpacity": round(a / 255, 3)}


def point_features(props: dict[str, Any], primary: str = _PRIMARY) -> dict[str, Any]:
    """st.map's points as a GeoJSON FeatureCollection, each with its Leaflet style (fill colour
    and opacity, radius in pixels at the map's initial zoom)."""
    view = props["view"]
    colors, sizes = props["colors"], props["sizes"]
    lats, lons = props["latitude"], props["longitude"]
    many = isinstance(colors, list)
    fills = [_fill(c, primary) for c in colors] if many else [_fill(colors, primary)]
    features = []
    for i in range(len(lats)):
        lat = lats[i]
        meters = sizes[i] if isinstance(sizes, list) else sizes
        radius = round(radius_pixels(meters, lat, view["zoom"]), 2)
        style = {**fills[i if many else 0], "radius": radius}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lons[i], lat]},
                "properties": {"style": style},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _primary() -> str:
    from ..options import get_option

    return str(get_option("theme.primaryColor") or _PRIMARY)


class LeafletMap:
    """The parts of st.map's widget: the `Map` and its layer of points."""

    def __init__(self) -> None:
        import ipyleaflet as L

        self.points = L.GeoJSON(data={}, point_style={"radius": 3, "weight": 0, "stroke": False})
        self.map = L.Map(
            center=(0.0, 0.0),
            zoom=1,
            scroll_wheel_zoom=True,
            _dom_classes=("nbstate-element", "nbstate-map"),
        )
        self.map.add(self.points)
        self.map.layout = W.Layout(width="100%", height="500px")


@shows("deck_gl_json_chart")
class MapView(View):
    """st.map (ipyleaflet) or st.pydeck_chart (deck.gl in an iframe), by the element's
    ``renderer``: the widget is kept across runs, and only what changed is sent."""

    compare_with_shown = True

    @staticmethod
    def variant_of(element: Element) -> Any:
        return element.props.get("renderer")

    def accepts_custom(self, content: Any) -> bool:
        """The map's own events (jupyter-leaflet reports every mouse move and click on the map
        as an "interaction"): ipyleaflet handles them; they change nothing in the app."""
        return isinstance(content, dict) and content.get("event") == "interaction"

    def build(self, element: Element) -> W.Widget:
        if self.variant == "leaflet":
            self.leaflet = LeafletMap()
            return self.leaflet.map
        return W.HTML(_dom_classes=("nbstate-element", "nbstate-pydeck"))

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        if self.variant == "leaflet":
            view = props["view"]
            return {"center": (view["latitude"], view["longitude"]), "zoom": view["zoom"]}
        title = f' title="{escape(props["alt"])}"' if props.get("alt") else ""
        frame = (
            f'<iframe srcdoc="{escape(props["html"])}"{title} style="border:none;'
            f'width:100%;height:{_length(props["height"], "500px")}"></iframe>'
        )
        return {"value": frame}

    def show(self, element: Element) -> None:
        props = element.props
        old = self.props
        layout = self.widget.layout
        layout.width = _length(props["width"], "100%")
        layout.max_width = "100%"
        layout.height = _length(props["height"], "500px")
        if self.variant == "leaflet" and (
            old is None
            or any(old.get(n) != props[n] for n in ("latitude", "longitude", "colors", "sizes"))
            or old["view"]["zoom"] != props["view"]["zoom"]
        ):
            self.leaflet.points.data = point_features(props, _primary())
        super().show(element)
