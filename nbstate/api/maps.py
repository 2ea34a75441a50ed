"""Maps: st.map (points on a map, drawn by ipyleaflet) and st.pydeck_chart (a pydeck Deck,
drawn by deck.gl in a frame), with Streamlit 1.67's parameters and checks.

Both are Streamlit's element type "deck_gl_json_chart" (as its AppTest lists them).
"""

from __future__ import annotations

import weakref
from typing import Any

from ..errors import NbStateAPIException, NbStateInvalidParameterTypeError, NbStateValueError
from ..layout import add_element
from ..tree import Element
from .chart_extras import normalize_alt
from .chart_selection import selecting_chart
from .dataframe import ReadOnlyAttributeDict, check_on_select
from .map_data import map_points
from .sizes import check_height, check_width

#: Streamlit's element type for both, and the selection modes of st.pydeck_chart.
KIND = "deck_gl_json_chart"
SELECTION_MODES = ("multi-object", "single-object")
#: A Deck without layers: Streamlit's empty map.
_EMPTY_DECK = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}


class PydeckSelectionState(ReadOnlyAttributeDict):
    """A pydeck selection: ``indices`` and ``objects``, each by layer id."""


class PydeckState(ReadOnlyAttributeDict):
    """What a selecting st.pydeck_chart returns: ``{"selection": PydeckSelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, PydeckSelectionState):
            item = PydeckSelectionState(item)
        return item


def pydeck_state() -> PydeckState:
    """The state of a selecting st.pydeck_chart with nothing selected."""
    return PydeckState({"selection": PydeckSelectionState({"indices": {}, "objects": {}})})


def _sizes(width: Any, height: Any, use_container_width: Any) -> tuple[Any, Any]:
    if use_container_width:  # deprecated in Streamlit: True means width="stretch"
        width = "stretch"
    return check_width(width), check_height(height)


def _leaflet_missing() -> NbStateAPIException | None:
    try:
        import ipyleaflet  # noqa: F401
        import pandas  # noqa: F401
    except ImportError:
        return NbStateAPIException(
            "st.map draws with ipyleaflet and pandas, which are not installed: "
            "pip install 'nbstate[maps]'."
        )
    return None


def map(
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    width: Any = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """Show points on a map (drawn by ipyleaflet on OpenStreetMap's tiles).

    The latitude and longitude come from the columns `latitude` and `longitude` name, or
    else from columns named lat/latitude/LAT/LATITUDE and lon/longitude/LON/LONGITUDE. Each
    point is a circle: `color` is a colour (hex or 3/4 numbers) or a column of colours, `size`
    its radius in meters or a column of radii. The map is centred on the points and zoomed
    to fit them unless `zoom` is given. Returns the element's handle.
    """
    width, height = _sizes(width, height, use_container_width)
    missing = _leaflet_missing()
    if missing is not None:
        raise missing
    if size is not None and not isinstance(size, str):
        if isinstance(size, bool) or not isinstance(size, (int, float)):
            raise NbStateValueError(
                f"st.map got size={size!r}; give a radius in meters (a number) or the name "
                "of a column of radii."
            )
    if zoom is not None and (isinstance(zoom, bool) or not isinstance(zoom, (int, float))):
        raise NbStateValueError(f"st.map got zoom={zoom!r}; give a zoom level from 0 to 20.")
    points = map_points(data, latitude, longitude, color, size, zoom)
    if isinstance(points["sizes"], str):
        raise NbStateValueError(
            f"st.map got size={size!r}, which is not a column of the data; give a radius in "
            "meters (a number) or the name of a column of radii."
        )
    props = {"renderer": "leaflet", **points, "width": width, "height": height,
             "alt": normalize_alt(alt)}  # fmt: skip
    return add_element(Element(KIND, props))


def _deck_json(pydeck_obj: Any) -> str:
    """The Deck's JSON spec (pandas frames in layers as records, as pydeck 0.9 needs under
    pandas 3)."""
    import json

    if pydeck_obj is None:
        return json.dumps(_EMPTY_DECK)
    if not callable(getattr(pydeck_obj, "to_json", None)):
        raise NbStateAPIException(
            f"st.pydeck_chart got a {type(pydeck_obj).__name__}; give a pydeck.Deck "
            "(pip install pydeck) or None for an empty map."
        )
    for layer in getattr(pydeck_obj, "layers", None) or ():
        data = getattr(layer, "data", None)
        if isinstance(data, weakref.ref):  # pydeck keeps a weak reference to a frame
            data = data()
        if data is not None and type(data).__name__ == "DataFrame":
            layer.data = data.to_dict(orient="records")
    text: str = pydeck_obj.to_json()
    return text


def _deck_html(spec: str, pydeck_obj: Any) -> str:
    """The page that draws `spec` with deck.gl (loaded from the jsDelivr CDN by pydeck's
    template; the base map's tiles come from CARTO or Mapbox)."""
    from pydeck.io.html import deck_to_html

    tooltip = getattr(pydeck_obj, "_tooltip", True) if pydeck_obj is not None else True
    html: str = deck_to_html(
        spec,
        mapbox_key=getattr(pydeck_obj, "mapbox_key", None),
        google_maps_key=getattr(pydeck_obj, "google_maps_key", None),
        notebook_display=False,
        as_string=True,
        tooltip=tooltip,
    )
    return html


def _check_selection_mode(selection_mode: Any) -> str:
    if not isinstance(selection_mode, str):
        raise NbStateInvalidParameterTypeError(
            "Invalid `selection_mode` type. Expected one of: str. Provided type: "
            f"{type(selection_mode).__name__}. Selection mode must be a single value."
        )
    if selection_mode not in SELECTION_MODES:
        raise NbStateValueError(
            "Invalid `selection_mode` value. Supported values: "
            + ", ".join(f"'{m}'" for m in SELECTION_MODES)
            + "."
        )
    return selection_mode


def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: str | None = None,
) -> Any:
    """Show a pydeck `Deck` as deck.gl draws it, in a frame (deck.gl's script comes from the
    jsDelivr CDN, as pydeck's own notebook display loads it).

    With ``on_select="rerun"`` or a callback the chart is a widget whose value is Streamlit's
    selection state (``event.selection.indices`` / ``.objects``); the frame does not report
    clicks, so the selection stays empty (docs/parameters-without-effect.md).
    """
    width, height = _sizes(width, height, use_container_width)
    selecting = check_on_select(on_select)
    try:
        import pydeck  # noqa: F401
    except ImportError:
        raise NbStateAPIException(
            "st.pydeck_chart needs pydeck: pip install 'nbstate[maps]'."
        ) from None
    spec = _deck_json(pydeck_obj)
    text = normalize_alt(alt)
    props = {"renderer": "deck", "spec": spec, "html": _deck_html(spec, pydeck_obj),
             "width": width, "height": height, "alt": text}  # fmt: skip
    if not selecting:
        return add_element(Element(KIND, props))
    mode = _check_selection_mode(selection_mode)
    identity: dict[str, Any] = {"selection_mode": mode}
    if key is None:
        identity.update(spec=spec, alt=text, use_container_width=use_container_width)
    props["selection_mode"] = mode
    return selecting_chart(KIND, key, identity, props, pydeck_state(), on_select)
