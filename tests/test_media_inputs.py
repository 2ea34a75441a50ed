"""st.camera_input and st.audio_input (issue 19): values, callbacks, forms, errors, AppTest.

Each case below runs under nbstate's AppTest; `EXPECTED` (tests/data/media_inputs_streamlit.json) holds what Streamlit 1.67's AppTest
gives for the same app and probe (`test_streamlit_gives_the_expected_results` checks that
against /work/st-venv when it is there). The wire format the page sends is tested on the
view, and in a real kernel in `test_kernel_receives_a_photo_and_a_recording_from_the_page`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frontend import KernelFrontend
from streamlit_oracle import run_nbstate, run_streamlit, streamlit_python

from nbstate.frontend_messages import update_message
from nbstate.testing import AppTest

JPEG = b"\xff\xd8\xff\xe0jpeg-bytes"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "

VALUES_APP = """
import streamlit as st
def changed(tag):
    st.session_state.log = st.session_state.get("log", []) + [(tag, getattr(st.session_state.get(tag), "name", None))]
photo = st.camera_input("Photo", key="cam", help="smile", on_change=changed, args=("cam",),
                        resolution="720p")
rec = st.audio_input("Voice", key="mic", on_change=changed, kwargs={"tag": "mic"})
plain = st.audio_input("Plain", sample_rate=None)
st.session_state.seen = [
    None if f is None else (f.name, f.type, f.size, f.getvalue()) for f in (photo, rec, plain)
]
"""

FORM_APP = """
import streamlit as st
with st.form("f"):
    photo = st.camera_input("Photo", key="cam")
    rec = st.audio_input("Voice", key="mic")
    st.form_submit_button("Send")
st.session_state.seen = [None if f is None else f.name for f in (photo, rec)]
"""

CASES: dict[str, tuple[str, str]] = {
    "values_and_callbacks": (
        VALUES_APP,
        f"""
at.run()
first = list(at.session_state.seen)
cam, mic, plain = at.camera_input[0], at.audio_input[0], at.audio_input[1]
props = [(cam.label, cam.help, cam.resolution, cam.form_id, cam.type),
         (mic.label, mic.help, mic.sample_rate, mic.type), plain.sample_rate]
cam.set_value(("shot.jpg", {JPEG!r}, "image/jpeg"))
staged_value = cam.value
at.run()
after_photo = (list(at.session_state.seen), list(at.session_state.log))
at.audio_input(key="mic").upload("voice.wav", {WAV!r})
at.run()
after_voice = (list(at.session_state.seen), list(at.session_state.log))
at.run()  # nothing staged: both files stay, no callback
kept = (list(at.session_state.seen), len(at.session_state.log), at.camera_input[0].value.name)
at.camera_input[0].clear()
at.run()
result = (first, props, staged_value, after_photo, after_voice, kept,
          list(at.session_state.seen), list(at.session_state.log))
""",
    ),
    "form_holds_until_submit": (
        FORM_APP,
        f"""
at.run()
at.camera_input[0].set_value(("a.jpg", {JPEG!r}, "image/jpeg"))
at.audio_input[0].set_value(("b.wav", {WAV!r}, "audio/wav"))
at.run()
held = list(at.session_state.seen)
at.camera_input[0].set_value(("a.jpg", {JPEG!r}, "image/jpeg"))
at.audio_input[0].set_value(("b.wav", {WAV!r}, "audio/wav"))
at.button[0].click()
at.run()
result = (held, list(at.session_state.seen), at.camera_input[0].form_id)
""",
    ),
    "callback_in_form": (
        """
import streamlit as st
with st.form("f"):
    st.camera_input("Photo", on_change=lambda: None)
    st.form_submit_button("Send")
""",
        "at.run()\nresult = [e.value for e in at.exception]",
    ),
    "parameter_errors": (
        """
import streamlit as st
for call in (lambda: st.camera_input("c", resolution="4k"),
             lambda: st.audio_input("a", sample_rate=12345),
             lambda: st.camera_input("c2", width="content"),
             lambda: st.audio_input("a2", width=0),
             lambda: st.camera_input("c3", on_change="later")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
""",
        "at.run()\nresult = [m.value for m in at.markdown]",
    ),
    "keys_are_read_only": (
        """
import streamlit as st
st.session_state.cam = "x"
st.camera_input("Photo", key="cam")
""",
        "at.run()\nresult = ([e.value for e in at.exception], at.session_state.cam)",
    ),
    "apptest_rejects_what_the_browser_cannot_send": (
        """
import streamlit as st
st.camera_input("Photo")
st.audio_input("Voice")
st.camera_input("Off", disabled=True)
""",
        f"""
at.run()
out = []
for widget, value in [
    (at.camera_input[0], ("a.png", {JPEG!r}, "image/jpeg")),
    (at.camera_input[0], ("a.jpg", {JPEG!r}, "image/png")),
    (at.camera_input[0], [("a.jpg", {JPEG!r}, "image/jpeg")]),
    (at.camera_input[0], "a.jpg"),
    (at.audio_input[0], ("a.mp3", {WAV!r}, "audio/wav")),
    (at.audio_input[0], ("a.wav", {WAV!r}, "audio/mpeg")),
    (at.audio_input[0], [("a.wav", {WAV!r}, "audio/wav")]),
    (at.audio_input[0], b"RIFF"),
    (at.camera_input[1], ("a.jpg", {JPEG!r}, "image/jpeg")),
]:
    try:
        widget.set_value(value)
        out.append("accepted")
    except Exception as exc:
        out.append(f"{{type(exc).__name__}}: {{exc}}")
at.camera_input[0].upload("Upper.JPG", {JPEG!r}, "Image/JPEG")
at.run()
result = (out, at.camera_input[0].value.name, at.camera_input[0].value.type)
""",
    ),
    "label_visibility_and_help": (
        """
import streamlit as st
st.audio_input("", help="h", label_visibility="collapsed")
st.audio_input("A", help="h", label_visibility="collapsed")
st.camera_input("", help="h", label_visibility="hidden")
""",
        """
at.run()
result = ([a.help for a in at.audio_input], [c.help for c in at.camera_input])
""",
    ),
}

#: Streamlit 1.67's AppTest results for `CASES` (measured with /work/st-venv; regenerate with
#: ``run_streamlit(CASES, python)``).
EXPECTED: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "media_inputs_streamlit.json").read_text()
)


@pytest.mark.parametrize("name", sorted(CASES))
def test_nbstate_gives_streamlits_result(name: str) -> None:
    assert run_nbstate(*CASES[name]) == EXPECTED[name]


def test_streamlit_gives_the_expected_results() -> None:
    python = streamlit_python()
    if python is None:
        pytest.skip("no Python with Streamlit 1.67 (set NBSTATE_STREAMLIT_PYTHON)")
    assert run_streamlit(CASES, python) == EXPECTED


# ---------------------------------------------------------------- the page's side, in nbstate


def _view(at: AppTest, kind: str, index: int = 0):
    widget = getattr(at, kind)[index]
    return at._app.renderer.view_for(widget.id)


def test_the_widget_shows_label_help_disabled_capture_and_width() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.camera_input("Cam", help="tip", resolution="1080p", width=320, key="c")
st.audio_input("Mic", help="tip", label_visibility="hidden", disabled=True, sample_rate=8000)
st.audio_input("Device rate", sample_rate=None, label_visibility="collapsed")
"""
    ).run()
    cam, mic, device = (_view(at, k, i).widget for k, i in
                        (("camera_input", 0), ("audio_input", 0), ("audio_input", 1)))  # fmt: skip
    assert (cam.mode, cam.description, cam.tooltip, cam.capture, cam.width, cam.disabled) == (
        "camera", "Cam", "tip", 1080, "320px", False,
    )  # fmt: skip
    # as in Streamlit, no tooltip without a visible label; "hidden" keeps the label's row
    assert (mic.mode, mic.description, mic.tooltip, mic.capture, mic.disabled) == (
        "audio", "\u00a0", "", 8000, True,
    )  # fmt: skip
    assert (device.description, device.capture, device.width, device.value) == ("", 0, "100%", None)
    assert "nbstate-key-c" in cam._dom_classes


def test_the_page_sends_the_file_as_a_binary_buffer() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
f = st.audio_input("Mic", key="mic")
st.write("none" if f is None else f"{f.name} {f.type} {f.size} {f.read(4)!r}")
"""
    ).run()
    view = _view(at, "audio_input")
    view.widget._handle_msg(
        update_message(
            {"value": {"name": "2026-12-03T19-00_audio.wav", "type": "audio/wav"}},
            [["value", "content"]],
            [memoryview(WAV)],
        )
    )
    at._app.process_events()
    assert at.markdown[0].value == "2026-12-03T19-00_audio.wav audio/wav 16 b'RIFF'"
    assert at.session_state.mic.getvalue() == WAV
    # the page clears it ("Clear recording"): None, and a rerun
    view.widget._handle_msg(update_message({"value": None}))
    at._app.process_events()
    assert at.markdown[0].value == "none"


@pytest.mark.parametrize(
    "state",
    [
        {"value": {"name": "x.png", "type": "image/png", "content": JPEG}},  # not a .jpg
        {"value": {"name": "x.jpg", "type": "image/jpeg"}},  # no content
        {"value": "x.jpg"},
    ],
)
def test_a_malformed_file_from_the_page_is_ignored(state: dict) -> None:
    at = AppTest.from_string('import nbstate as st\nst.camera_input("Cam", key="c")').run()
    at.camera_input[0].set_value(("ok.jpg", JPEG, "image/jpeg"))
    at.run()
    view = _view(at, "camera_input")
    view.widget._handle_msg(update_message(state))
    assert not at._app.has_pending_events()
    assert view.widget.value["name"] == "ok.jpg"
    assert at.session_state.c.name == "ok.jpg"


def test_a_disabled_widget_ignores_the_page() -> None:
    at = AppTest.from_string('import nbstate as st\nst.camera_input("Cam", disabled=True)').run()
    view = _view(at, "camera_input")
    view.simulate_user_value(("x.jpg", JPEG, "image/jpeg"))
    assert not at._app.has_pending_events()
    assert view.widget.value is None


def test_a_form_keeps_the_photo_taken_until_submit_as_the_page_does() -> None:
    # The page keeps a form's unsubmitted values, so a run in between loses nothing.
    # (Streamlit's AppTest drops files staged in a form by a run without its submit.)
    at = AppTest.from_string(FORM_APP.replace("import streamlit", "import nbstate")).run()
    at.camera_input[0].set_value(("a.jpg", JPEG, "image/jpeg"))
    at.run()
    assert at.session_state.seen == [None, None]
    assert _view(at, "camera_input").widget.value["name"] == "a.jpg"  # still on screen
    at.button[0].click()
    at.run()
    assert at.session_state.seen == ["a.jpg", None]


def test_they_are_no_longer_not_available() -> None:
    import nbstate
    from nbstate.compat import ALTERNATIVES

    assert callable(nbstate.camera_input) and callable(nbstate.audio_input)
    assert "camera_input" not in ALTERNATIVES and "audio_input" not in ALTERNATIVES


# ------------------------------------------------------------------------ in a real kernel


@pytest.mark.kernel
def test_kernel_receives_a_photo_and_a_recording_from_the_page(tmp_path) -> None:
    with KernelFrontend(cwd=tmp_path) as kernel:
        kernel.execute("import nbstate", check=True)
        result = kernel.execute(
            """%%rerun
import nbstate as st
def took():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
p = st.camera_input("Photo", key="cam", on_change=took)
r = st.audio_input("Voice", key="mic", sample_rate=8000)
st.write("photo", None if p is None else (p.name, p.type, p.getvalue()[:2].hex()))
st.write("voice", None if r is None else (r.name, r.type, r.size))
""",
            cell_id="media",
        )
        result.raise_for_error()
        cam = kernel.find_one("nbstate-key-cam", within=result)
        mic = kernel.find_one("nbstate-key-mic", within=result)
        assert (kernel.model(cam)["mode"], kernel.model(mic)["capture"]) == ("camera", 8000)
        kernel.set_value(cam, {"name": "camera-input-x.jpg", "type": "image/jpeg", "content": JPEG})
        assert "photo ('camera-input-x.jpg', 'image/jpeg', 'ffd8')" in kernel.text(result)
        kernel.set_value(mic, {"name": "t_audio.wav", "type": "audio/wav", "content": WAV})
        assert "voice ('t_audio.wav', 'audio/wav', 16)" in kernel.text(result)
        check = kernel.execute(
            "import nbstate\ns = nbstate.session_state\n"
            "print(s.calls, type(s.cam).__name__, s.mic.getvalue()[:4])"
        )
        assert check.stdout.strip() == "1 UploadedFile b'RIFF'"
        kernel.set_value(cam, None)  # "Clear photo"
        assert "photo None" in kernel.text(result)


def test_on_change_ignore_keeps_the_photo_for_the_next_run_without_rerunning() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
p = st.camera_input("Cam", key="c", on_change="ignore")
st.write("photo", None if p is None else p.name)
"""
    ).run()
    _view(at, "camera_input").simulate_user_value(("a.jpg", JPEG, "image/jpeg"))
    if at._app.has_pending_events():
        at._app.process_events()
    assert (at.session_state.runs, at.markdown[0].value) == (1, "photo `None`")
    at.run()  # another widget's rerun, say
    assert (at.session_state.runs, at.markdown[0].value) == (2, "photo a.jpg")
