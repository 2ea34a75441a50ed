"""st.echarts_chart's spec: an ECharts option as a plain JSON dict, checked as Streamlit 1.67
checks it (the messages are Streamlit's).

A spec is a mapping, a JSON string, or a pyecharts chart (its ``dump_options()``). Features
that core ECharts cannot draw from JSON (GL series, extension series, ``custom`` series,
maps) and JavaScript callbacks are errors; a DataFrame in ``dataset.source`` becomes rows.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import NbStateAPIException, NbStateInvalidParameterTypeError

GL_SERIES = frozenset(
    "bar3D flowGL globe graphGL line3D lines3D linesGL map3D polygons3D scatter3D scatterGL "
    "surface".split()
)
GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE = "--x_x--"  # how pyecharts wraps JavaScript in a string


def _js_callback_error() -> NbStateAPIException:
    return NbStateAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or "
        "`JsCode`), which `st.echarts_chart` does not support. Only JSON-compatible option "
        "objects are supported. Use ECharts string-template formatters instead of JavaScript "
        "functions."
    )


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip()
        return text.startswith(_JSCODE) and text.endswith(_JSCODE) and len(text) > 2 * len(_JSCODE)
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _parse_json(raw: str) -> Any:
    try:
        option = json.loads(raw)
    except (json.JSONDecodeError, TypeError, ValueError) as exc:
        rest = raw[exc.pos :] if isinstance(exc, json.JSONDecodeError) else raw
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise _js_callback_error() from exc
        raise NbStateAPIException(
            "The provided ECharts spec could not be parsed as JSON. `st.echarts_chart` only "
            "supports JSON-compatible option objects."
        ) from exc
    if _has_jscode(option):
        raise _js_callback_error()
    return option


def _copy(value: Any) -> Any:
    """A copy of the dicts and lists we may change (DataFrames in them are kept as they are)."""
    if isinstance(value, Mapping):
        return {k: v if k == "source" else _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, Mapping) for v in value):
        return [_copy(v) for v in value]
    return value


def _entries(value: Any, key: str) -> Iterator[Any]:
    if value is None:
        return
    if not isinstance(value, (list, tuple)):
        raise NbStateAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    yield from value


def variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and its timeline (``baseOption``, ``options``) and ``media`` variants."""

    def with_media(variant: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield variant
        for media in _entries(variant.get("media"), "media"):
            if isinstance(media, dict) and isinstance(media.get("option"), dict):
                yield media["option"]

    yield from with_media(option)
    if isinstance(option.get("baseOption"), dict):
        yield from with_media(option["baseOption"])
    for tick in _entries(option.get("options"), "options"):
        if isinstance(tick, dict):
            yield from with_media(tick)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (v for v in value if isinstance(v, dict))


def series_of(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every series config of the option, its variants included."""
    for variant in variants(option):
        yield from _dicts(variant.get("series"))


def enables_selection(option: dict[str, Any]) -> bool:
    """True when the spec lets the user select: a series ``selectedMode``, a ``brush``
    component or a toolbox brush (Streamlit's test)."""
    for variant in variants(option):
        if "brush" in variant:
            return True
        for toolbox in _dicts(variant.get("toolbox")):
            if isinstance(toolbox.get("feature"), dict) and "brush" in toolbox["feature"]:
                return True
    return any(series.get("selectedMode") for series in series_of(option))


def _check_features(option: dict[str, Any]) -> None:
    uses_geo = any("geo" in v for v in variants(option))
    components = sorted(key for v in variants(option) for key in v if key in GL_COMPONENTS)
    if components:
        raise NbStateAPIException(
            f"The provided ECharts spec uses the `{components[0]}` component, which requires "
            "the ECharts GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
        )
    for series in series_of(option):
        kind = series.get("type")
        if kind in GL_SERIES:
            raise NbStateAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                "ECharts GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in EXTENSION_SERIES:
            raise NbStateAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles only core "
                "ECharts, so this chart would render empty."
            )
        if kind == "custom":
            raise NbStateAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript "
                "`renderItem` callback. `st.echarts_chart` only supports JSON-compatible option "
                "objects, so custom series are not supported."
            )
        if kind == "map" or series.get("coordinateSystem") == "geo":
            uses_geo = True
    if uses_geo:
        raise NbStateAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires "
            "registering GeoJSON map data. `st.echarts_chart` does not support map charts."
        )


def _is_frame(value: Any) -> bool:
    return hasattr(value, "columns") and hasattr(value, "to_json")


def _convert_datasets(option: dict[str, Any]) -> None:
    """A DataFrame in ``dataset.source`` becomes ECharts' rows: a header row, then the data
    (dates as ISO text, missing values as null)."""
    for variant in variants(option):
        for dataset in _dicts(variant.get("dataset")):
            source: Any = dataset.get("source")
            if _is_frame(source):
                try:
                    table = json.loads(source.to_json(orient="split", date_format="iso"))
                except (TypeError, ValueError) as exc:
                    raise NbStateAPIException(
                        "The provided ECharts `dataset.source` could not be converted for "
                        "display. Convert or drop the columns that cannot be serialized (for "
                        f"example, cast object columns to strings).\n\n{exc}"
                    ) from exc
                dataset["source"] = [[str(c) for c in table["columns"]], *table["data"]]


def _unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _unserializable(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _unserializable(item, f"{path}[{index}]")
            if found:
                return found
        return None
    return path, value


def _described(value: Any) -> str:
    if isinstance(value, float):
        name = "NaN" if math.isnan(value) else repr(value)
        return f"`{name}`. Use `None` for missing or non-finite numbers"
    kind = type(value)
    module = kind.__module__.split(".")[0]
    name = kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"
    if callable(value):
        return f'a `{name}`. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    if _is_frame(value):
        return (
            f"a `{name}`. Only `dataset.source` accepts dataframes and arrays, so pass the "
            "data there"
        )
    if module == "numpy":
        return f"a `{name}`. Convert it with `int()`, `float()`, or `bool()`"
    if hasattr(value, "isoformat"):
        return f"a `{name}`. Convert it with `.isoformat()`"
    return f"a `{name}`. Convert it to a plain Python value"


def plain_json(option: dict[str, Any]) -> dict[str, Any]:
    """`option` checked to be strict JSON (no NaN, no Python objects): a clear error naming the
    first value that is not."""
    try:
        text = json.dumps(option, allow_nan=False)
    except (TypeError, ValueError) as exc:
        found = _unserializable(option, "")
        detail = f" `{found[0]}` is {_described(found[1])}." if found else ""
        raise NbStateAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` "
            "only supports JSON-compatible option objects. Pass chart data as a dataframe in "
            "`dataset.source`, which converts datetimes, NumPy values, and missing values "
            "automatically. Values anywhere else (for example `series.data`) must already be "
            "plain Python values such as `int`, `float`, `str`, `None`, lists, and dicts."
        ) from exc
    return json.loads(text)


def normalize_spec(spec: Any) -> dict[str, Any]:
    """The ECharts option of `spec` (a mapping, JSON text or a pyecharts chart), checked."""
    if isinstance(spec, str):
        option = _parse_json(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _parse_json(spec.dump_options())
    else:
        raise NbStateInvalidParameterTypeError(
            "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: "
            f"{type(spec).__name__}."
        )
    if not isinstance(option, dict):
        raise NbStateInvalidParameterTypeError(
            f"Invalid `spec` type. Expected one of: dict. Provided type: {type(option).__name__}. "
            "An ECharts spec must be a JSON object (mapping)."
        )
    _check_features(option)
    _convert_datasets(option)
    return plain_json(option)
