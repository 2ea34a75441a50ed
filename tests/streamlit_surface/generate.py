"""Write apptest-<version>.json: the public names of Streamlit's AppTest and element classes.

Run it with a Python that has Streamlit installed (never nbstate's own environment):

    /path/to/streamlit-venv/bin/python tests/streamlit_surface/generate.py

tests/test_apptest_surface_names.py compares nbstate's AppTest with the file, so that a
method Streamlit's AppTest has and nbstate's lacks is caught.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
from pathlib import Path


def public_names(cls: type) -> list[str]:
    """Public attributes of `cls`: methods, properties and dataclass fields."""
    names = {n for n in dir(cls) if not n.startswith("_")}
    if dataclasses.is_dataclass(cls):
        names |= {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    return sorted(names)


def main() -> None:
    """Write the snapshot next to this script."""
    import streamlit
    import streamlit.testing.v1.element_tree as element_tree
    from streamlit.testing.v1 import AppTest

    app_test = AppTest.from_string("")
    classes = {
        name: public_names(cls)
        for name, cls in inspect.getmembers(element_tree, inspect.isclass)
        if cls.__module__ == element_tree.__name__
    }
    snapshot = {
        "streamlit_version": streamlit.__version__,
        "AppTest": sorted({n for n in dir(app_test) if not n.startswith("_")}),
        "classes": classes,
    }
    out = Path(__file__).with_name(f"apptest-{streamlit.__version__}.json")
    out.write_text(json.dumps(snapshot, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
