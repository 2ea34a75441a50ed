"""st.map and st.pydeck_chart: the data they read, their errors, and their widgets (an
ipyleaflet Map with one GeoJSON layer; deck.gl's page in an iframe), kept across reruns.

Tiles are not reachable in tests: these check the data and the widget, not what the tiles
draw. Streamlit's own behaviour (messages, returns) is compared by tests/differential/apps/maps.py.
"""

from __future__ import annotations

import sys

import ipyleaflet as L
import pandas as pd
import pytest
from ipywidgets.widgets.widget import _instances

from nbstate import options
from nbstate.api.map_data import map_points, rgba, zoom_for
from nbstate.errors import NbStateAPIException
from nbstate.testing import AppTest
from nbstate.views.maps import radius_pixels


def _views(at: AppTest) -> list:
    return list(at._app.renderer.main.children)


def _points(data, **kwargs):
    args = {"latitude": None, "longitude": None, "color": None, "size": None, "zoom": None}
    return map_points(data, **{**args, **kwargs})


@pytest.mark.parametrize("lat", ["lat", "latitude", "LAT", "LATITUDE"])
@pytest.mark.parametrize("lon", ["lon", "longitude", "LON", "LONGITUDE"])
def test_latitude_and_longitude_columns_are_found_by_their_usual_names(lat: str, lon: str) -> None:
    points = _points(pd.DataFrame({"other": [0, 0], lat: [1.0, 2.0], lon: [3.0, 5.0]}))
    assert points["latitude"] == [1.0, 2.0]
    assert points["longitude"] == [3.0, 5.0]


def test_named_columns_win_and_an_unknown_name_falls_back_as_in_streamlit() -> None:
    frame = pd.DataFrame({"lat": [0.0], "lon": [0.0], "y": [10.0], "x": [20.0]})
    assert _points(frame, latitude="y", longitude="x")["latitude"] == [10.0]
    assert _points(frame, latitude="nope")["latitude"] == [0.0]
    # a dict of columns is data too
    assert _points({"lat": [1.5], "lon": [2.5]})["longitude"] == [2.5]


def test_tables_with_to_pandas_and_missing_sizes() -> None:
    class Table:  # the protocol Polars and PyArrow tables share
        def to_pandas(self) -> pd.DataFrame:
            return pd.DataFrame({"lat": [1.0], "lon": [2.0]})

    assert _points(Table())["latitude"] == [1.0]
    frame = pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 4.0], "s": [50.0, None]})
    # a missing size is drawn at the least radius (never a NaN the browser's JSON refuses)
    assert _points(frame, size="s")["sizes"] == [50.0, 0.0]


def test_centre_and_zoom_fit_the_points_as_streamlit_computes_them() -> None:
    # Streamlit 1.67: initialViewState latitude 1.5, longitude 4.0, zoom 7 for these points
    view = _points(pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 5.0]}))["view"]
    assert view == {"latitude": 1.5, "longitude": 4.0, "zoom": 7}
    # (1, 3), (2, 4): zoom 8; a given zoom is kept
    assert _points(pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 4.0]}))["view"]["zoom"] == 8
    assert _points(pd.DataFrame({"lat": [1.0], "lon": [3.0]}), zoom=4)["view"]["zoom"] == 4
    assert zoom_for(0.0) == 12  # one point: Streamlit's default zoom
    assert zoom_for(300) == 0
    for empty in (None, pd.DataFrame(), pd.DataFrame({"lat": [], "lon": []})):
        assert _points(empty)["view"] == {"latitude": 0.0, "longitude": 0.0, "zoom": 1}
        assert _points(empty)["latitude"] == []


def test_colour_and_size_as_a_column_or_one_value() -> None:
    frame = pd.DataFrame(
        {"lat": [1.0, 2.0], "lon": [3.0, 4.0], "s": [10, 20], "c": ["#ff0000", "#00ff0080"]}
    )
    points = _points(frame, size="s", color="c")
    assert points["sizes"] == [10.0, 20.0]
    assert points["colors"] == [(255, 0, 0, 255), (0, 255, 0, 128)]
    one = _points(frame, size=42, color=(0.0, 0.5, 1.0))
    assert one["sizes"] == 42 and one["colors"] == (0, 127, 255, 255)
    assert _points(frame)["sizes"] == 100 and _points(frame)["colors"] is None
    assert _points(frame, color="primary")["colors"] is None  # the theme's colour
    lists = pd.DataFrame({"lat": [1.0], "lon": [3.0], "c": [[1, 2, 3, 4]]})
    assert _points(lists, color="c")["colors"] == [(1, 2, 3, 4)]


@pytest.mark.parametrize(
    ("color", "expected"),
    [
        ("#abc", (170, 187, 204, 255)),
        ("#abcd", (170, 187, 204, 221)),
        ("#00ff00", (0, 255, 0, 255)),
        ("#00ff0080", (0, 255, 0, 128)),
        ([300, -5, 7], (255, 0, 7, 255)),  # clipped, as Streamlit
        ((1.0, 0.5, 0, 0.2), (255, 127, 0, 51)),
    ],
)
def test_colours_in_streamlits_forms(color, expected) -> None:
    assert rgba(color) == expected


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.map(pd.DataFrame({'x': [1.0], 'lon': [3.0]}))",
            "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', "
            "'latitude'. Existing columns: 'x', 'lon'",
        ),
        (
            "st.map({'lat': [1.0]})",
            "Map data must contain a longitude column named: 'LON', 'LONGITUDE', 'lon', "
            "'longitude'. Existing columns: 'lat'",
        ),
        (
            "st.map(pd.DataFrame({'lat': [1.0, None], 'lon': [3.0, 4.0]}))",
            "Column lat is not allowed to contain null values, such as NaN, NaT, or None.",
        ),
        (
            "st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0], 'c': ['zz']}), color='c')",
            'Column "c" does not appear to contain valid colors.',
        ),
        ("st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0]}), color='red')", "valid color: 'red'"),
        (
            "st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0]}), color=(1, 2))",
            r"valid color: \(1, 2\)",
        ),
        ("st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0]}), width=0)", "Invalid width value: 0"),
        ("st.map(height='content')", "Invalid height value: 'content'"),
        ("st.map(size=[1])", r"size=\[1\]; give a radius in meters"),
        (
            "st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0]}), size='radius')",
            "size='radius', which is not a column",
        ),
        ("st.map(zoom='near')", "zoom='near'; give a zoom level"),
        (
            "st.map(pd.DataFrame({'lat': ['north'], 'lon': [3.0]}))",
            "Column lat holds latitudes that are not numbers, e.g. 'north'",
        ),
        ("st.pydeck_chart({'layers': []})", "got a dict; give a pydeck.Deck"),
        ("st.pydeck_chart(width='content')", "Invalid width value: 'content'"),
        ("st.pydeck_chart(on_select='yes')", "Invalid `on_select` value"),
        (
            "st.pydeck_chart(on_select='rerun', selection_mode=['single-object'])",
            "Expected one of: str. Provided type: list",
        ),
        (
            "st.pydeck_chart(on_select='rerun', selection_mode='box')",
            "Supported values: 'multi-object', 'single-object'",
        ),
        (
            "st.pydeck_chart(on_select='rerun')\nst.pydeck_chart(on_select='rerun')",
            "multiple `deck_gl_json_chart` elements with the same auto-generated ID",
        ),
    ],
)
def test_bad_input_gets_streamlits_error_or_a_clear_one(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st, pandas as pd\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)


def test_selection_mode_is_only_checked_with_selections_on_as_in_streamlit() -> None:
    at = AppTest.from_string("import nbstate as st\nst.pydeck_chart(selection_mode='x')").run()
    assert not at.exception


MAP_APP = """
import nbstate as st, pandas as pd
n = st.session_state.get("n", 2)
frame = pd.DataFrame({"lat": [1.0 + i / 10 for i in range(n)], "lon": [3.0] * n,
                      "c": ["#ff000080"] * n, "s": [1000.0] * n})
handle = st.map(frame, color="c", size="s", height=st.session_state.get("h", 500))
st.write(type(handle).__name__)
"""


def _map(at: AppTest) -> L.Map:
    (view,) = [v for v in _views(at) if isinstance(v.widget, L.Map)]
    return view.widget


def test_map_widget_has_one_layer_of_points_centred_and_zoomed() -> None:
    at = AppTest.from_string(MAP_APP).run()
    assert not at.exception
    assert at.markdown[0].value == "ElementHandle"  # Streamlit returns its DeltaGenerator
    (element,) = at.get("deck_gl_json_chart")
    assert element.type == "deck_gl_json_chart" and element.value is None  # as Streamlit's
    widget = _map(at)
    tiles, points = widget.layers
    assert isinstance(tiles, L.TileLayer) and isinstance(points, L.GeoJSON)
    assert widget.center == [1.05, 3.0] and widget.zoom == 11
    assert (widget.layout.width, widget.layout.height) == ("100%", "500px")
    assert "nbstate-map" in widget._dom_classes
    features = points.data["features"]
    assert [f["geometry"]["coordinates"] for f in features] == [[3.0, 1.0], [3.0, 1.1]]
    style = features[0]["properties"]["style"]
    assert style["fillColor"] == "#ff0000" and style["fillOpacity"] == pytest.approx(0.502)
    assert style["radius"] == pytest.approx(radius_pixels(1000.0, 1.0, 11), abs=0.01)


def test_radius_in_meters_becomes_pixels_at_the_zoom_with_streamlits_minimum() -> None:
    # 156543 m per pixel at zoom 0 on the equator; 1 km at zoom 10 is about 6.5 pixels
    assert radius_pixels(1000.0, 0.0, 10) == pytest.approx(6.54, abs=0.01)
    assert radius_pixels(1000.0, 60.0, 10) == pytest.approx(13.08, abs=0.02)
    assert radius_pixels(1.0, 0.0, 1) == 3.0


def _first_style(at: AppTest) -> dict:
    return _map(at).layers[1].data["features"][0]["properties"]["style"]


def test_default_points_use_the_theme_primary_colour_partly_transparent(
    tmp_path, monkeypatch
) -> None:
    app = "import nbstate as st\nst.map({'lat': [1.0], 'lon': [2.0]})"
    style = _first_style(AppTest.from_string(app).run())
    assert style["fillColor"] == "#ff4b4b" and 0 < style["fillOpacity"] < 1  # Streamlit's red
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#123456"\n')
    monkeypatch.chdir(tmp_path)
    options.reload_config_files()
    try:
        assert _first_style(AppTest.from_string(app).run())["fillColor"] == "#123456"
    finally:
        monkeypatch.undo()
        options.reload_config_files()


def test_rerun_keeps_the_map_widget_and_sends_only_what_changed() -> None:
    at = AppTest.from_string(MAP_APP).run()
    widget = _map(at)
    points = widget.layers[1]
    data = points.data
    models = len(_instances)
    at.run()
    assert _map(at) is widget and widget.layers[1] is points
    assert points.data is data  # the same points are not sent again
    assert len(_instances) == models
    at.session_state["n"] = 3
    at.session_state["h"] = 300
    at.run()
    assert _map(at) is widget and widget.layers[1] is points
    assert len(points.data["features"]) == 3
    assert widget.layout.height == "300px"
    assert len(_instances) == models


def test_the_users_pan_and_zoom_survive_a_rerun_that_keeps_the_view() -> None:
    at = AppTest.from_string(MAP_APP).run()
    widget = _map(at)
    pan = {"method": "update", "state": {"center": [40.0, -70.0], "zoom": 4}}
    widget.comm.handle_msg({"content": {"data": pan}})  # the page reports a pan and a zoom
    assert (list(widget.center), widget.zoom) == ([40.0, -70.0], 4)
    at.run()
    assert (list(widget.center), widget.zoom) == ([40.0, -70.0], 4)
    at.session_state["n"] = 5  # new points: a new view
    at.run()
    assert widget.center[1] == 3.0 and widget.zoom != 4


def test_the_maps_mouse_events_are_handled_not_logged_as_malformed(caplog) -> None:
    at = AppTest.from_string(MAP_APP).run()
    widget = _map(at)
    seen = []
    widget.on_interaction(lambda **event: seen.append(event["type"]))
    event = {"event": "interaction", "type": "mousemove", "coordinates": [1.0, 3.0]}
    with caplog.at_level("WARNING", logger="nbstate"):
        widget.comm.handle_msg({"content": {"data": {"method": "custom", "content": event}}})
        widget.comm.handle_msg({"content": {"data": {"method": "custom", "content": "junk"}}})
    assert seen == ["mousemove"]  # reached ipyleaflet
    assert len([r for r in caplog.records if "malformed" in r.getMessage()]) == 1  # the junk


def test_ten_thousand_points_are_one_layer_not_ten_thousand_widgets() -> None:
    app = """
import nbstate as st, numpy as np, pandas as pd
rng = np.random.default_rng(0)
st.map(pd.DataFrame(rng.standard_normal((10_000, 2)) / 50 + [37.76, -122.4], columns=["lat", "lon"]))
"""
    models = len(_instances)
    at = AppTest.from_string(app).run(timeout=60)
    widget = _map(at)
    assert len(widget.layers) == 2
    assert len(widget.layers[1].data["features"]) == 10_000
    opened = len(_instances) - models
    models = len(_instances)
    AppTest.from_string(app.replace("10_000", "1")).run()
    assert len(_instances) - models == opened  # as many models as a map of one point


def test_fixed_width_is_pixels_capped_by_the_container() -> None:
    at = AppTest.from_string("import nbstate as st\nst.map(width=320, use_container_width=False)")
    layout = _map(at.run()).layout
    assert (layout.width, layout.max_width) == ("320px", "100%")
    at = AppTest.from_string("import nbstate as st\nst.map(width=320, use_container_width=True)")
    assert _map(at.run()).layout.width == "100%"


def test_missing_ipyleaflet_names_the_extra_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ipyleaflet", None)
    at = AppTest.from_string("import nbstate as st\nst.map({'lat': [1.0], 'lon': [2.0]})").run()
    assert "pip install 'nbstate[maps]'" in at.exception[0].value
    monkeypatch.setitem(sys.modules, "pydeck", None)
    at = AppTest.from_string("import nbstate as st\nst.pydeck_chart()").run()
    assert "pip install 'nbstate[maps]'" in at.exception[0].value


DECK_APP = """
import nbstate as st, pandas as pd, pydeck as pdk
frame = pd.DataFrame({"lat": [37.7, 37.8], "lon": [-122.4, -122.5], "n": [1, 2]})
layer = pdk.Layer("ScatterplotLayer", data=frame, get_position=["lon", "lat"], id="pts")
deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=37.76,
                longitude=-122.4, zoom=st.session_state.get("zoom", 11)))
st.pydeck_chart(deck, height=400, alt="Two points")
st.pydeck_chart()
event = st.pydeck_chart(deck, on_select="rerun", key="picked")
st.write(f'{type(event).__name__} {event.selection.indices} {event["selection"].objects}')
"""


def test_pydeck_chart_shows_decks_page_in_an_iframe() -> None:
    import json

    at = AppTest.from_string(DECK_APP).run()
    assert not at.exception
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 3
    spec = json.loads(charts[0].proto.props["spec"])
    assert spec["initialViewState"]["zoom"] == 11
    # the pandas frame is sent as records (pydeck 0.9 cannot serialise it under pandas 3)
    assert spec["layers"][0]["data"] == [
        {"lat": 37.7, "lon": -122.4, "n": 1},
        {"lat": 37.8, "lon": -122.5, "n": 2},
    ]
    assert json.loads(charts[1].proto.props["spec"])["initialViewState"]["zoom"] == 1
    frame = _views(at)[0].widget
    assert frame.value.startswith("<iframe srcdoc=")
    assert 'title="Two points"' in frame.value and "height:400px" in frame.value
    assert "deck.gl" in frame.value and "ScatterplotLayer" in frame.value


def test_selecting_pydeck_chart_returns_streamlits_empty_selection() -> None:
    at = AppTest.from_string(DECK_APP).run()
    assert at.markdown[0].value.split() == ["PydeckState", "{}", "{}"]
    assert at.session_state["picked"] == {"selection": {"indices": {}, "objects": {}}}
    selecting = at.get("deck_gl_json_chart")[2]
    assert selecting.key == "picked"
    assert selecting.value == {"selection": {"indices": {}, "objects": {}}}  # as Streamlit's
    with pytest.raises(Exception, match="Widget state is read-only"):
        at.session_state["picked"]["selection"] = {}


def test_pydeck_frame_is_kept_across_reruns_and_updated_in_place() -> None:
    at = AppTest.from_string(DECK_APP).run()
    frame = _views(at)[0].widget
    before = frame.value
    at.run()
    assert _views(at)[0].widget is frame and frame.value is before
    at.session_state["zoom"] = 5
    at.run()
    assert _views(at)[0].widget is frame and "&quot;zoom&quot;: 5" in frame.value
