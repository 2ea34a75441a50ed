"""The browser side of a st.link_button that reruns the app: a small anywidget, no build step.

The link opens its URL in a new tab as any link does; the widget also reports the click.
"""

from __future__ import annotations

import anywidget
import traitlets

_ESM = """
export default {
  render({ model, el }) {
    const sync = () => { el.innerHTML = model.get("html"); };
    sync();
    model.on("change:html", sync);
    el.addEventListener("click", (event) => {
      if (event.target.closest("a[href]")) model.send({ event: "click" });
    });
  },
};
"""


class LinkClick(anywidget.AnyWidget):
    """Shows `html` (a link styled as a button) and sends ``{"event": "click"}`` on a click."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    html = traitlets.Unicode("").tag(sync=True)
