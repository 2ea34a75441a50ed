"""What both sides of the differential harness share (standard library only: the Streamlit
side imports it in Streamlit's venv, where nbstate is not installed).

A *step* is one interaction followed by a run; its record is a dict::

    {"action": "...", "page": {"main": [...], "sidebar": [...], "bottom": [...],
     "floating": [...]},
     "exceptions": [{"type": ..., "message": ...}], "state": {...}, "query": {...},
     "error": None}

with "query" the AppTest's query_params after the run.

Each page entry is ``[depth, type, fields]``: `depth` counts the containers around it that
a user sees (columns, tabs, expanders, forms...), `fields` holds label/value/key.
"""

from __future__ import annotations

import ast
import datetime
import json
import math
import re
from pathlib import Path
from typing import Any

#: Containers that only group (st.container, the row of st.columns, the bar of st.tabs):
#: left out of the page, their children are kept.
WRAPPERS = {
    "container",
    "vertical",
    "horizontal",
    "columns",
    "tabs",
    "tab_container",
    "flex_container",
    "fragment",  # nbstate's frame of a fragment; Streamlit's AppTest shows none
    "grid_cell",  # nbstate's grid.cell(); Streamlit's AppTest shows a flex_container
}
#: Elements shown outside the page's flow (toasts, the chat input at the bottom).
FLOATING = {"toast", "chat_input"}
#: Elements whose value is not compared: Streamlit's AppTest gives a chart no value (a
#: selecting chart's value is its selection, compared through session_state and what the app
#: writes) and an image a media URL of its own; an editor's value is its edit state on one
#: side only.
NO_VALUE = {"vega_lite_chart", "plotly_chart", "image", "data_editor"}


def load_interactions(path: str | Path) -> list[Any]:
    """The app's ``INTERACTIONS = [...]`` (a literal), read without running the app."""
    tree = ast.parse(Path(path).read_text(), str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "INTERACTIONS" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    return []


def steps_of(interactions: list[Any]) -> list[list[dict[str, Any]]]:
    """Each step as a list of actions done before one run; the first step is the first run."""
    steps: list[list[dict[str, Any]]] = [[]]
    for item in interactions:
        actions = item if isinstance(item, list) else [item]
        for action in actions:
            if not isinstance(action, dict):
                raise ValueError(
                    f"an interaction must be a dict or a list of dicts, not {action!r}"
                )
        steps.append(list(actions))
    return steps


def describe(actions: list[dict[str, Any]]) -> str:
    """A short text for a step's actions."""
    return "; ".join(json.dumps(a, sort_keys=True, default=str) for a in actions) or "first run"


def exception_type(name: str) -> str:
    """An exception class name, with Streamlit's prefix mapped to nbstate's."""
    name = name.rsplit(".", 1)[-1]
    return re.sub(r"^Streamlit", "NbState", name)


def jsonable(value: Any, depth: int = 0) -> Any:
    """`value` as plain JSON data, comparable between the two processes."""
    if depth > 20:
        return "<too deep>"
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return {"__type__": type(value).__name__, "value": str(value)}
    if isinstance(value, dict) or (
        hasattr(value, "keys") and hasattr(value, "__getitem__") and not hasattr(value, "to_dict")
    ):
        try:
            return {str(k): jsonable(value[k], depth + 1) for k in value.keys()}
        except Exception:  # noqa: BLE001 - fall back to the repr below
            pass
    if isinstance(value, (list, tuple)):
        return [jsonable(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v, depth + 1) for v in value), key=repr)
    if hasattr(value, "to_dict") and hasattr(value, "columns"):  # a DataFrame
        split = value.to_dict("split")
        return {
            "__type__": "DataFrame",
            "columns": jsonable(list(split["columns"]), depth + 1),
            "data": jsonable(split["data"], depth + 1),
        }
    if hasattr(value, "item") and hasattr(value, "dtype") and getattr(value, "ndim", 1) == 0:
        return jsonable(value.item(), depth + 1)  # a numpy scalar
    if hasattr(value, "tolist"):
        return jsonable(value.tolist(), depth + 1)
    return {"__type__": type(value).__name__}


def entry(depth: int, kind: str, fields: dict[str, Any]) -> list[Any]:
    """A page entry, with its fields made comparable."""
    if kind in NO_VALUE:
        fields = {k: v for k, v in fields.items() if k != "value"}
    elif kind == "json" and isinstance(fields.get("value"), str):
        # both AppTests give a json element's value as JSON text: compare the data it holds
        fields = {**fields, "value": json.loads(fields["value"])}
    return [depth, kind, {k: jsonable(v) for k, v in fields.items() if v is not None}]


# Both AppTests (Streamlit's and nbstate's) offer the same element lists and widget methods,
# so one way of doing an action serves both sides.


def find(at: Any, action: dict[str, Any]) -> Any:
    """The element an action names: its type plus key=, label= or index=."""
    kind = action.get("type")
    found = list(getattr(at, kind))
    if "key" in action:
        found = [e for e in found if e.key == action["key"]]
    if "label" in action:
        found = [e for e in found if getattr(e, "label", None) == action["label"]]
    index = action.get("index", 0)
    if index >= len(found):
        raise LookupError(f"no {kind} matching {action}")
    return found[index]


def perform(at: Any, action: dict[str, Any]) -> None:
    """Do one action on the app (before the next run)."""
    do = action["do"]
    if do == "run":
        return
    if do == "state":
        at.session_state[action["key"]] = action["value"]
        return
    if do == "switch_page":  # a page file, relative to the app's folder
        at.switch_page(action["page"])
        return
    if do == "query":  # the URL's query parameters for the next run (the page was opened so)
        at.query_params = dict(action["params"])
        return
    if do == "context":  # what the simulated browser tells st.context
        at.context = dict(action["context"])
        return
    if do == "user":  # who the next runs see as st.user (AppTest.user)
        at.user = dict(action["user"])
        return
    element = find(at, action)
    if do == "click":
        element.click()
    elif do == "set":
        value = action["value"]
        if action["type"] in ("slider", "select_slider") and isinstance(value, list):
            value = tuple(value)
        element.set_value(value)
    else:
        raise ValueError(f"unknown action {do!r}")
