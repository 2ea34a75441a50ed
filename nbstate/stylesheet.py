"""nbstate's stylesheet: Streamlit's look for app areas, put on the page once per page.

The rules live in ``static/nbstate.css`` (package data, no build step); every rule is scoped
to ``.nbstate-app``, so the rest of the notebook is untouched. A tiny anywidget, one per
kernel, puts them in the page's ``<head>`` when the page's widget manager creates its model:
on first display and again after each page reload (as the page probe in `page_reload` does).
It is never displayed itself. Where CSS cannot do it, the same script adds Streamlit's −/+
step buttons to the number inputs of app areas: a click steps the field and sends the change
as the field itself would (its ``change`` event), so the kernel sees an ordinary edit.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import anywidget
import traitlets

from .frontend_messages import guard_frontend_messages

#: The id of the ``<style>`` element that holds the rules (one per page).
STYLE_ID = "nbstate-stylesheet"

_ESM = """
function inject(model) {
  let style = document.getElementById("STYLE_ID");
  if (!style) {
    style = document.createElement("style");
    style.id = "STYLE_ID";
    document.head.appendChild(style);
  }
  if (style.textContent !== model.get("css")) style.textContent = model.get("css");
}
function addSteppers() {
  const fields = document.querySelectorAll(
    '.nbstate-app .nbstate-number_input > input[type="number"]');
  for (const input of fields) {
    const host = input.parentElement;
    if (host.querySelector(":scope > .nbstate-stepper")) continue;
    const box = document.createElement("div");
    box.className = "nbstate-stepper";
    for (const [text, name, up] of [["\u2212", "Decrement", false], ["+", "Increment", true]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.tabIndex = -1;
      button.className = up ? "nbstate-step-up" : "nbstate-step-down";
      button.setAttribute("aria-label", name);
      button.textContent = text;
      button.addEventListener("click", (event) => {
        event.preventDefault();
        if (input.disabled) return;
        up ? input.stepUp() : input.stepDown();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      box.appendChild(button);
    }
    host.appendChild(box);
  }
}
function watchNumberInputs() {
  if (globalThis.__nbstate_steppers) return;  // one observer per page
  let queued = false;
  globalThis.__nbstate_steppers = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; addSteppers(); });
  });
  globalThis.__nbstate_steppers.observe(document.body, { childList: true, subtree: true });
  addSteppers();
}
export default {
  initialize({ model }) {
    inject(model);
    model.on("change:css", () => inject(model));
    watchNumberInputs();
  },
  render({ model, el }) { inject(model); el.style.display = "none"; },
};
""".replace("STYLE_ID", STYLE_ID)


@lru_cache(maxsize=1)
def stylesheet_text() -> str:
    """The CSS text shipped with the package (``nbstate/static/nbstate.css``)."""
    return files("nbstate").joinpath("static/nbstate.css").read_text(encoding="utf-8")


class StyleSheet(anywidget.AnyWidget):
    """An invisible widget that puts nbstate's stylesheet in the page's ``<head>``."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    css = traitlets.Unicode("").tag(sync=True)


_sheet: StyleSheet | None = None


def ensure_stylesheet() -> StyleSheet:
    """Make sure the kernel has the stylesheet widget (made once; again if it was closed)."""
    global _sheet
    if _sheet is None or _sheet.comm is None:
        _sheet = StyleSheet(css=stylesheet_text())
        guard_frontend_messages(_sheet, "the stylesheet", lambda content: False)
    return _sheet
