"""The nbstate side of the differential harness: the same steps under nbstate's AppTest.

The app's ``import streamlit as st`` becomes ``import nbstate as st`` in a copy of the file
(same file name, in a temporary folder) that `nbstate.testing.AppTest.from_file` runs.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from diffcommon import (
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

import nbstate
from nbstate import options as config
from nbstate.testing import AppTest

_IMPORT = re.compile(r"^(\s*)import streamlit as st\b", re.MULTILINE)


def translate(source: str) -> str:
    """The app's source with nbstate imported in place of Streamlit."""
    return _IMPORT.sub(r"\1import nbstate as st", source)


#: nbstate kinds that Streamlit's AppTest names otherwise (both are listed by `at.button`).
KIND_NAMES = {
    "form_submit_button": "button",
    "pills": "button_group",
    "segmented_control": "button_group",
    "datetime_input": "date_time_input",
    "mermaid_chart": "markdown",
    "grid": "grid_container",
    **{
        f"{name}_chart": "vega_lite_chart"
        for name in ("line", "bar", "area", "scatter", "altair", "vega_lite")
    },
}


def _fields(node: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    label = node.proto.props.get("label")
    # Streamlit's AppTest shows a popover as a Block without its label
    if isinstance(label, str) and node.proto.kind != "popover":
        fields["label"] = label
    if not hasattr(node, "children"):
        try:
            fields["value"] = node.value
        except Exception as exc:  # noqa: BLE001 - as st_worker.py records it
            fields["value"] = f"<{type(exc).__name__}>"
    if node.proto.key:
        fields["key"] = node.proto.key
    return fields


def _walk(block: Any, depth: int, out: dict, section: str, excs: list) -> None:
    """Add the page entries of the elements in `block` (an AppTest Block) to `out`."""
    for child in block.children:
        kind = child.proto.kind
        if hasattr(child, "children"):  # a container
            # nbstate's st.empty is a slot holding its element; Streamlit's AppTest shows the
            # element itself, or an "empty" element once the slot is cleared
            if kind == "empty" and not child.children:
                out[section].append(entry(depth, "empty", {}))
            elif kind in WRAPPERS or kind == "empty":
                _walk(child, depth, out, section, excs)
            else:
                out[section].append(entry(depth, KIND_NAMES.get(kind, kind), _fields(child)))
                _walk(child, depth + 1, out, section, excs)
            continue
        if kind == "exception":
            excs.append({"type": exception_type(child.type), "message": child.value})
            continue
        where = "floating" if kind in FLOATING else section
        out[where].append(entry(depth, KIND_NAMES.get(kind, kind), _fields(child)))


def snapshot(at: AppTest) -> dict[str, Any]:
    """The page, the exceptions and session_state after a run."""
    page: dict[str, list[Any]] = {"main": [], "sidebar": [], "bottom": [], "floating": []}
    excs: list[Any] = []
    _walk(at.main, 0, page, "main", excs)
    _walk(at.sidebar, 0, page, "sidebar", excs)
    last = at._app.last_run  # st.bottom: Streamlit's AppTest has no public name for it either
    if last is not None:
        _walk(at._root_block(last.bottom, "bottom"), 0, page, "bottom", excs)
    state = at.session_state.to_dict()
    return {
        "page": page,
        "exceptions": excs,
        "state": {str(k): jsonable(v) for k, v in sorted(state.items(), key=lambda kv: str(kv[0]))},
        "query": jsonable(dict(at.query_params)),
    }


def _prepare_charts() -> None:
    """Build (or load) the bundle of selecting charts before AppTest's run timeout starts."""
    try:
        from nbstate.views.charts import jupyter_chart_class

        jupyter_chart_class()
    except ImportError:
        pass


def run_app(path: str | Path) -> list[dict[str, Any]]:
    """Every step's record for one app, under nbstate."""
    path = Path(path).resolve()
    _prepare_charts()
    nbstate.cache_data.clear()
    nbstate.cache_resource.clear()
    saved = config.snapshot()
    records = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_text(translate(path.read_text()))
        pages = path.parent / "_pages"  # the page files of multipage apps (st.Page("_pages/x.py"))
        if pages.is_dir():
            (Path(folder) / "_pages").mkdir()
            for page in pages.glob("*.py"):
                (Path(folder) / "_pages" / page.name).write_text(translate(page.read_text()))
        try:
            at = AppTest.from_file(str(copy), default_timeout=10)
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
        finally:
            config.restore(saved)
    return records
