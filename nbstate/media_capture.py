"""The browser side of st.camera_input and st.audio_input: a small anywidget, no build step.

It asks the browser for the camera or the microphone (``navigator.mediaDevices.getUserMedia``).
The camera shows its live picture with "Take Photo", then the still JPEG with "Clear photo".
The microphone records between "Record" and "Stop recording"; the page decodes what the
browser recorded, mixes it to mono, resamples it to `capture` Hz (0: the microphone's own
rate) and encodes a 16-bit PCM WAV. `value` is then ``{"name", "type", "content"}`` (the bytes
travel as a binary buffer), or None once cleared. A browser that refuses the device gets a
message in the widget saying why and what to do.
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

_ESM = """
const TEXT = {
  camera: { ask: "This app would like to use your camera.", device: "camera",
            take: "Take Photo", clear: "Clear photo" },
  audio: { ask: "This app would like to use your microphone.", device: "microphone",
           take: "Record", stop: "Stop recording", clear: "Clear recording" },
};

function why(error, device) {
  const name = error && error.name;
  if (name === "insecure")
    return `This page cannot reach a ${device}: it must be served over https or from localhost.`;
  if (name === "NotAllowedError" || name === "SecurityError")
    return `Access to the ${device} was denied. Allow it for this site in the browser's ` +
      "settings (the icon left of the address), then reload the page.";
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return `No ${device} was found. Connect one, then reload the page.`;
  if (name === "NotReadableError")
    return `The ${device} is busy in another program. Close it there, then reload the page.`;
  return `The ${device} could not be opened (${name || error}).`;
}

function wav(samples, rate) {
  const view = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at, s) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF"); view.setUint32(4, 36 + samples.length * 2, true); text(8, "WAVE");
  text(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true);
  view.setUint16(22, 1, true); view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true); view.setUint16(34, 16, true);
  text(36, "data"); view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => {
    const x = Math.max(-1, Math.min(1, s));
    view.setInt16(44 + i * 2, x < 0 ? x * 0x8000 : x * 0x7fff, true);
  });
  return view;
}

async function toWav(blob, rate) {
  const context = new AudioContext();
  let decoded;
  try { decoded = await context.decodeAudioData(await blob.arrayBuffer()); }
  finally { context.close(); }
  rate = rate || decoded.sampleRate;
  const length = Math.max(1, Math.round(decoded.duration * rate));
  const offline = new OfflineAudioContext(1, length, rate);  // mono: channels are mixed
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  return wav((await offline.startRendering()).getChannelData(0), rate);
}

export default {
  render({ model, el }) {
    const mode = model.get("mode");
    const words = TEXT[mode];
    const root = document.createElement("div");
    root.className = "nbstate-media-input";
    root.style.display = "flex";
    root.style.flexDirection = "column";
    root.style.gap = "4px";
    const label = document.createElement("label");
    label.className = "widget-label";
    const stage = document.createElement("div");
    stage.className = "nbstate-media-stage";
    const note = document.createElement("div");
    note.className = "nbstate-media-message";
    note.setAttribute("role", "alert");
    const button = document.createElement("button");
    button.className = "jupyter-button widget-button nbstate-media-button";
    const video = document.createElement("video");
    video.autoplay = true; video.playsInline = true; video.muted = true;
    video.style.width = "100%";
    const still = document.createElement("img");
    still.style.width = "100%";
    const player = document.createElement("audio");
    player.controls = true;
    root.append(label, stage, note, button);
    el.appendChild(root);

    let stream = null, recorder = null, chunks = [], started = 0, timer = null, url = null;
    let failure = "", busy = false;
    const stopStream = () => {
      if (stream) stream.getTracks().forEach((track) => track.stop());
      stream = null;
      video.srcObject = null;
    };
    const open = async () => {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia)
        throw { name: "insecure" };
      const height = model.get("capture");
      const wanted = mode === "camera"
        ? { video: height ? { height: { ideal: height } } : true, audio: false }
        : { audio: true, video: false };
      return navigator.mediaDevices.getUserMedia(wanted);
    };
    const fail = (error) => {
      stopStream();
      failure = `${words.ask} ${why(error, words.device)}`;
      draw();
    };
    const send = (name, type, bytes) => {
      model.set("value", { name, type, content: bytes });
      model.save_changes();
    };
    const startCamera = async () => {
      if (stream || busy) return;
      busy = true;
      try {
        stream = await open();
        video.srcObject = stream;
        failure = "";
      } catch (error) { fail(error); }
      finally { busy = false; draw(); }
    };
    const takePhoto = async () => {
      const canvas = document.createElement("canvas");
      canvas.width = video.videoWidth; canvas.height = video.videoHeight;
      canvas.getContext("2d").drawImage(video, 0, 0);
      const blob = await new Promise((done) => canvas.toBlob(done, "image/jpeg", 0.92));
      const stamp = new Date().toISOString().replaceAll(":", "_");
      stopStream();
      send(`camera-input-${stamp}.jpg`, "image/jpeg", new DataView(await blob.arrayBuffer()));
    };
    const record = async () => {
      if (busy) return;  // a second click while the browser is still asked
      busy = true;
      try { stream = await open(); } catch (error) { fail(error); return; }
      finally { busy = false; }
      failure = "";
      const deviceRate = stream.getAudioTracks()[0].getSettings().sampleRate;
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (event) => chunks.push(event.data);
      recorder.onstop = async () => {
        const blob = new Blob(chunks, { type: recorder.mimeType });
        recorder = null;
        stopStream();
        clearInterval(timer);
        try {
          const rate = model.get("capture") || deviceRate || 0;
          const stamp = new Date().toISOString().slice(0, 16).replaceAll(":", "-");
          send(`${stamp}_audio.wav`, "audio/wav", await toWav(blob, rate));
        } catch (error) { failure = `The recording could not be encoded (${error}).`; draw(); }
      };
      recorder.start();
      started = Date.now();
      timer = setInterval(draw, 250);
      draw();
    };
    const onClick = () => {
      if (model.get("disabled")) return;
      if (model.get("value")) { model.set("value", null); model.save_changes(); return; }
      if (mode === "camera") { if (stream && video.videoWidth) takePhoto(); return; }
      if (recorder) recorder.stop(); else record();
    };
    button.addEventListener("click", onClick);

    function draw() {
      label.textContent = model.get("description");
      label.style.display = model.get("description") ? "" : "none";
      label.title = model.get("tooltip") || "";
      root.style.width = model.get("width") || "100%";
      const value = model.get("value");
      const disabled = model.get("disabled");
      if (url) { URL.revokeObjectURL(url); url = null; }
      let shown = null;
      if (value && value.content) {
        url = URL.createObjectURL(new Blob([value.content], { type: value.type }));
        shown = mode === "camera" ? still : player;
        shown.src = url;
        button.textContent = words.clear;
        if (mode === "camera") stopStream();
      } else if (mode === "camera") {
        shown = video;
        button.textContent = words.take;
        if (disabled) stopStream(); else if (!failure) startCamera();
      } else {
        button.textContent = recorder
          ? `${words.stop} (${((Date.now() - started) / 1000).toFixed(1)} s)` : words.take;
      }
      root.classList.toggle("nbstate-media-recording", Boolean(recorder));
      stage.replaceChildren(...(shown && !(failure && !value) ? [shown] : []));
      note.textContent = failure && !value ? failure : "";
      note.style.display = note.textContent ? "" : "none";
      button.disabled = disabled || (mode === "camera" && !value && !stream);
    }
    draw();
    model.on("change", draw);
    return () => {
      stopStream();
      if (recorder && recorder.state !== "inactive") recorder.stop();
      clearInterval(timer);
      if (url) URL.revokeObjectURL(url);
    };
  },
};
"""


class MediaCapture(anywidget.AnyWidget):
    """The camera (``mode="camera"``) or the microphone (``mode="audio"``) of the browser.

    `value` is None or ``{"name": str, "type": str, "content": bytes}``: a JPEG photo named
    ``*.jpg`` or a WAV recording named ``*.wav``.
    """

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    mode = traitlets.Unicode("camera").tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)
    tooltip = traitlets.Unicode("").tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    #: The CSS width of the widget ("100%" or "<n>px").
    width = traitlets.Unicode("100%").tag(sync=True)
    #: The picture height asked of the camera, or the WAV's sample rate; 0: the device's own.
    capture = traitlets.Int(0).tag(sync=True)
    value = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)

    @traitlets.validate("value")
    def _one_file_of_its_kind(self, proposal: Any) -> dict[str, Any] | None:
        value = proposal["value"]
        if value is None:
            return None
        suffix = ".jpg" if self.mode == "camera" else ".wav"
        name, type_, content = value.get("name"), value.get("type"), value.get("content")
        if not (
            isinstance(name, str)
            and name.lower().endswith(suffix)
            and isinstance(type_, str)
            and isinstance(content, (bytes, bytearray, memoryview))
        ):
            raise traitlets.TraitError(
                f"{self.mode} input value must be {{name: '*{suffix}', type, content: bytes}}"
            )
        return {"name": name, "type": type_, "content": bytes(content)}
