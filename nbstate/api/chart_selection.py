"""Chart selections (Streamlit 1.67): ``on_select`` on st.altair_chart, st.vega_lite_chart and
st.plotly_chart.

With ``on_select="rerun"`` or a callback a chart is a widget: its value is the user's
selection (`VegaLiteState` / `PlotlyState`, read-only dicts), returned by the chart call and
kept in ``st.session_state[key]``; a new selection from the page reruns the app (after the
callback). The checks and their messages are Streamlit's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import NbStateAPIException, NbStateValueError
from ..run_context import current_context
from ..tree import Element
from .dataframe import ReadOnlyAttributeDict
from .widget import _check_duplicates, create_widget, to_key

#: The selection modes of st.plotly_chart, as Streamlit lists them in its error.
PLOTLY_MODES = ("box", "lasso", "points")


class VegaLiteState(ReadOnlyAttributeDict):
    """What a selecting Vega-Lite chart returns: ``{"selection": {param: value}}``.

    Each selection parameter's value is ``{}`` before a selection, the list of selected
    points (a point selection) or ``{field: [low, high]}`` (an interval), as in Streamlit.
    """


class PlotlySelectionState(ReadOnlyAttributeDict):
    """A Plotly selection: ``points``, ``point_indices``, ``box`` and ``lasso``."""


class PlotlyState(ReadOnlyAttributeDict):
    """What a selecting st.plotly_chart returns: ``{"selection": PlotlySelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, PlotlySelectionState):
            item = PlotlySelectionState(item)
        return ReadOnlyAttributeDict(item) if type(item) is dict else item


def selection_params(spec: Any) -> dict[str, Any]:
    """The selection parameters of a Vega-Lite spec, by name (their ``select``), wherever they
    are defined: at the top, or inside layer, concat, facet and repeat views."""
    found: dict[str, Any] = {}
    if not isinstance(spec, dict):
        return found
    params = spec.get("params")
    if isinstance(params, list):
        for param in params:
            if isinstance(param, dict) and param.get("name") and param.get("select"):
                found[param["name"]] = param["select"]
    for composite in ("layer", "hconcat", "vconcat", "concat"):
        views = spec.get(composite)
        if isinstance(views, list):
            for view in views:
                found.update(selection_params(view))
    if isinstance(spec.get("spec"), dict):
        found.update(selection_params(spec["spec"]))
    return found


def vega_selection_modes(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    """The selection parameters to report, sorted: all of the spec's, or the ones
    `selection_mode` names (a name or an iterable of names), each checked to exist."""
    available = set(selection_params(spec))
    if not available:
        raise NbStateAPIException(
            "Selections are activated, but the provided chart spec does not have any "
            "selections defined. To add selections to `st.altair_chart`, check out the "
            "documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    names = [selection_mode] if isinstance(selection_mode, str) else selection_mode
    if not isinstance(names, Iterable):
        raise TypeError(f"'{type(names).__name__}' object is not iterable")
    names = list(names)
    for name in names:
        if name not in available:
            raise NbStateAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. Available "
                f"selection parameters are: {available}."
            )
    return sorted(names)


def plotly_selection_modes(selection_mode: Any) -> tuple[str, ...]:
    """st.plotly_chart's selection modes, checked; sorted."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(PLOTLY_MODES):
        raise NbStateValueError(
            "Invalid `selection_mode` value. Supported values: "
            + ", ".join(f"'{m}'" for m in PLOTLY_MODES)
            + "."
        )
    return tuple(sorted(modes))


def vega_state(params: Iterable[str], selection: dict[str, Any] | None = None) -> VegaLiteState:
    """A `VegaLiteState`: `selection`'s values, ``{}`` for the parameters it leaves out."""
    chosen: dict[str, Any] = {name: {} for name in params}
    chosen.update(selection or {})
    return VegaLiteState({"selection": ReadOnlyAttributeDict(chosen)})


def plotly_state(
    points: Iterable[Any] = (),
    point_indices: Iterable[int] = (),
    box: Iterable[Any] = (),
    lasso: Iterable[Any] = (),
) -> PlotlyState:
    """A `PlotlyState` holding this selection (all empty: no selection)."""
    selection = {
        "points": list(points),
        "point_indices": list(point_indices),
        "box": list(box),
        "lasso": list(lasso),
    }
    return PlotlyState({"selection": PlotlySelectionState(selection)})


def selecting_chart(
    kind: str,
    key: Any,
    identity: dict[str, Any],
    props: dict[str, Any],
    default: Any,
    on_select: Any,
) -> Any:
    """Add a chart whose selection is a widget's value; return the value (as Streamlit, a
    chart's selection cannot be assigned through session_state)."""
    value, _element, _changed = create_widget(
        kind,
        key=key,
        identity=identity,
        props=props,
        default=default,
        writes_allowed=False,
        on_change=on_select,
    )
    return value


def register_chart_id(kind: str, key: Any, identity: dict[str, Any]) -> str | None:
    """Reserve the element id of a chart that is not a widget (st.plotly_chart has one even
    without ``on_select``): the same chart twice without a key, or a key used twice, is an
    error, as in Streamlit. Returns the chart's key."""
    from ..identity import compute_widget_id

    ctx = current_context()
    user_key = to_key(key)
    form = ctx._stack[-1].props.get("_form", "")
    root = ctx._stack[-1].props.get("_root", "main")
    element_id = compute_widget_id(kind, user_key, ctx.app.app_id, identity, form, root)
    _check_duplicates(ctx, kind, user_key, element_id)
    ctx.widget_ids.add(element_id)
    if user_key is not None:
        ctx.widget_keys[user_key] = element_id
    return user_key


def chart_element(kind: str, props: dict[str, Any], key: str | None, data: Any) -> Element:
    """A chart that is not a widget, carrying its key (as Streamlit's AppTest shows it)."""
    return Element(kind, props, key=key, data=data)


def stable_names(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with the names Altair makes up for unnamed parameters and views (a counter in
    Altair 5, a hash in Altair 6: ``param_e4a4...``) renamed ``param_1``, ``param_2``... in
    order of appearance, as Streamlit does: the selection's names stay the same on every run.
    The data is left alone."""
    import json
    import re

    body = {k: v for k, v in spec.items() if k not in ("data", "datasets")}
    text = json.dumps(body)
    for prefix in ("param_", "view_"):
        found = list(dict.fromkeys(re.findall(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"', text)))
        if found:
            text = _renamed(text, {old: f'"{prefix}{n}"' for n, old in enumerate(found, start=1)})
    renamed = json.loads(text)
    return {k: renamed[k] if k in renamed else v for k, v in spec.items()}


def _renamed(text: str, names: dict[str, str]) -> str:
    """`text` with each key of `names` replaced by its value, in one pass."""
    import re

    pattern = re.compile("|".join(re.escape(old) for old in names))
    return pattern.sub(lambda match: names[match.group(0)], text)
