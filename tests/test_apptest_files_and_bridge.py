"""file_uploader, download_button, data_editor, st.bind and st.widget."""

from __future__ import annotations

import ipywidgets as W
import pytest

from nbstate.testing import AppTest

UPLOAD = """
import nbstate as st
def cb():
    st.session_state.calls.append(1)
st.session_state.setdefault("calls", [])
f = st.file_uploader("Upload", type=["csv"], key="up", on_change=cb)
st.session_state.got = None if f is None else (f.name, f.size, f.read())
"""


def test_file_uploader_returns_uploaded_file_and_runs_on_change() -> None:
    at = AppTest.from_string(UPLOAD).run()
    assert at.session_state.got is None
    assert at.file_uploader[0].proto.props["accept"] == ".csv"
    at.file_uploader[0].set_value(("data.csv", b"1,2,3")).run()
    assert at.session_state.got == ("data.csv", 5, b"1,2,3")
    assert at.session_state.calls == [1]
    assert at.session_state.up.name == "data.csv"


def test_file_uploader_multiple_files_and_read_only_key() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nfs = st.file_uploader("U", accept_multiple_files=True, key="u")\n'
        "st.session_state.names = [f.name for f in fs]"
    ).run()
    assert at.session_state.names == []
    at.file_uploader[0].set_value([("a.txt", b"a"), ("b.txt", b"bb")]).run()
    assert at.session_state.names == ["a.txt", "b.txt"]
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.u = 1\nst.file_uploader("U", key="u")'
    ).run()
    assert at.exception[0].type == "NbStateValueAssignmentNotAllowedError"


def test_download_button_holds_the_data_and_a_click_runs_on_click() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
import io
clicks = st.session_state.setdefault("clicks", [])
st.session_state.value = st.download_button(
    "Get", "a,b\\n1,2", file_name="x.csv", key="dl", on_click=lambda: clicks.append("dl")
)
st.download_button("Bytes", io.BytesIO(b"\\x00\\x01"), key="bin")
"""
    ).run()
    view = at._app.renderer.widget_views[at.download_button[0].id]
    assert (view.widget.data, view.widget.file_name, view.widget.mime) == (
        b"a,b\n1,2",
        "x.csv",
        "text/plain",
    )
    binary = at._app.renderer.widget_views[at.download_button[1].id].widget
    assert binary.data == b"\x00\x01" and binary.mime == "application/octet-stream"
    at.download_button[0].click().run()
    assert at.session_state.clicks == ["dl"]
    assert at.session_state.value is True
    at.run()
    assert at.session_state.value is False


def test_download_button_on_click_ignore_does_not_rerun() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.runs = st.session_state.get("runs", 0) + 1\n'
        'st.download_button("Get", b"x", on_click="ignore")'
    ).run()
    view = at._app.renderer.widget_views[at.download_button[0].id]
    view.simulate_click()
    assert not at._app.has_pending_events()


@pytest.mark.parametrize(
    ("call", "error_type"),
    [
        ('st.download_button("Get", 123)', "NbStateAPIException"),
        (
            'with st.form("f"):\n    st.download_button("Get", "x")',
            "NbStateInvalidLayoutContextError",
        ),
        ('st.button("B", on_click="ignore")', "NbStateAPIException"),
    ],
)
def test_download_button_errors(call: str, error_type: str) -> None:
    at = AppTest.from_string("import nbstate as st\n" + call).run()
    assert at.exception[0].type == error_type


DATA_EDITOR = """
import nbstate as st, pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
edited = st.data_editor(df, key="ed", on_change=cb)
st.session_state.out = edited.to_dict("list")
"""


def test_data_editor_returns_edited_data_and_keeps_edits_in_state() -> None:
    at = AppTest.from_string(DATA_EDITOR).run()
    assert at.session_state.out == {"a": [1, 2], "b": ["x", "y"]}
    assert at.session_state.ed == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    at.data_editor[0].set_value({"edited_rows": {1: {"b": "Z"}}}).run()
    assert at.session_state.out == {"a": [1, 2], "b": ["x", "Z"]}
    assert at.session_state.ed["edited_rows"] == {1: {"b": "Z"}}
    assert at.session_state.calls == 1
    grid = at._app.renderer.widget_views[at.data_editor[0].id].widget
    assert list(grid.data["b"]) == ["x", "Z"]


def test_data_editor_returns_the_type_it_was_given() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.out = st.data_editor({"a": [1, 2]})'
    ).run()
    assert at.session_state.out == {"a": [1, 2]}


def test_data_editor_key_is_read_only() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nst.session_state.ed = {}\nst.data_editor({"a": [1]}, key="ed")'
    ).run()
    assert at.exception[0].type == "NbStateValueAssignmentNotAllowedError"


def test_bind_puts_your_own_widget_in_the_run_cycle() -> None:
    mine = W.IntSlider(value=3)
    mine.add_class("user-class")

    def script() -> None:
        import nbstate as st

        calls = st.session_state.setdefault("calls", [])
        value = st.bind(mine, key="mine", on_change=lambda: calls.append(st.session_state.mine))
        st.write("value", value)

    at = AppTest.from_function(script).run()
    assert at.session_state.mine == 3
    at._app.renderer.widget_views[at._app.session.state._key_to_id["mine"]].simulate_user_value(7)
    at._app.process_events()
    assert at.session_state.calls == [7]
    assert at.markdown.values == ["value `7`"]
    at.session_state.mine = 1
    at.run()
    assert mine.value == 1
    assert "user-class" in mine._dom_classes and "nbstate-key-mine" in mine._dom_classes
    at._app.close()
    assert mine.comm is not None  # nbstate never closes a widget it did not create


def test_bind_rejects_objects_without_a_value_trait() -> None:
    at = AppTest.from_string(
        "import nbstate as st, ipywidgets as w\nst.bind(w.HTML('x').layout)"
    ).run()
    assert "st.bind needs an ipywidget with a `value` trait" in at.exception[0].value


def test_st_widget_returns_the_widget_behind_a_key() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.text_input("Name", key="name")
if "styled" not in st.session_state:
    st.session_state.styled = True
else:
    st.widget("name").layout.width = "20em"
"""
    ).run()
    at.run()
    widget = at._app.renderer.widget_views[at.text_input[0].id].widget
    assert widget.layout.width == "20em"
    at.run()
    assert widget.layout.width == "20em"  # nbstate leaves the user's styling alone


def test_st_widget_before_the_first_render_is_a_clear_error() -> None:
    at = AppTest.from_string('import nbstate as st\nst.widget("nothing")').run()
    assert 'No widget with key "nothing"' in at.exception[0].value
