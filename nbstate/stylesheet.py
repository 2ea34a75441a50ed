"""nbstate's stylesheet: Streamlit's look for app areas, put on the page once per page.

The rules live in ``static/nbstate.css`` (package data, no build step); every rule is scoped
to ``.nbstate-app``, so the rest of the notebook is untouched. A tiny anywidget, one per
kernel, puts them in the page's ``<head>`` when the page's widget manager creates its model:
on first display and again after each page reload (as the page probe in `page_reload` does).
It is never displayed itself. Where CSS cannot do it, the same script adds Streamlit's −/+
step buttons to the number inputs of app areas: a click steps the field and sends the change
as the field itself would (its ``change`` event), so the kernel sees an ordinary edit. It also
copies each slider's bound texts (two classes the view sets, see `views.slider_marks`) and,
for option sliders, the readout's labels into attributes that the CSS draws as text, and it
lays an app's data grid out again whenever the grid's box changes size (ipydatagrid itself
does so only when the window is resized).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import anywidget
import traitlets

from . import options
from .frontend_messages import guard_frontend_messages
from .theme import theme_css

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
function decodeMark(widget, prefix) {
  for (const name of widget.classList) {
    if (name.startsWith(prefix)) return decodeURIComponent(name.slice(prefix.length));
  }
  return null;
}
function setData(el, name, value) {
  if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
function markEdges(widget) {
  // the value above a thumb near an end of the track stays inside the slider, as Streamlit's
  const area = widget.getBoundingClientRect();
  for (const handle of widget.querySelectorAll(".noUi-handle")) {
    const half = (parseFloat(getComputedStyle(handle, "::after").width) || 0) / 2;
    const box = handle.getBoundingClientRect();
    const centre = box.left + box.width / 2;
    const edge = centre - half < area.left ? "start" : centre + half > area.right ? "end" : null;
    setData(handle, "data-nbstate-edge", edge);
  }
}
function markSliders() {
  for (const widget of document.querySelectorAll(".nbstate-app .nbstate-widget.widget-hslider")) {
    const track = widget.querySelector(":scope > .slider-container");
    if (!track) continue;
    setData(track, "data-nbstate-min", decodeMark(widget, "nbstate-min-"));
    setData(track, "data-nbstate-max", decodeMark(widget, "nbstate-max-"));
    markEdges(widget);
    if (!widget.classList.contains("nbstate-labelled-slider")) continue;
    // options, dates, times: the thumbs' numbers are positions; the readout has the labels
    const handles = widget.querySelectorAll(".noUi-handle");
    const readout = widget.querySelector(":scope > .widget-readout");
    const text = readout ? readout.textContent : "";
    let parts = [text];
    if (handles.length === 2) {
      // a range's readout is "low-high"; both labels have as many dashes (same format)
      const dashes = [...text].flatMap((c, i) => (c === "-" ? [i] : []));
      const at = dashes[(dashes.length - 1) / 2];
      parts = at === undefined ? [text, text] : [text.slice(0, at), text.slice(at + 1)];
    }
    handles.forEach((handle, i) => setData(handle, "data-nbstate-value", parts[i] ?? ""));
  }
}
function fitGrids() {
  // ipydatagrid lays its grid out again only on a window resize: a grid whose box changes
  // otherwise (the stylesheet narrowing the app after the grid was drawn, the sidebar
  // collapsing) would keep its old width, its scroll bar out of sight. Each grid's box is
  // watched, and a change is told to the grids as a window resize (once per frame).
  if (typeof ResizeObserver === "undefined") return;
  const page = globalThis;
  if (!page.__nbstate_grid_sizer) {
    page.__nbstate_grids = new WeakSet();
    let queued = false;
    page.__nbstate_grid_sizer = new ResizeObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; window.dispatchEvent(new Event("resize")); });
    });
  }
  for (const grid of document.querySelectorAll(".nbstate-app .datagrid-container .lm-DataGrid")) {
    if (page.__nbstate_grids.has(grid)) continue;
    page.__nbstate_grids.add(grid);
    page.__nbstate_grid_sizer.observe(grid);
  }
}
function decorate() {
  addSteppers();
  markSliders();
  fitGrids();
}
function watchApps() {
  if (globalThis.__nbstate_decorator) return;  // one observer per page
  let queued = false;
  globalThis.__nbstate_decorator = new MutationObserver((records) => {
    if (queued) return;
    // JupyterLab flips classes outside the apps all the time (focus, hover, tabs): only
    // added or removed nodes, or attribute changes inside an app, can need decorating
    const ours = (r) => r.type === "childList" || r.target.closest?.(".nbstate-app");
    if (!records.some(ours)) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; decorate(); });
  });
  globalThis.__nbstate_decorator.observe(document.body, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["class", "aria-valuetext"],
  });
  decorate();
}
export default {
  initialize({ model }) {
    inject(model);
    model.on("change:css", () => inject(model));
    watchApps();
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


def page_css() -> str:
    """The stylesheet followed by the rules of the ``[theme]`` options (`theme`)."""
    text = stylesheet_text()
    rules = theme_css(options.get_option, text)
    return f"{text}\n/* [theme] options */\n{rules}\n" if rules else text


def ensure_stylesheet() -> StyleSheet:
    """Make sure the kernel has the stylesheet widget (made once; again if it was closed),
    carrying the ``[theme]`` options as they are now."""
    global _sheet
    if _sheet is None or _sheet.comm is None:
        _sheet = StyleSheet(css=page_css())
        guard_frontend_messages(_sheet, "the stylesheet", lambda content: False)
    else:
        _sheet.css = page_css()  # sent only when it changed (config files read again)
    return _sheet
