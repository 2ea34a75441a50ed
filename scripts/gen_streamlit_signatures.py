"""Write tests/data/streamlit_signatures.json: the signature of every public ``st.X`` callable.

Run it with the python of a venv that has the Streamlit version nbstate follows::

    /work/st-venv/bin/python scripts/gen_streamlit_signatures.py

tests/test_signatures.py compares nbstate's functions with this snapshot, so it runs without
Streamlit installed.
"""

from __future__ import annotations

import inspect
import json
import types
from pathlib import Path

import streamlit

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "streamlit_signatures.json"


def _param(p: inspect.Parameter) -> dict[str, object]:
    entry: dict[str, object] = {"name": p.name, "kind": p.kind.name}
    if p.default is not inspect.Parameter.empty:
        entry["default"] = repr(p.default)
    return entry


def main() -> None:
    """Collect the signatures and write the JSON file."""
    table: dict[str, list[dict[str, object]]] = {}
    for name in sorted(dir(streamlit)):
        if name.startswith("_"):
            continue
        obj = getattr(streamlit, name)
        if isinstance(obj, (types.ModuleType, type)) or not callable(obj):
            continue
        try:
            signature = inspect.signature(obj)
        except (TypeError, ValueError):
            continue
        table[name] = [_param(p) for p in signature.parameters.values()]
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(
        json.dumps({"streamlit": streamlit.__version__, "signatures": table}, indent=1) + "\n"
    )
    count = sum(len(v) for v in table.values())
    print(f"wrote {len(table)} callables, {count} parameters to {OUT}")


if __name__ == "__main__":
    main()
