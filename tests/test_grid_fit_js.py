"""The stylesheet widget's page code, run in Node with a minimal fake DOM: an app's data grid
is laid out again (as on a window resize, the only signal ipydatagrid heeds) whenever its box
changes size, e.g. when the stylesheet narrows the app after the grid was drawn (skipped where
Node is not installed)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from nbstate.stylesheet import _ESM

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
    selector === ".nbstate-app .datagrid-container" ? grids : [],
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
