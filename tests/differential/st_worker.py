"""The Streamlit side of the differential harness: run in Streamlit's venv.

    <streamlit venv>/bin/python st_worker.py APP.py [APP.py ...]

prints one JSON object: app path -> list of step records (see diffcommon). Each app is run
under ``streamlit.testing.v1.AppTest.from_file`` with the interactions of its INTERACTIONS list.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diffcommon import (  # noqa: E402
    FLOATING,
    WRAPPERS,
    describe,
    entry,
    exception_type,
    jsonable,
    load_interactions,
    perform,
    steps_of,
)

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

from streamlit.testing.v1 import AppTest  # noqa: E402
from streamlit.testing.v1.element_tree import Block  # noqa: E402

#: The root blocks of Streamlit's AppTest: main, sidebar, event (dialogs), bottom.
SECTIONS = {0: "main", 1: "sidebar", 2: "main", 3: "bottom"}


def _fields(node: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    label = getattr(node, "label", None) if node.type != "exception" else None
    if isinstance(label, str):
        fields["label"] = label
    if not isinstance(node, Block):
        try:
            value = node.value
        except Exception as exc:  # noqa: BLE001 - an element without a readable value
            value = f"<{type(exc).__name__}>"
        fields["value"] = value
    key = getattr(node, "key", None)
    if key:
        fields["key"] = key
    return fields


def _walk(node: Any, depth: int, out: dict[str, list[Any]], section: str, excs: list[Any]) -> None:
    for child in node.children.values():
        if isinstance(child, Block):
            if child.type in WRAPPERS:
                _walk(child, depth, out, section, excs)
            else:
                out[section].append(entry(depth, child.type, _fields(child)))
                _walk(child, depth + 1, out, section, excs)
            continue
        if child.type == "exception":
            excs.append({"type": exception_type(child.proto.type), "message": child.proto.message})
            continue
        where = "floating" if child.type in FLOATING else section
        kind = child.type
        if kind == "dataframe" and getattr(child.proto, "editing_mode", 0):
            kind = "data_editor"
        out[where].append(entry(depth, kind, _fields(child)))


def snapshot(at: AppTest) -> dict[str, Any]:
    """The page, the exceptions and session_state after a run."""
    page: dict[str, list[Any]] = {"main": [], "sidebar": [], "bottom": [], "floating": []}
    excs: list[Any] = []
    root = at._tree
    for index, section in sorted(root.children.items()):
        _walk(section, 0, page, SECTIONS.get(index, "main"), excs)
    state = at._session_state.filtered_state
    return {
        "page": page,
        "exceptions": excs,
        "state": {str(k): jsonable(v) for k, v in sorted(state.items(), key=lambda kv: str(kv[0]))},
        "query": jsonable(dict(at.query_params)),
    }


def run_app(path: str) -> list[dict[str, Any]]:
    """Every step's record for one app."""
    import streamlit as st

    st.cache_data.clear()  # one process runs every app: no cache may leak between them
    st.cache_resource.clear()
    records = []
    at = AppTest.from_file(str(Path(path).resolve()), default_timeout=10)
    for actions in steps_of(load_interactions(path)):
        error = None
        try:
            for action in actions:
                perform(at, action)
            at.run()
        except Exception as exc:  # noqa: BLE001 - recorded and compared
            error = f"{exception_type(type(exc).__name__)}: {exc}"
        record = {"action": describe(actions), "error": error}
        record.update(snapshot(at))
        records.append(record)
    return records


def main(paths: list[str]) -> None:
    """Run each app and print the JSON result."""
    result = {}
    for path in paths:
        try:
            result[path] = run_app(path)
        except Exception as exc:  # noqa: BLE001 - one broken app must not hide the others
            result[path] = [{"action": "setup", "error": f"{type(exc).__name__}: {exc}"}]
    sys.stdout.write(json.dumps(result, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
