"""An app's data grid fits its box: the stylesheet widget's page code (run in Node with a
minimal fake DOM) lays a grid out again, as on a window resize (the only signal ipydatagrid
heeds), whenever its box changes size, e.g. when the stylesheet narrows the app after the grid
was drawn (skipped where Node is not installed); and the stylesheet gives back the height
ipydatagrid's padding takes from the rows the views size a grid for."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nbstate.stylesheet import _ESM, stylesheet_text
from nbstate.views.datagrid import DEFAULT_ROW_HEIGHT, grid_height

HARNESS = """
import widget from "./widget.mjs";
const grids = [{ name: "a" }];
const observed = [];
let sizer = null;
let frames = [];
let mutated = null;
globalThis.requestAnimationFrame = (f) => frames.push(f);
const flush = () => { const run = frames; frames = []; run.forEach((f) => f()); };
globalThis.ResizeObserver = class {
  constructor(callback) { this.callback = callback; sizer = this; }
  observe(el) { observed.push(el.name); }
};
globalThis.MutationObserver = class {
  constructor(callback) { mutated = callback; }
  observe() {}
};
const resizes = [];
globalThis.window = { dispatchEvent: (event) => resizes.push(event.type) };
globalThis.Event = class { constructor(type) { this.type = type; } };
globalThis.document = {
  getElementById: () => null,
  createElement: () => ({}),
  head: { appendChild() {} },
  body: {},
  querySelectorAll: (selector) =>
    selector === ".nbstate-app .datagrid-container .lm-DataGrid" ? grids : [],
};
widget.initialize({ model: { get: () => "css", on() {} } });
const seen = [];
seen.push([...observed]);                       // the grid on the page is watched
sizer.callback([{}]); sizer.callback([{}]); flush();
seen.push([...resizes]);                        // two size changes in a frame: one resize
grids.push({ name: "b" });
mutated([{ type: "childList" }]); flush();      // a new grid is watched too, the old once
seen.push([...observed]);
console.log(JSON.stringify(seen));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_a_grid_whose_box_changes_size_is_laid_out_again(tmp_path: Path) -> None:
    (tmp_path / "widget.mjs").write_text(_ESM)
    (tmp_path / "harness.mjs").write_text(HARNESS)
    result = subprocess.run(
        ["node", "harness.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [["a"], ["resize"], ["a", "b"]]


def ipydatagrid_padding() -> int:
    """The padding (px) ipydatagrid's own stylesheet puts around its grid."""
    static = Path(sys.prefix, "share/jupyter/labextensions/ipydatagrid/static")
    if not static.is_dir():
        pytest.skip("ipydatagrid's frontend is not installed in this environment")
    for path in static.glob("*.js"):
        found = re.search(r"--ipydatagrid-padding:\s*(\d+)px", path.read_text(errors="replace"))
        if found:
            return int(found.group(1))
    raise AssertionError("ipydatagrid's stylesheet sets no --ipydatagrid-padding")


@pytest.mark.parametrize("rows", [1, 3, 10])
def test_a_grid_shows_the_rows_it_is_sized_for_without_scrolling(rows: int) -> None:
    css = stylesheet_text()
    rule = re.search(
        r"\.nbstate-app \.datagrid-container > \.ipydatagrid-widget \{[^}]*?"
        r"height: calc\(100% \+ (\d+)px\)",
        css,
    )
    assert rule is not None, "no rule lets the grid reach below its box"
    assert re.search(r"\.nbstate-app \.datagrid-container \{[^}]*overflow: hidden", css)
    box = int(grid_height({"height": "auto"}, rows).removesuffix("px"))
    viewport = box + int(rule.group(1)) - 2 * ipydatagrid_padding()
    assert viewport == (rows + 1) * DEFAULT_ROW_HEIGHT  # header and rows, whole
