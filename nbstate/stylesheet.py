"""nbstate's stylesheet: Streamlit's look for app areas, put on the page once per page.

The rules live in ``static/nbstate.css`` (package data, no build step); every rule is scoped
to ``.nbstate-app``, so the rest of the notebook is untouched. A tiny anywidget, one per
kernel, puts them in the page's ``<head>`` when the page's widget manager creates its model:
on first display and again after each page reload (as the page probe in `page_reload` does).
It is never displayed itself.
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
export default {
  initialize({ model }) {
    inject(model);
    model.on("change:css", () => inject(model));
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
