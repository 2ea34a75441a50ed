"""st.camera_input and st.audio_input (Streamlit 1.67): the UploadedFile a photo or a
recording gives, callbacks, clearing, a form's submit, and the keys being read-only."""

import streamlit as st


def changed(tag):
    st.session_state.log = st.session_state.get("log", []) + [tag]


photo = st.camera_input("Photo", key="cam", on_change=changed, args=("cam",), resolution="480p")
voice = st.audio_input("Voice", key="mic", sample_rate=None, on_change=changed, args=("mic",))
with st.form("f"):
    late = st.audio_input("Later", key="late")
    st.form_submit_button("Send")
for f in (photo, voice, late):
    st.write("none" if f is None else f"{f.name} {f.type} {f.size} {f.getvalue()!r}")
if st.session_state.get("poke"):
    st.session_state.mic = "not allowed"  # after the widget: raises, as in Streamlit

INTERACTIONS = [
    {
        "do": "set",
        "type": "camera_input",
        "key": "cam",
        "value": ("a.jpg", b"\xff\xd8\xff\xd9", "image/jpeg"),
    },
    {
        "do": "set",
        "type": "audio_input",
        "key": "mic",
        "value": ("v.wav", b"RIFF....WAVE", "audio/wav"),
    },
    {"do": "run"},
    {"do": "set", "type": "camera_input", "key": "cam", "value": None},
    [
        {
            "do": "set",
            "type": "audio_input",
            "key": "late",
            "value": ("l.wav", b"RIFF", "audio/wav"),
        },
        {"do": "click", "type": "button", "label": "Send"},
    ],
    {"do": "state", "key": "poke", "value": True},
]
