"""The browser side of st.download_button: a small anywidget, no build step."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import anywidget
import traitlets

log = logging.getLogger("nbstate")

_ESM = """
export default {
  render({ model, el }) {
    const button = document.createElement("button");
    button.className = "jupyter-button widget-button";
    const sync = () => {
      button.textContent = model.get("description");
      button.disabled = model.get("disabled");
      button.title = model.get("tooltip") || "";
      button.classList.toggle("mod-primary", model.get("button_style") === "primary");
    };
    sync();
    model.on("change", sync);
    const save = () => {
      const data = model.get("data");
      const bytes = data ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : [];
      const url = URL.createObjectURL(new Blob([bytes], { type: model.get("mime") }));
      const link = document.createElement("a");
      link.href = url;
      link.download = model.get("file_name");
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      model.send({ event: "click" });
    };
    // Deferred data: the kernel calls the app's function, sets `data`, then says "ready".
    model.on("msg:custom", (msg) => {
      if (msg.event === "ready") save();
      if (msg.event === "error") console.error("st.download_button:", msg.message);
    });
    button.addEventListener("click", () => {
      if (model.get("deferred")) model.send({ event: "fetch" });
      else save();
    });
    el.appendChild(button);
  },
};
"""


class DownloadButton(anywidget.AnyWidget):
    """A button that saves `data` as `file_name` in the browser and reports the click."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)
    tooltip = traitlets.Unicode("").tag(sync=True)
    button_style = traitlets.Unicode("").tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    data = traitlets.Bytes(b"").tag(sync=True)
    file_name = traitlets.Unicode("download").tag(sync=True)
    mime = traitlets.Unicode("application/octet-stream").tag(sync=True)
    #: True when `data` is made on click by a function of the app (Streamlit's deferred data).
    deferred = traitlets.Bool(False).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._make_data: Callable[[], Any] | None = None
        self._fixed_mime: str | None = None
        self.on_msg(self._on_fetch)

    def set_source(self, data: Any, mime: str | None) -> None:
        """Download `data` (bytes) on click, or what `data()` returns when it is a function.

        `mime` None (with a function) means: from the type of what the function returns.
        """
        if callable(data):
            self._make_data, self._fixed_mime = data, mime
            if not self.deferred:
                self.set_trait("data", b"")
                self.deferred = True
            return
        self._make_data = None
        if self.deferred:
            self.deferred = False
        if self.data != data:
            self.data = data

    def _on_fetch(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not (isinstance(content, dict) and content.get("event") == "fetch"):
            return
        make = self._make_data
        if make is None or self.disabled:
            return  # a disabled button (or one no longer deferred) makes nothing
        from .api.files import download_bytes, inferred_mime

        try:
            result = make()
            content_bytes = download_bytes(result)
        except Exception as exc:
            log.warning("nbstate: the data function of st.download_button raised %r", exc)
            self.send({"event": "error", "message": f"{type(exc).__name__}: {exc}"})
            return
        self.mime = self._fixed_mime or inferred_mime(result)
        self.data = content_bytes
        self.send({"event": "ready"})
