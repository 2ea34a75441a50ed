"""Write tests/data/streamlit_names.json: the public ``st.X`` names of Streamlit, by kind.

Run it with the python of a venv that has the Streamlit version nbstate follows::

    /work/st-venv/bin/python scripts/gen_streamlit_names.py

tests/test_readme_compat_table.py checks the README's "What `st.*` provides" table against
this snapshot (every API name listed with a status), so it runs without Streamlit installed.
"""

from __future__ import annotations

import json
import types
from pathlib import Path

import streamlit

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "streamlit_names.json"

#: Submodules that are part of the documented API (``st.column_config.NumberColumn``,
#: ``st.components.v1.html``); Streamlit's other submodules are its internals.
API_MODULES = {"column_config", "components"}


def kind_of(name: str, value: object) -> str:
    """ "callable", "namespace" (an object or an API submodule) or "internal" (a module)."""
    if isinstance(value, types.ModuleType):
        return "namespace" if name in API_MODULES else "internal"
    return "callable" if callable(value) else "namespace"


def main() -> None:
    """Collect the names and write the JSON file."""
    names: dict[str, list[str]] = {"callable": [], "namespace": [], "internal": []}
    for name in sorted(dir(streamlit)):
        if not name.startswith("_"):
            names[kind_of(name, getattr(streamlit, name))].append(name)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"streamlit": streamlit.__version__, **names}, indent=1) + "\n")
    counts = ", ".join(f"{len(v)} {k}" for k, v in names.items())
    print(f"wrote {counts} names to {OUT}")


if __name__ == "__main__":
    main()
