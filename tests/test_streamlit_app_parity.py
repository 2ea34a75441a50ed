"""Differences found by pasting Streamlit's example apps (issue 16), each checked against
Streamlit 1.67.0's own AppTest: the Streamlit-side facts are stated in each test."""

from __future__ import annotations

import json

import pytest

import nbstate as st
from nbstate.errors import NbStateInvalidLayoutContextError
from nbstate.testing import AppTest


def _vega_spec(element) -> dict:
    return element.proto.props["outputs"][0]["data"]["application/vnd.vegalite.v5+json"]


# ---------------------------------------------------------------- item 3


def test_form_submit_button_outside_a_form_is_a_layout_context_error() -> None:
    # Streamlit 1.67: StreamlitInvalidLayoutContextError, "`st.form_submit_button()` must be
    # used inside an `st.form()`." plus the pointer to the forms documentation.
    at = AppTest.from_string(
        """
import nbstate as st
from nbstate.errors import NbStateInvalidLayoutContextError
try:
    st.form_submit_button()
except NbStateInvalidLayoutContextError as e:
    st.session_state.caught = str(e)
"""
    ).run()
    assert not at.exception
    assert at.session_state.caught.startswith(
        "`st.form_submit_button()` must be used inside an `st.form()`."
    )
    assert at.session_state.caught.endswith("execution-flow/st.form).")
    assert issubclass(NbStateInvalidLayoutContextError, st.errors.NbStateAPIException)


# ---------------------------------------------------------------- item 5


@pytest.mark.parametrize("call", ["line_chart", "area_chart", "bar_chart", "scatter_chart"])
def test_simple_charts_of_a_numpy_array_have_str_fields(call: str) -> None:
    # Streamlit 1.67 draws st.line_chart(np.random.randn(5, 1)): column names become "0", ...
    pytest.importorskip("altair")
    at = AppTest.from_string(
        f"""
import nbstate as st, numpy as np
st.{call}(np.arange(10.0).reshape(5, 2))
"""
    ).run(timeout=60)  # the first chart imports Altair: slow on a busy machine
    assert not at.exception
    spec = _vega_spec(at.main[0])
    encoding = spec["encoding"] if "encoding" in spec else spec["layer"][0]["encoding"]
    assert encoding["y"]["type"] == "quantitative"
    assert encoding["x"]["type"] == "quantitative"
    series = {row[encoding["color"]["field"]] for row in _rows(spec)}
    assert series == {"0", "1"}


def _rows(spec: dict) -> list[dict]:
    datasets = spec.get("datasets", {})
    return [row for rows in datasets.values() for row in rows]


def test_simple_chart_columns_with_special_characters_and_int_names() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_string(
        """
import nbstate as st, numpy as np, pandas as pd
st.line_chart(np.random.randn(5, 1))
st.bar_chart(pd.DataFrame({1: [1, 2], "a.b": [3, 4], "t:Q": [5, 6]}), x="t:Q", y="a.b")
"""
    ).run()
    assert not at.exception
    one, two = (_vega_spec(e) for e in at.main)
    assert one["encoding"]["y"]["title"] == "0"
    assert two["encoding"]["x"]["field"] == "t:Q"  # not read as a type shorthand
    assert two["encoding"]["y"]["title"] == "a.b"
    assert {row["t:Q"] for row in _rows(two)} == {5, 6}


def test_simple_chart_x_must_be_a_column_name() -> None:
    # Streamlit 1.67: "Invalid `x` type. Expected one of: str, None. ..." for x=0.
    at = AppTest.from_string(
        "import nbstate as st, numpy as np\nst.scatter_chart(np.ones((3, 2)), x=0, y=1)"
    ).run()
    assert "pass a column name" in at.exception[0].value


# ---------------------------------------------------------------- item 6


def _pixels_shown(element) -> list:
    """The pixels of each image an st.image element shows, decoded from its data: URLs."""
    import base64
    import io
    import re

    import numpy as np
    from PIL import Image

    urls = re.findall(r'src="data:image/png;base64,([^"]+)"', element.proto.props["html"])
    return [np.asarray(Image.open(io.BytesIO(base64.b64decode(url)))) for url in urls]


def test_image_of_int_and_float_arrays_is_converted_to_8_bit_pixels() -> None:
    # Streamlit 1.67 (read in elements/lib/image_utils.py, run in its AppTest): an int64 array
    # is shown; floats are scaled by 255; out-of-range values are an error unless clamp=True,
    # which clips them; BGR swaps the colour order.
    pytest.importorskip("PIL")
    at = AppTest.from_string(
        """
import nbstate as st, numpy as np
st.image(np.repeat(0, 100).reshape(10, 10))
st.image(np.full((2, 2), 0.5))
st.image(np.full((2, 2), 300), clamp=True)
st.image(np.full((2, 2), -1.5), clamp=True)
st.image(np.array([[[255, 0, 0]]]), channels="BGR")
st.image(np.zeros((2, 3, 3, 1)), caption=["a", "b"])
"""
    ).run()
    assert not at.exception
    shown = [_pixels_shown(e) for e in at.image]
    assert shown[0][0].shape == (10, 10) and shown[0][0].max() == 0
    assert shown[1][0].tolist() == [[127, 127], [127, 127]]
    assert shown[2][0].tolist() == [[255, 255], [255, 255]]
    assert shown[3][0].tolist() == [[0, 0], [0, 0]]
    assert shown[4][0].tolist() == [[[0, 0, 255]]]
    assert len(shown[5]) == 2 and shown[5][0].shape == (3, 3)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.image(np.full((4, 4), 300))", "Data is outside [0, 255] and clamp is not set."),
        ("st.image(np.full((4, 4), 2.0))", "Data is outside [0.0, 1.0] and clamp is not set."),
        ('st.image(np.zeros((4, 4)), channels="BGR")', 'When using `channels="BGR"`'),
        ("st.image(np.zeros((4, 4, 2)))", "Channel can only be 1, 3, or 4 got 2."),
        ("st.image(np.zeros(4))", "give a 2D (height, width)"),
        ('st.image([np.zeros((4, 4))] * 2, caption=["a"])', "Cannot pair 1 captions with 2"),
    ],
)
def test_image_errors_as_in_streamlit(call: str, message: str) -> None:
    pytest.importorskip("PIL")
    at = AppTest.from_string("import nbstate as st, numpy as np\n" + call).run()
    assert message in at.exception[0].value


# ---------------------------------------------------------------- item 8

CHAT_LOG = """
import nbstate as st
st.session_state.setdefault("log", [])
st.session_state.log.append(("before", st.session_state.get("msg", "MISSING")))
def sent():
    st.session_state.log.append(("callback", st.session_state.msg))
value = st.chat_input("Say", key="msg", on_submit=sent)
st.session_state.log.append(("returned", value, st.session_state.msg))
"""


def test_keyed_chat_input_is_none_between_messages() -> None:
    # Streamlit 1.67 AppTest, the same script: after the first run msg is None; after a
    # message the callback and the run see "hi", and after that run msg is None again.
    at = AppTest.from_string(CHAT_LOG).run()
    assert at.session_state.msg is None
    assert at.session_state.log == [("before", "MISSING"), ("returned", None, None)]
    at.chat_input[0].set_value("hi").run()
    assert at.session_state.msg is None
    assert at.session_state.log[2:] == [
        ("callback", "hi"),
        ("before", "hi"),
        ("returned", "hi", "hi"),
    ]
    at.run()
    assert at.session_state.log[5:] == [("before", None), ("returned", None, None)]
    assert at.session_state.msg is None


def test_a_button_key_is_still_false_between_clicks() -> None:
    at = AppTest.from_string('import nbstate as st\nst.button("Go", key="go")').run()
    assert at.session_state.go is False
    at.button[0].click().run()
    assert at.session_state.go is False


# ---------------------------------------------------------------- item 9

DISABLED_AFTER_CHANGE = """
import nbstate as st
st.session_state.setdefault("done", False)
st.session_state.setdefault("typed", False)
st.session_state.setdefault("log", [])
def finish():
    st.session_state.done = True
def stop_typing():
    st.session_state.typed = True
    st.session_state.log.append(("callback", st.session_state.t))
go = st.button("Go", disabled=st.session_state.done, on_click=finish)
t = st.text_input("T", key="t", disabled=st.session_state.typed, on_change=stop_typing)
t2 = st.text_input("T2", disabled=st.session_state.typed)
st.session_state.log.append((go, t, st.session_state.t, t2))
"""


def test_a_widget_disabled_by_its_own_callback_drops_the_value_it_sent() -> None:
    # Streamlit 1.67 AppTest, the same script: the callbacks run (with the new value), then
    # the widgets register disabled and their incoming values are dropped (session_state.py
    # register_widget, "Enforce `disabled` server-side"): the button returns False, the
    # text inputs keep their previous value "" in this run and the next.
    at = AppTest.from_string(DISABLED_AFTER_CHANGE).run()
    at.button[0].click().run()
    assert at.session_state.done is True
    assert at.session_state.log == [(False, "", "", ""), (False, "", "", "")]
    at.text_input[0].input("x")
    at.text_input[1].input("y").run()
    assert at.session_state.log[2:] == [("callback", "x"), (False, "", "", "")]
    assert at.session_state.t == ""
    assert [w.value for w in at.text_input] == ["", ""]
    views = at._app.renderer.widget_views
    assert [views[w.id].widget.value for w in at.text_input] == ["", ""]  # the page too
    at.run()
    assert at.session_state.log[-1] == (False, "", "", "")


def test_a_widget_disabled_keeps_a_value_assigned_through_session_state() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.setdefault("off", False)
def cb():
    st.session_state.off = True
    st.session_state.t = "set"
st.text_input("T", key="t", disabled=st.session_state.off, on_change=cb)
"""
    ).run()
    at.text_input[0].input("x").run()
    assert at.text_input[0].value == "set"
    assert at.session_state.t == "set"


# ---------------------------------------------------------------- item 11


def test_write_stream_of_text_and_a_dataframe_writes_three_elements() -> None:
    # Streamlit 1.67 AppTest: markdown "a", a dataframe, markdown "b"; the return value is a
    # list ["a ", frame, "b"] (a list subclass, StreamingOutput).
    at = AppTest.from_string(
        """
import nbstate as st, pandas as pd
def chunks():
    yield "a "
    yield pd.DataFrame({"x": [1]})
    yield "b"
st.session_state.r = st.write_stream(chunks)
"""
    ).run()
    assert not at.exception
    assert [e.type for e in at.main] == ["markdown", "dataframe", "markdown"]
    assert [m.value.strip() for m in at.markdown] == ["a", "b"]
    first, frame, last = at.session_state.r
    assert (first, last) == ("a ", "b")
    assert frame.to_dict() == {"x": {0: 1}}


def test_write_stream_return_values_callables_and_cursor() -> None:
    # Streamlit 1.67 AppTest: "x", "", "y" -> markdown "xy" and returns "xy"; [] returns "";
    # a callable chunk is called, not returned; a non-str chunk goes through st.write
    # (5 -> "`5`"); the cursor shows only while streaming.
    at = AppTest.from_string(
        """
import nbstate as st
st.session_state.r2 = st.write_stream(iter(["x", "", "y"]))
st.session_state.r3 = st.write_stream([])
st.session_state.r4 = st.write_stream(iter([lambda: st.text("called"), "z", 5]))
st.session_state.r5 = st.write_stream(iter(["p", "q"]), cursor="▌")
async def agen():
    yield "s"
    yield "t"
st.session_state.r6 = st.write_stream(agen)
"""
    ).run()
    assert not at.exception
    state = at.session_state
    assert (state.r2, state.r3, state.r4, state.r5, state.r6) == ("xy", "", ["z", 5], "pq", "st")
    assert [e.type for e in at.main] == ["markdown", "text", "markdown", "markdown"] + [
        "markdown"
    ] * 2
    assert at.markdown.values == ["xy", "z", "`5`", "pq", "st"]
    assert at.text[0].value == "called"


@pytest.mark.parametrize(
    ("stream", "message"),
    [
        ('"abc"', "Invalid `stream` type. Expected one of: generator, stream-like object."),
        ("pd.DataFrame()", "Please use `st.write` instead for this data type."),
        ("5", "cannot be iterated"),
    ],
)
def test_write_stream_rejects_what_cannot_stream(stream: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st, pandas as pd\nst.write_stream({stream})").run()
    assert message in at.exception[0].value


# ---------------------------------------------------------------- item 13


def _helps(at: AppTest) -> list[dict]:
    return [e.proto.props for e in at.main if e.type == "help_info"]


def test_write_of_session_state_is_json() -> None:
    # Streamlit 1.67 AppTest: st.write(st.session_state) is a json element, body {"x": 1}.
    at = AppTest.from_string(
        "import nbstate as st\nst.session_state.x = 1\nst.write(st.session_state)"
    ).run()
    assert [e.type for e in at.main] == ["json"]
    # the value is the JSON text, as Streamlit's AppTest gives it
    assert json.loads(at.json[0].value) == {"x": 1}


def test_write_of_functions_classes_modules_and_opaque_objects_is_help() -> None:
    # Streamlit 1.67 AppTest (help_info protos): st.write(math.sqrt) -> name "math.sqrt",
    # type "builtin_function_or_method", value "math.sqrt(x, /)", doc "Return the square root
    # of x."; a function f(a, b=2) -> type "function", value "<module>.f(a, b=2)"; a module ->
    # type "module"; a class -> type "class"; object() -> type "object", name "object()",
    # value "builtins.object()". Magic on a bare `math.sqrt` is the same help element.
    at = AppTest.from_string(
        '''
import math
import nbstate as st
def f(a, b=2):
    """Add things.

    More text."""
class K:
    """A class."""
st.write(math.sqrt)
st.write(f)
st.write(math)
st.write(K)
st.write(object())
math.sqrt
'''
    ).run()
    assert not at.exception
    sqrt, func, module, cls, obj, magic = _helps(at)
    assert sqrt == {
        "name": "math.sqrt",
        "type": "builtin_function_or_method",
        "value": "math.sqrt(x, /)",
        "doc_string": "Return the square root of x.",
    }
    assert magic == sqrt
    assert func["type"] == "function" and func["value"].endswith(".f(a, b=2)")
    assert func["doc_string"] == "Add things.\n\nMore text."
    assert (module["name"], module["type"], module["value"]) == ("math", "module", None)
    assert module["doc_string"].startswith("This module provides access")
    assert (cls["name"], cls["type"], cls["doc_string"]) == ("K", "class", "A class.")
    assert cls["value"].endswith("K()")
    assert (obj["name"], obj["type"], obj["value"]) == ("object()", "object", "builtins.object()")
    from nbstate.markup import element_html

    page = element_html("help_info", sqrt)
    assert "math.sqrt(x, /)" in page and "Return the square root of x." in page


def test_st_help_shows_an_object_and_by_default_nbstate() -> None:
    # Streamlit 1.67: st.help(obj=<module streamlit>, *, width="stretch").
    import inspect

    assert list(inspect.signature(st.help).parameters) == ["obj", "width"]
    at = AppTest.from_string(
        "import nbstate as st\nx = [1, 2]\nst.help(x)\nst.help()\nst.help(None)\nst.help(y := 3)"
    ).run()
    listed, package, none, walrus = _helps(at)
    assert (walrus["name"], walrus["value"]) == ("y", "3")
    assert (listed["name"], listed["type"], listed["value"]) == ("x", "list", "[1, 2]")
    assert package["type"] == "module" and package["doc_string"] == st.__doc__.strip()
    # Streamlit 1.67: st.help(None) has no name and the value "None" (a constant has no name).
    assert (none["name"], none["type"], none["value"]) == (None, "NoneType", "None")


def test_write_stream_output_written_again_shows_the_same_elements() -> None:
    # Streamlit 1.67: write_stream's list return value "is fully compatible as input for
    # st.write" (a StreamingOutput: each item written again).
    at = AppTest.from_string(
        """
import nbstate as st
out = st.write_stream(iter(["a", 5]))
st.write(out)
"""
    ).run()
    assert at.markdown.values == ["a", "`5`", "a", "`5`"]


# ---------------------------------------------------------------- item 17

DEFERRED_DOWNLOAD = """
import nbstate as st
made = st.session_state.setdefault("made", [])  # the function runs outside the run
st.session_state.setdefault("clicks", 0)
def make():
    made.append(1)
    return "a,b\\n1,2\\n"
def clicked():
    st.session_state.clicks += 1
st.download_button("CSV", data=make, file_name="t.csv", on_click=clicked, key="dl")
st.download_button("Bin", data=lambda: b"\\x00\\x01", key="bin", mime="application/x-thing")
"""


def _browser_sends(view, content: dict) -> None:
    """Deliver a custom message to a view's widget as the browser's comm message would."""
    view.widget._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
    )


def test_download_button_with_a_function_makes_the_data_on_click() -> None:
    # Streamlit 1.67 (button.py marshall_file, its docstring): a callable `data` is executed
    # when the user clicks the button, not in the run (in its AppTest it is never called);
    # the click is still a trigger that runs on_click and reruns; the MIME type, when not
    # given, is inferred from what the callable returns (str -> text/plain).
    at = AppTest.from_string(DEFERRED_DOWNLOAD).run()
    assert not at.exception
    assert at.session_state.made == []  # not called by the run
    views = at._app.renderer.widget_views
    csv, binary = (views[b.id] for b in at.download_button)
    assert csv.widget.deferred and csv.widget.data == b""
    _browser_sends(csv, {"event": "fetch"})  # the browser asks for the file
    assert at.session_state.made == [1]
    assert csv.widget.data == b"a,b\n1,2\n"
    assert csv.widget.mime == "text/plain"
    at.download_button[0].click().run()  # then reports the click: on_click and a rerun
    assert at.session_state.clicks == 1
    assert at.download_button[0].value is True
    assert at.session_state.made == [1]
    _browser_sends(binary, {"event": "fetch"})
    assert (binary.widget.data, binary.widget.mime) == (b"\x00\x01", "application/x-thing")


def test_a_disabled_deferred_download_makes_nothing_and_bad_data_is_reported() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
made = st.session_state.setdefault("made", [])
def make():
    made.append(1)
    return b"x"
st.download_button("Off", data=make, disabled=True)
st.download_button("Bad", data=lambda: 5)
"""
    ).run()
    views = at._app.renderer.widget_views
    off, bad = (views[b.id] for b in at.download_button)
    _browser_sends(off, {"event": "fetch"})
    assert at.session_state.made == [] and off.widget.data == b""
    _browser_sends(bad, {"event": "fetch"})
    assert bad.widget.data == b""  # the error goes to the browser and the kernel's log


# ---------------------------------------------------------------- item 18

EDITOR_PAIRS = [
    ("disabled=True", 'disabled=["a"]', True),
    ("disabled=True", "disabled=False", False),
    ("", "hide_index=True", True),
    ("", 'column_order=["b", "a"]', True),
    ("", 'num_rows="dynamic"', True),
    ("", "height=200", True),
    ("", "width=300", True),
    ("", "row_height=40", True),
    ("", 'placeholder="-"', True),
    ("", 'column_config={"a": "A"}', True),
    ("", "use_container_width=False", True),
]


@pytest.mark.parametrize(("first", "second", "two_editors"), EDITOR_PAIRS)
def test_keyless_data_editor_ids_cover_the_parameters_streamlit_covers(
    first: str, second: str, two_editors: bool
) -> None:
    # Streamlit 1.67 AppTest, the same pairs: every pair gives two editors except
    # disabled=True / disabled=False (StreamlitDuplicateElementId): the id (data_editor.py,
    # compute_and_register_element_id) covers data, width, height, use_container_width,
    # column_order, the column config (with hide_index and disabled columns), num_rows,
    # row_height, placeholder and alt, but not a bool `disabled`.
    at = AppTest.from_string(
        f"""
import nbstate as st, pandas as pd
df = pd.DataFrame({{"a": [1, 2], "b": [3, 4]}})
st.data_editor(df, {first})
st.data_editor(df, {second})
"""
    ).run()
    if two_editors:
        assert not at.exception
        assert len(at.data_editor) == 2
    else:
        assert at.exception[0].type == "NbStateDuplicateElementId"


def test_keyed_fixed_rows_editor_keeps_its_edits_while_only_values_change() -> None:
    # Streamlit 1.67: a keyed editor with num_rows="fixed" is identified by the data's
    # structure (columns, index, types, row count, disabled) and num_rows, not its values
    # (its AppTest, this script: the id stays when only values change, not when n does).
    script = """
import nbstate as st, pandas as pd
n = st.session_state.get("n", 2)
scale = st.session_state.get("scale", 1)
df = pd.DataFrame({"a": [i * scale for i in range(n)], "b": ["x"] * n})
st.session_state.out = st.data_editor(df, key="ed")["b"].tolist()
"""
    at = AppTest.from_string(script).run()
    first_id = at.data_editor[0].id
    at.data_editor[0].set_value({"edited_rows": {0: {"b": "E"}}}).run()
    assert at.session_state.out == ["E", "x"]
    at.session_state.scale = 10
    at.run()
    assert at.data_editor[0].id == first_id
    assert at.session_state.out == ["E", "x"]
    at.session_state.n = 3  # another row count: another editor, the edits are gone
    at.run()
    assert at.data_editor[0].id != first_id
    assert at.session_state.out == ["x", "x", "x"]


@pytest.mark.parametrize(
    ("second", "two_buttons"),
    [
        ('"payload", type="primary"', True),
        ('"payload", icon="📥"', True),
        ('"payload", width=200', True),
        ('"payload", mime="text/csv"', True),
        ('b"other bytes"', False),
    ],
)
def test_keyless_download_button_ids_cover_the_parameters_streamlit_covers(
    second: str, two_buttons: bool
) -> None:
    # Streamlit 1.67 (button.py: label, icon, file_name, mime as given, help, type, width):
    # other data alone is the same button (StreamlitDuplicateElementId in its AppTest).
    at = AppTest.from_string(
        f'import nbstate as st\nst.download_button("Get", "payload")\nst.download_button("Get", {second})'
    ).run()
    if two_buttons:
        assert not at.exception and len(at.download_button) == 2
    else:
        assert at.exception[0].type == "NbStateDuplicateElementId"
