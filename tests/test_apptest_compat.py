"""The everyday st.* surface of real Streamlit apps: magic, page config, secrets, media,
charts, fragments, dialogs, status, chat, and a clear error for what is not there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import nbstate as st
from nbstate.testing import AppTest, patch_options

ECHO_BOT = """
import nbstate as st

st.title("Echo Bot")

# Initialize chat history
if "messages" not in st.session_state:
    st.session_state.messages = []

# Display chat messages from history on app rerun
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

# React to user input
if prompt := st.chat_input("What is up?"):
    # Display user message in chat message container
    st.chat_message("user").markdown(prompt)
    # Add user message to chat history
    st.session_state.messages.append({"role": "user", "content": prompt})

    response = f"Echo: {prompt}"
    # Display assistant response in chat message container
    with st.chat_message("assistant"):
        st.markdown(response)
    # Add assistant response to chat history
    st.session_state.messages.append({"role": "assistant", "content": response})
"""


def test_streamlit_docs_echo_bot_runs_unchanged_but_for_its_import() -> None:
    at = AppTest.from_string(ECHO_BOT).run()
    assert at.title[0].value == "Echo Bot"
    at.chat_input[0].set_value("hello").run()
    assert at.markdown.values == ["hello", "Echo: hello"]
    at.chat_input[0].set_value("again").run()
    assert at.markdown.values == ["hello", "Echo: hello", "again", "Echo: again"]
    at.run()  # a rerun without a message: the history is shown, nothing is added
    assert len(at.session_state.messages) == 4
    assert [m.proto.props["name"] for m in at.chat_message] == ["user", "assistant"] * 2


VOTE_DIALOG = """
import nbstate as st

@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...", key="reason")
    if st.button("Submit", key="submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A", key="A"):
        vote("A")
    if st.button("B", key="B"):
        vote("B")
else:
    f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}"
"""


def test_streamlit_docs_dialog_example_stays_open_for_its_own_widgets() -> None:
    at = AppTest.from_string(VOTE_DIALOG).run()
    at.button(key="A").click().run()
    assert "dialog" in [e.type for e in at.main]
    at.text_input(key="reason").input("it is first").run()  # reruns only the dialog
    assert "dialog" in [e.type for e in at.main]
    at.button(key="submit").click().run()
    assert at.markdown.values == ["You voted for A because it is first"]


FRAGMENT = """
import nbstate as st
runs = st.session_state.setdefault("runs", {"main": 0, "frag": 0})
runs["main"] += 1

@st.fragment
def part():
    runs["frag"] += 1
    value = st.slider("inside", 0, 10, key="inside")
    st.write("fragment sees", value)
    if value == 9 and runs["frag"] < 5:
        st.rerun(scope="fragment")

part()
st.slider("outside", 0, 10, key="outside")
"""


def test_fragment_widgets_rerun_only_the_fragment() -> None:
    at = AppTest.from_string(FRAGMENT).run()
    assert at.session_state.runs == {"main": 1, "frag": 1}
    at.slider(key="inside").set_value(3).run()
    assert at.session_state.runs == {"main": 1, "frag": 2}
    assert at.markdown.values == ["fragment sees `3`"]
    at.slider(key="outside").set_value(4).run()
    assert at.session_state.runs == {"main": 2, "frag": 3}
    at.slider(key="inside").set_value(9).run()  # rerun(scope="fragment") until frag == 5
    assert at.session_state.runs == {"main": 2, "frag": 5}


def test_fragment_rerun_keeps_widgets_outside_it() -> None:
    at = AppTest.from_string(FRAGMENT).run()
    at.slider(key="outside").set_value(6).run()
    at.slider(key="inside").set_value(2).run()
    assert at.session_state.outside == 6
    assert [s.key for s in at.slider] == ["inside", "outside"]


@pytest.mark.parametrize(
    "script",
    [
        'st.rerun(scope="fragment")',
        '@st.fragment\ndef f():\n    st.rerun(scope="fragment")\nf()',
    ],
)
def test_rerun_scope_fragment_outside_a_fragment_rerun_is_an_error(script: str) -> None:
    at = AppTest.from_string("import nbstate as st\n" + script).run()
    assert at.exception[0].type == "NbStateInvalidLayoutContextError"
    assert 'scope="fragment" can only be specified' in at.exception[0].value


def test_magic_writes_bare_expressions_and_can_be_turned_off() -> None:
    script = 'import nbstate as st\n"hello"\nx = 3\nx\nlen("abc")\n'
    assert AppTest.from_string(script).run().markdown.values == ["hello", "`3`"]
    with patch_options({"runner.magicEnabled": False}):
        assert AppTest.from_string(script).run().markdown.values == []


def test_set_page_config_titles_the_app_and_sets_its_width() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.set_page_config(page_title="Demo", page_icon="🎈")\nst.write("x")'
    ).run()
    assert "🎈 Demo" in at._app.title.value
    assert at._app.widget.layout.max_width == "46rem"
    at = AppTest.from_string('import nbstate as st\nst.set_page_config(layout="huge")').run()
    assert at.exception[0].value == "Invalid `layout` value. Supported values: 'centered', 'wide'."


def test_secrets_read_the_project_file(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('api_key = "abc"\n[db]\nuser = "ada"\n')
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        st.secrets.reload()
        assert st.secrets["api_key"] == "abc"
        assert st.secrets.db.user == "ada"
        with pytest.raises(KeyError, match='st.secrets has no key "missing"'):
            st.secrets["missing"]
        assert "abc" not in repr(st.secrets)
    finally:
        os.chdir(cwd)
        st.secrets.reload()


def test_media_elements_embed_their_data() -> None:
    pytest.importorskip("PIL")
    at = AppTest.from_string(
        """
import nbstate as st, numpy as np
st.image(np.zeros((2, 2, 3), dtype="uint8"), caption="black")
st.audio(b"RIFF....", format="audio/wav")
st.video("https://example.org/clip.mp4")
"""
    ).run()
    assert not at.exception
    image, audio, video = (e.proto.props["html"] for e in at.main)
    assert "data:image/png;base64," in image and "black" in image
    assert "data:audio/wav;base64," in audio
    assert 'src="https://example.org/clip.mp4' in video


def test_simple_charts_are_vega_lite_displays() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_string(
        """
import nbstate as st, pandas as pd
data = pd.DataFrame({"a": [1, 2, 3], "b": [3, 2, 1]})
st.line_chart(data)
st.bar_chart(data, x="a", y="b")
st.area_chart(data)
st.scatter_chart(data, x="a", y="b")
"""
    ).run()
    assert not at.exception
    for element in at.main:
        data = element.proto.props["outputs"][0]["data"]
        assert any(mime.startswith("application/vnd.vegalite") for mime in data), element.type


def test_status_toast_balloons_and_latex() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
with st.status("Downloading", expanded=True) as s:
    st.write("step")
st.toast("Saved", icon="💾")
st.balloons()
st.latex("a^2 + b^2")
"""
    ).run()
    assert not at.exception
    assert at.status[0].proto.props["state"] == "complete"
    assert [t.value for t in at.toast] == ["Saved", "Hooray!"]
    assert at.latex[0].value == "$$\na^2 + b^2\n$$"  # as Streamlit 1.67 AppTest reports it


def test_status_of_a_failing_block_shows_error() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nwith st.status("Work"):\n    raise ValueError("x")'
    ).run()
    assert at.status[0].proto.props["state"] == "error"


def test_missing_st_attribute_names_the_closest_alternative() -> None:
    with pytest.raises(
        AttributeError, match=r"st.experimental_rerun is not available in nbstate. Use st.rerun\(\)"
    ):
        st.experimental_rerun  # noqa: B018
    with pytest.raises(AttributeError, match="Use st.button instead"):
        st.buton  # noqa: B018
    assert not hasattr(st, "pydeck_chart")
    at = AppTest.from_string("import nbstate as st\nst.pydeck_chart(None)").run()
    assert at.exception[0].type == "NbStateNotAvailableError"


def test_optional_chart_library_missing_gives_install_hint() -> None:
    try:
        import plotly  # noqa: F401
    except ImportError:
        at = AppTest.from_string("import nbstate as st\nst.plotly_chart({'data': []})").run()
        assert "pip install plotly" in at.exception[0].value
    else:  # pragma: no cover - plotly installed
        pytest.skip("plotly is installed")


def test_fragment_in_the_sidebar_keeps_its_keyless_widget_ids_when_rerun_alone() -> None:
    # Issue 16 item 15: the fragment's rerun lost the sidebar, so its button got another id.
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.setdefault("log", [])
@st.fragment
def frag(where):
    st.session_state.log.append((where, st.button("Go " + where)))
with st.sidebar:
    frag("side")
frag("main")
"""
    ).run()
    at.sidebar.button[0].click().run()
    assert at.session_state.log[-1] == ("side", True)


def test_st_stop_in_a_callback_of_a_fragment_run_shows_the_fragment_empty() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
@st.fragment
def frag():
    st.button("Halt", on_click=st.stop)
    st.write("inside")
frag()
st.write("outside")
"""
    ).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.markdown.values == ["outside"]
