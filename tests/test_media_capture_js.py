"""The MediaCapture anywidget's browser code, run in Node with a minimal fake DOM and a
browser that refuses or lacks the device: the widget says why, for the camera and for the
microphone (skipped where Node is not installed). The real devices are exercised in
tests/browser/test_lab_media_inputs.py."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from nbstate.media_capture import _ESM

HARNESS = """
import widget from "./widget.mjs";
class El {
  constructor(tag) { this.tag = tag; this.children = []; this.style = {}; this.listeners = {};
    this.attrs = {}; this.textContent = ""; const set = new Set();
    this.classList = { set, toggle: (c, on) => (on ? set.add(c) : set.delete(c)) }; }
  append(...c) { this.children.push(...c); } appendChild(c) { this.children.push(c); }
  replaceChildren(...c) { this.children = c; } setAttribute(k, v) { this.attrs[k] = v; }
  addEventListener(e, f) { this.listeners[e] = f; } click() { this.listeners.click(); }
}
globalThis.document = { createElement: (tag) => new El(tag) };
const refuse = (name) => () => Promise.reject(Object.assign(new Error(name), { name }));
const tick = () => new Promise((done) => setTimeout(done, 0));
const seen = [];
async function show(mode, mediaDevices, click) {
  Object.defineProperty(globalThis, "navigator", { value: { mediaDevices }, configurable: true });
  const state = { mode, description: "L", tooltip: "", disabled: false, width: "100%",
    capture: 0, value: null };
  const model = { get: (k) => state[k], set: (k, v) => { state[k] = v; },
    save_changes: () => {}, on: () => {} };
  const el = new El("div");
  widget.render({ model, el });
  const [, , note, button] = el.children[0].children;
  if (click) button.click();
  await tick(); await tick();
  seen.push([note.textContent, note.attrs.role, button.textContent, button.disabled]);
}
await show("camera", { getUserMedia: refuse("NotAllowedError") }, false);
await show("camera", undefined, false);
await show("audio", { getUserMedia: refuse("NotFoundError") }, true);
await show("audio", { getUserMedia: refuse("NotReadableError") }, true);
console.log(JSON.stringify(seen));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_a_refused_or_missing_device_is_explained_in_the_widget(tmp_path: Path) -> None:
    (tmp_path / "widget.mjs").write_text(_ESM)
    (tmp_path / "harness.mjs").write_text(HARNESS)
    result = subprocess.run(
        ["node", "harness.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    camera, microphone = (
        "This app would like to use your camera.",
        "This app would like to use your microphone.",
    )
    assert json.loads(result.stdout) == [
        [
            f"{camera} Access to the camera was denied. Allow it for this site in the "
            "browser's settings (the icon left of the address), then reload the page.",
            "alert",
            "Take Photo",
            True,
        ],
        [
            f"{camera} This page cannot reach a camera: it must be served over https or "
            "from localhost.",
            "alert",
            "Take Photo",
            True,
        ],
        [f"{microphone} No microphone was found. Connect one, then reload the page.",
         "alert", "Record", False],
        [
            f"{microphone} The microphone is busy in another program. Close it there, then "
            "reload the page.",
            "alert",
            "Record",
            False,
        ],
    ]  # fmt: skip
