"""st.camera_input and st.audio_input in JupyterLab 4 with Chromium's fake camera and
microphone (``--use-fake-ui-for-media-stream --use-fake-device-for-media-stream``, in
conftest's CHROMIUM_ARGS): a photo taken and a second of audio recorded in the page reach the
kernel as UploadedFiles holding a JPEG and a 16-bit mono WAV at the sample rate asked; a
denied camera is said in the widget."""

from __future__ import annotations

import json

import pytest
from browser_support import (
    app_area,
    cell_output_text,
    open_notebook,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP = """
p = st.camera_input("Photo", key="cam", resolution="480p")
r = st.audio_input("Voice", key="mic", sample_rate=22050)
st.write("photo:", "none" if p is None else p.name)
st.write("voice:", "none" if r is None else r.name)
"""

CHECK = """
import json, struct, nbstate
s = nbstate.session_state
c, m = s.cam.getvalue(), s.mic.getvalue()
print("MEDIA", json.dumps({
    "cam": [type(s.cam).__name__, s.cam.type, c[:2].hex(), c[-2:].hex()],
    "mic": [type(s.mic).__name__, s.mic.type, m[:4].decode(), m[8:16].decode(), m[36:40].decode()],
    "fmt": struct.unpack("<HHIIHH", m[20:36]), "data": struct.unpack("<I", m[40:44])[0],
    "size": len(m),
}))
"""


def test_a_photo_and_a_recording_reach_the_kernel(page: Page, lab, shot) -> None:
    write_notebook(lab.root / "media.ipynb", [rerun_cell(APP), CHECK])
    open_notebook(page, lab, "media.ipynb", "lab", n_cells=3)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app).to_contain_text("photo: none", timeout=60_000)
    camera = app.locator(".nbstate-key-cam")
    video = camera.locator("video")
    expect(video).to_be_visible()
    page.wait_for_function("v => v.videoWidth > 0", arg=video.element_handle(), timeout=30_000)
    camera.get_by_role("button", name="Take Photo").click()
    expect(app).to_contain_text("photo: camera-input-", timeout=30_000)
    expect(camera.locator("img")).to_be_visible()
    expect(camera.get_by_role("button", name="Clear photo")).to_be_visible()

    mic = app.locator(".nbstate-key-mic")
    mic.get_by_role("button", name="Record").click()
    stop = mic.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(1200)
    stop.click()
    expect(app).to_contain_text("_audio.wav", timeout=30_000)
    expect(mic.locator("audio")).to_be_visible()
    shot("taken")

    run_cell(page, 2)
    line = next(ln for ln in cell_output_text(page, 2).splitlines() if ln.startswith("MEDIA "))
    media = json.loads(line[len("MEDIA ") :])
    assert media["cam"] == ["UploadedFile", "image/jpeg", "ffd8", "ffd9"]  # a whole JPEG
    assert media["mic"] == ["UploadedFile", "audio/wav", "RIFF", "WAVEfmt ", "data"]
    # PCM, mono, 22050 Hz, 44100 bytes/s, 2-byte frames, 16 bits
    assert media["fmt"] == [1, 1, 22050, 44100, 2, 16]
    assert media["data"] == media["size"] - 44
    assert 0.6 * 44100 < media["data"] < 4 * 44100, media  # about a second of sound

    # The browser now refuses the camera: clearing the photo restarts it, and fails visibly.
    page.evaluate(
        "() => { navigator.mediaDevices.getUserMedia = () =>"
        " Promise.reject(new DOMException('denied', 'NotAllowedError')); }"
    )
    camera.get_by_role("button", name="Clear photo").click()
    expect(app).to_contain_text("photo: none", timeout=30_000)
    expect(camera.locator(".nbstate-media-message")).to_contain_text(
        "This app would like to use your camera. Access to the camera was denied."
    )
    expect(camera.get_by_role("button", name="Take Photo")).to_be_disabled()
