"""Every notebook in notebooks/ runs top to bottom in a fresh kernel (as on Binder)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

pytestmark = pytest.mark.notebooks


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executes_and_every_app_displays(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel inherits this: persist="disk" caches go to a temporary folder.
    monkeypatch.setenv("NBSTATE_CACHE_DIR", str(tmp_path / "disk-cache"))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"cell failed: {cell.source[:60]!r}: {errors}"
        if cell.source.startswith("%%rerun"):
            views = [o for o in cell.outputs if WIDGET_VIEW in o.get("data", {})]
            assert len(views) == 1, f"%%rerun cell shows no app area: {cell.source[:60]!r}"
    # The widget state saved with the notebook is what a reader sees: no app shows an error.
    states = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    shown = [m["state"].get("value") for m in states.values() if m["model_name"] == "HTMLModel"]
    assert shown, "no app area content was saved"
    # An exception element is a failure unless the notebook shows it on purpose (st.exception
    # of an exception whose message is in the notebook's own source).
    source = "\n".join(cell.source for cell in nb.cells)
    for value in shown:
        if "nbstate-exception" in str(value):
            headline = html.unescape(re.search(r"<b>(.*?)</b>", value).group(1))
            message = headline.split(": ", 1)[-1]
            assert "st.exception(" in source and message in source, f"app error: {headline}"
