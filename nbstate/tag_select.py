"""st.multiselect's field as Streamlit draws it: the chosen options as tags in a text field,
the others in a list that opens below it and narrows as the user types. A small anywidget
(no build step) whose synced traits mirror ipywidgets' ``SelectMultiple``: ``options`` as
(label, value) pairs and ``index``, the chosen positions in the order they were chosen.
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

_ESM = """
const el = (tag, cls, text) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

export default {
  render({ model, el: root }) {
    root.classList.add("nbstate-tags");
    const label = el("label", "widget-label");
    const field = el("div", "nbstate-tags-field");
    const chips = el("div", "nbstate-tags-chips");
    const input = el("input", "nbstate-tags-input");
    input.type = "text";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    const clear = el("button", "nbstate-tags-clear", "\\u2715");
    clear.type = "button";
    clear.title = "Clear all";
    clear.setAttribute("aria-label", "Clear all");
    const chevron = el("span", "nbstate-tags-chevron");
    const list = el("div", "nbstate-tags-list");
    list.setAttribute("role", "listbox");
    chips.append(input);
    field.append(chips, clear, chevron);
    root.append(label, field, list);
    let open = false;
    let active = 0;
    let drawn = "";

    const chosen = () => model.get("index") || [];
    const options = () => model.get("options") || [];
    const full = () => {
      const max = model.get("max_selections");
      return max !== null && max !== undefined && chosen().length >= max;
    };
    const save = (index) => {
      model.set("index", index);
      model.save_changes();
    };
    // [first matched position, span of the match] of `text` in `name`, or null
    const fuzzy = (name, text) => {
      let at = -1;
      let first = -1;
      for (const ch of text) {
        at = name.indexOf(ch, at + 1);
        if (at < 0) return null;
        if (first < 0) first = at;
      }
      return [first, at - first];
    };
    const matching = () => {
      const taken = new Set(chosen());
      const mode = model.get("filter_mode");
      const text = mode ? input.value.trim().toLowerCase() : "";
      const rows = [];
      options().forEach((pair, i) => {
        if (taken.has(i)) return;
        const name = String(pair[0]);
        const lower = name.toLowerCase();
        let score = [0, 0];
        if (text && mode === "prefix") score = lower.startsWith(text) ? score : null;
        else if (text && mode === "contains") score = lower.includes(text) ? score : null;
        else if (text) score = fuzzy(lower, text);
        if (score) rows.push([name, i, score]);
      });
      if (text && mode === "fuzzy") {
        rows.sort((a, b) => a[2][1] - b[2][1] || a[2][0] - b[2][0] || a[1] - b[1]);
      }
      return rows.map(([name, i]) => [name, i]);
    };

    const drawList = () => {
      list.replaceChildren();
      list.style.display = open ? "" : "none";
      input.setAttribute("aria-expanded", String(open));
      if (!open) return;
      const max = model.get("max_selections");
      if (full()) {
        const noun = max === 1 ? "option" : "options";
        list.append(el("div", "nbstate-tags-empty",
          `You can only select up to ${max} ${noun}. Remove an option first.`));
        return;
      }
      const shown = matching();
      if (!shown.length) {
        list.append(el("div", "nbstate-tags-empty", "No results"));
        return;
      }
      active = Math.min(active, shown.length - 1);
      if (shown.length >= 2 && shown.length <= model.get("select_all")) {
        const text = input.value.trim();
        const all = el("div", "nbstate-tags-option nbstate-tags-all",
          text ? `Select ${shown.length} matches` : "Select all");
        all.setAttribute("role", "option");
        all.dataset.all = "1";
        list.append(all);
      }
      shown.forEach(([name, i], n) => {
        const row = el("div", "nbstate-tags-option", name);
        row.setAttribute("role", "option");
        row.dataset.index = String(i);
        if (n === active) row.classList.add("nbstate-tags-active");
        list.append(row);
      });
    };

    const draw = () => {
      const description = model.get("description") || "";
      label.textContent = description;
      label.style.display = description ? "" : "none";
      const disabled = model.get("disabled");
      root.classList.toggle("nbstate-tags-disabled", disabled);
      input.disabled = disabled;
      input.readOnly = !model.get("filter_mode");
      root.classList.toggle("nbstate-tags-nowrap", model.get("wrap") === false);
      const pairs = options();
      // tags are rebuilt only when they change, so a click never lands on a replaced one
      const signature = JSON.stringify([chosen(), pairs, disabled]);
      if (signature !== drawn) {
        drawn = signature;
        drawTags(pairs, disabled);
      }
      const none = !pairs.length;
      input.placeholder = chosen().length ? "" : none ? "No options to select" : model.get("placeholder");
      clear.style.display = chosen().length && !disabled ? "" : "none";
      drawList();
    };

    const drawTags = (pairs, disabled) => {
      for (const tag of chips.querySelectorAll(".nbstate-tag")) tag.remove();
      for (const i of chosen()) {
        if (!pairs[i]) continue;
        const tag = el("span", "nbstate-tag");
        tag.append(el("span", "nbstate-tag-text", String(pairs[i][0])));
        const cross = el("button", "nbstate-tag-remove", "\\u2715");
        cross.type = "button";
        cross.dataset.index = String(i);
        cross.setAttribute("aria-label", `Remove ${pairs[i][0]}`);
        cross.disabled = disabled;
        tag.append(cross);
        chips.insertBefore(tag, input);
      }
    };

    const setOpen = (value) => {
      open = value && !model.get("disabled") && options().length > 0;
      if (!open) active = 0;
      drawList();
    };

    field.addEventListener("mousedown", (event) => {
      if (model.get("disabled") || event.target.closest("button")) return;
      event.preventDefault();
      input.focus();
      setOpen(!open);
    });
    chips.addEventListener("mousedown", (event) => {
      const cross = event.target.closest(".nbstate-tag-remove");
      if (!cross || model.get("disabled")) return;
      event.preventDefault();
      const i = Number(cross.dataset.index);
      save(chosen().filter((j) => j !== i));
    });
    clear.addEventListener("mousedown", (event) => {
      event.preventDefault();
      if (!model.get("disabled")) save([]);
    });
    list.addEventListener("mousedown", (event) => {
      event.preventDefault(); // keep the focus in the text box
      const row = event.target.closest(".nbstate-tags-option");
      if (!row) return;
      const max = model.get("max_selections");
      const added = row.dataset.all ? matching().map(([, i]) => i) : [Number(row.dataset.index)];
      const room = max === null || max === undefined ? added.length : max - chosen().length;
      input.value = "";
      save([...chosen(), ...added.slice(0, Math.max(room, 0))]);
    });
    input.addEventListener("input", () => {
      if (!model.get("filter_mode")) input.value = "";
      active = 0;
      setOpen(true);
    });
    input.addEventListener("blur", () => setOpen(false));
    input.addEventListener("keydown", (event) => {
      const shown = matching();
      if (event.key === "ArrowDown") {
        if (!open) setOpen(true);
        else { active = Math.min(active + 1, shown.length - 1); drawList(); }
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        active = Math.max(active - 1, 0);
        drawList();
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (open && shown.length && !full()) {
          input.value = "";
          save([...chosen(), shown[Math.min(active, shown.length - 1)][1]]);
        }
        event.preventDefault();
      } else if (event.key === "Backspace" && !input.value && chosen().length) {
        save(chosen().slice(0, -1));
      } else if (event.key === "Escape") {
        setOpen(false);
      }
      // the notebook's own shortcuts (A, B, D D, ...) must not see keys typed here
      event.stopPropagation();
    });
    model.on("change", draw);
    draw();
  },
};
"""


class TagSelect(anywidget.AnyWidget):
    """A multiselect field: the chosen options as removable tags, the rest in a filtered list.

    ``index`` holds the positions in ``options`` of the chosen ones, in the order chosen; a
    change from the page that names a position outside ``options`` (or twice) is refused.
    """

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    options = traitlets.Tuple().tag(sync=True)
    index = traitlets.Tuple().tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    placeholder = traitlets.Unicode("Choose options").tag(sync=True)
    max_selections = traitlets.Int(None, allow_none=True).tag(sync=True)
    #: How typing filters the list: "fuzzy" (in-order letters, best matches first),
    #: "contains", "prefix", or None (no typing).
    filter_mode = traitlets.Unicode("fuzzy", allow_none=True).tag(sync=True)
    #: The most options a "Select all" entry is offered for (0: never).
    select_all = traitlets.Int(1000).tag(sync=True)
    #: False keeps the tags on one row that scrolls sideways; True or None lets them wrap.
    wrap = traitlets.Bool(None, allow_none=True).tag(sync=True)

    @traitlets.validate("index")
    def _valid_index(self, proposal: Any) -> tuple[int, ...]:
        chosen = tuple(proposal["value"])
        count = len(self.options)
        for position in chosen:
            if isinstance(position, bool) or not isinstance(position, int):
                raise traitlets.TraitError(f"an option's position must be an int, not {position!r}")
            if not 0 <= position < count:
                raise traitlets.TraitError(f"no option at position {position} (of {count})")
        if len(set(chosen)) != len(chosen):
            raise traitlets.TraitError(f"an option is chosen twice in {chosen!r}")
        return chosen
