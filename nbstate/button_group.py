"""The browser side of st.pills, st.segmented_control and st.feedback: a row of toggle
buttons as a small anywidget (no build step). `value` holds the indices of the chosen
options, in the order they were chosen."""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

_ESM = """
export default {
  render({ model, el }) {
    const root = document.createElement("div");
    root.className = "nbstate-button-group";
    root.style.display = "flex";
    root.style.flexWrap = "wrap";
    root.style.alignItems = "center";
    root.style.gap = "4px";
    const label = document.createElement("label");
    label.className = "widget-label";
    const row = document.createElement("div");
    row.className = "nbstate-button-group-row";
    row.style.display = "flex";
    row.style.flexWrap = "wrap";
    row.style.gap = model.get("look") === "segmented_control" ? "0" : "4px";
    root.append(label, row);
    el.appendChild(root);
    const choose = (i) => {
      const current = model.get("value");
      let next;
      if (model.get("multi")) {
        next = current.includes(i) ? current.filter((j) => j !== i) : [...current, i];
      } else if (current.includes(i)) {
        if (model.get("required")) return;
        next = [];
      } else {
        next = [i];
      }
      model.set("value", next);
      model.save_changes();
    };
    const draw = () => {
      label.textContent = model.get("description");
      label.style.display = model.get("description") ? "" : "none";
      root.title = model.get("tooltip") || "";
      const chosen = model.get("value");
      const stars = model.get("look") === "stars";
      const top = chosen.length ? Math.max(...chosen) : -1;
      row.replaceChildren();
      model.get("options").forEach((text, i) => {
        const button = document.createElement("button");
        const on = stars ? i <= top : chosen.includes(i);
        button.className = "jupyter-button widget-toggle-button nbstate-option";
        button.classList.toggle("mod-active", on);
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.textContent = stars ? (on ? "★" : "☆") : text;
        button.title = text;
        button.disabled = model.get("disabled");
        if (model.get("look") === "pills") button.style.borderRadius = "1em";
        button.addEventListener("click", () => choose(i));
        row.appendChild(button);
      });
    };
    draw();
    model.on("change", draw);
  },
};
"""


class ButtonGroup(anywidget.AnyWidget):
    """A row of toggle buttons, one per option; `value` lists the chosen options' indices."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)
    tooltip = traitlets.Unicode("").tag(sync=True)
    options = traitlets.List(traitlets.Unicode()).tag(sync=True)
    value = traitlets.List(traitlets.Int()).tag(sync=True)
    multi = traitlets.Bool(False).tag(sync=True)
    required = traitlets.Bool(False).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    #: "pills", "segmented_control", "thumbs", "faces" or "stars".
    look = traitlets.Unicode("pills").tag(sync=True)

    @traitlets.validate("value")
    def _indices_of_options(self, proposal: Any) -> list[int]:
        value: list[int] = proposal["value"]
        if any(not 0 <= i < len(self.options) for i in value):
            raise traitlets.TraitError(f"{value!r} is not a list of option indices")
        if not self.multi and len(value) > 1:
            raise traitlets.TraitError(f"{value!r} chooses several options of a single choice")
        return value
