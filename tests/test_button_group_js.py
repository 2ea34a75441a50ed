"""The ButtonGroup anywidget's browser code, run in Node with a minimal fake DOM: a click
chooses, clears or adds an option as pills, segmented controls and feedback do (skipped
where Node is not installed)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from nbstate.button_group import _ESM

HARNESS = """
import widget from "./widget.mjs";
class El {
  constructor(tag) { this.tag = tag; this.children = []; this.style = {}; this.listeners = {};
    this.attrs = {}; const set = new Set();
    this.classList = { set, toggle: (c, on) => (on ? set.add(c) : set.delete(c)) }; }
  append(...c) { this.children.push(...c); } appendChild(c) { this.children.push(c); }
  replaceChildren() { this.children = []; } setAttribute(k, v) { this.attrs[k] = v; }
  addEventListener(e, f) { this.listeners[e] = f; } click() { this.listeners.click(); }
}
globalThis.document = { createElement: (tag) => new El(tag) };
const state = { description: "P", tooltip: "", options: ["a", "b", "c"], value: [],
  multi: false, required: false, disabled: false, look: "pills" };
const handlers = [];
const model = { get: (k) => state[k], set: (k, v) => { state[k] = v; },
  save_changes: () => handlers.forEach((h) => h()), on: (e, f) => handlers.push(f) };
const el = new El("div");
widget.render({ model, el });
const buttons = () => el.children[0].children[1].children;
const seen = [];
buttons()[1].click(); seen.push(state.value);               // choose "b"
buttons()[1].click(); seen.push(state.value);               // a second click clears it
state.multi = true; buttons()[2].click(); buttons()[0].click(); seen.push(state.value);
state.multi = false; state.required = true; state.value = [1];
handlers.forEach((h) => h()); buttons()[1].click(); seen.push(state.value);  // required: kept
state.look = "stars"; state.options = ["1", "2", "3", "4", "5"]; state.value = [2];
handlers.forEach((h) => h());
seen.push(buttons().map((b) => b.textContent).join(""));
console.log(JSON.stringify(seen));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_clicks_choose_clear_and_add_options(tmp_path: Path) -> None:
    (tmp_path / "widget.mjs").write_text(_ESM)
    (tmp_path / "harness.mjs").write_text(HARNESS)
    result = subprocess.run(
        ["node", "harness.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[1], [], [2, 0], [1], "★★★☆☆"]
