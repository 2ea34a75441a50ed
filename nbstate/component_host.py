"""The browser side of a custom component (`st.components.v1.declare_component`): a small
anywidget, no build step, that shows the component in an iframe and speaks Streamlit's
component protocol with it over ``window.postMessage``.

The component says ``streamlit:componentReady``; the host answers with ``streamlit:render``
(``args``, ``dfs``, ``disabled``, ``theme``) and again whenever the arguments change. The
component's ``streamlit:setComponentValue`` becomes the widget's synced ``value`` (the kernel
reruns the app; the same value again is a ``{"event": "value"}`` message, which reruns it too,
as Streamlit reruns on every value a component sets), and ``streamlit:setFrameHeight`` sizes the iframe. A component read from
its build directory arrives as a document and its assets (`component_files`): the host makes
the assets ``blob:`` URLs and loads the document as the iframe's ``srcdoc``.
"""

from __future__ import annotations

import anywidget
import traitlets

#: Streamlit's sandbox for component and HTML iframes.
SANDBOX = (
    "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin "
    "allow-scripts allow-downloads"
)

#: Streamlit's feature policy (the iframe's ``allow``) for components.
ALLOW = "; ".join(
    (
        "accelerometer", "ambient-light-sensor", "autoplay", "battery", "camera",
        "clipboard-write", "document-domain", "encrypted-media", "fullscreen", "geolocation",
        "gyroscope", "layout-animations", "legacy-image-formats", "magnetometer", "microphone",
        "midi", "oversized-images", "payment", "picture-in-picture", "publickey-credentials-get",
        "sync-xhr", "usb", "vr", "wake-lock", "xr-spatial-tracking",
    )
)  # fmt: skip

_ESM = r"""
export default {
  render({ model, el }) {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", model.get("sandbox"));
    frame.setAttribute("allow", model.get("allow"));
    frame.style.border = "none";
    frame.style.width = "100%";
    frame.style.height = "0px";
    frame.style.display = "block";
    const note = document.createElement("div");
    note.className = "nbstate-component-error";
    note.style.color = "#ff2b2b";
    el.append(frame, note);
    let ready = false;
    const toView = (value) =>
      value instanceof DataView ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        : value;
    const render = () => {
      if (!ready || !frame.contentWindow) return;
      const args = { ...model.get("args") };
      for (const [name, data] of Object.entries(model.get("bytes_args"))) args[name] = toView(data);
      frame.contentWindow.postMessage(
        { type: "streamlit:render", args, dfs: [], disabled: model.get("disabled"),
          theme: model.get("theme") }, "*");
    };
    const setTab = () => {
      const tab = model.get("tab_index");
      if (tab === null) frame.removeAttribute("tabindex");
      else frame.setAttribute("tabindex", String(tab));
    };
    let urls = [];
    const withUrls = (text) => text.replace(/__nbstate_asset_(\d+)__/g, (m, i) => urls[+i] || m);
    const load = () => {
      ready = false;
      frame.style.height = "0px";
      urls.forEach((url) => URL.revokeObjectURL(url));
      urls = [];
      if (model.get("url")) { frame.removeAttribute("srcdoc"); frame.src = model.get("url"); return; }
      // each asset comes after those it names: CSS gets the blob: URLs of its fonts and images
      for (const { mime, data } of model.get("assets")) {
        const bytes = toView(data);
        const part = mime === "text/css" ? withUrls(new TextDecoder().decode(bytes)) : bytes;
        urls.push(URL.createObjectURL(new Blob([part], { type: mime })));
      }
      frame.removeAttribute("src");
      frame.srcdoc = withUrls(model.get("srcdoc"));
    };
    const onMessage = (event) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || typeof data !== "object" || !data.isStreamlitMessage) return;
      if (data.type === "streamlit:componentReady") {
        ready = true;
        render();
      } else if (data.type === "streamlit:setFrameHeight") {
        const height = Number(data.height);
        if (Number.isFinite(height) && height >= 0) frame.style.height = `${height}px`;
      } else if (data.type === "streamlit:setComponentValue") {
        if (!ready || data.value === undefined) {  // as Streamlit: a warning, no value
          console.warn(`nbstate: ignored ${data.type} ${ready ? "without a value" : "before componentReady"}`);
          return;
        }
        if (data.dataType === "dataframe" || data.dataType === "bytes") {
          note.textContent = `nbstate: this component sent a ${data.dataType} value, which ` +
            "nbstate cannot pass on yet; send JSON (Streamlit.setComponentValue(object)).";
          console.error(note.textContent);
          return;
        }
        if (JSON.stringify(data.value) === JSON.stringify(model.get("value"))) {
          model.send({ event: "value", value: data.value });  // no change, but a rerun
        } else {
          model.set("value", data.value);
          model.save_changes();
        }
      }
    };
    window.addEventListener("message", onMessage);
    setTab();
    load();
    let pending = false;  // a new build changes srcdoc and assets together: load once
    const reload = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => { pending = false; load(); });
    };
    model.on("change:srcdoc", reload);
    model.on("change:assets", reload);
    model.on("change:url", reload);
    model.on("change:tab_index", setTab);
    model.on("change:args", render);
    model.on("change:bytes_args", render);
    model.on("change:disabled", render);
    return () => {
      window.removeEventListener("message", onMessage);
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  },
};
"""


class ComponentHost(anywidget.AnyWidget):
    """Hosts one custom component: its document (`srcdoc`) or `url`, its arguments, and the
    value it last set (`value`, any JSON value)."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    sandbox = traitlets.Unicode(SANDBOX).tag(sync=True)
    allow = traitlets.Unicode(ALLOW).tag(sync=True)
    #: ``index.html``, its assets named by tokens (`component_files`).
    srcdoc = traitlets.Unicode("").tag(sync=True)
    #: ``{"mime", "data"}`` of each asset, sent as binary buffers; the page makes blob: URLs.
    assets = traitlets.List(traitlets.Dict()).tag(sync=True)
    url = traitlets.Unicode("").tag(sync=True)
    args = traitlets.Dict().tag(sync=True)
    #: Arguments given as bytes: sent as binary buffers, a Uint8Array in the component's args.
    bytes_args = traitlets.Dict().tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    theme = traitlets.Dict().tag(sync=True)
    tab_index = traitlets.Int(None, allow_none=True).tag(sync=True)
    value = traitlets.Any(None, allow_none=True).tag(sync=True)
