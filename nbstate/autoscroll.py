"""`st.container(autoscroll=...)`: a tiny invisible anywidget, the last child of a scrolling
container, that scrolls its container to the bottom when it is drawn and whenever the
container's content changes (its `tick` counts the changes), as Streamlit 1.67 does."""

from __future__ import annotations

import anywidget
import traitlets

_ESM = """
function scroll(el) {
  // after the browser has laid out the new content
  requestAnimationFrame(() => {
    const box = el.parentElement;
    if (box) box.scrollTop = box.scrollHeight;
  });
}
export default {
  render({ model, el }) {
    el.style.display = "none";
    scroll(el);
    model.on("change:tick", () => scroll(el));
  },
};
"""


class ScrollToBottom(anywidget.AnyWidget):
    """Scrolls its parent box to the bottom when drawn and at every change of `tick`."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    tick = traitlets.Int(0).tag(sync=True)


def autoscrolls(props: dict, kinds: set[str]) -> bool:
    """Whether a container with `props`, holding elements of `kinds`, scrolls to new content:
    only with a fixed height; ``autoscroll=None`` when it holds chat messages."""
    if not props.get("height"):
        return False
    wanted = props.get("autoscroll")
    return bool(wanted) if wanted is not None else "chat_message" in kinds
