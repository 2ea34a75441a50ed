"""The browser side of st.download_button: a small anywidget, no build step."""

from __future__ import annotations

import anywidget
import traitlets

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
    button.addEventListener("click", () => {
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
