"""nbstate's AppTest has every public name of Streamlit 1.67's AppTest and element classes.

The names come from tests/streamlit_surface/apptest-1.67.0.json, written by
tests/streamlit_surface/generate.py from a Streamlit install. Each Streamlit element class is
matched with a live nbstate wrapper (from a real run) and every name must be an attribute of
it, unless it is in one of the documented lists below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbstate.testing import AppTest

SNAPSHOT = json.loads(
    (Path(__file__).parent / "streamlit_surface" / "apptest-1.67.0.json").read_text()
)

#: AppTest attributes deliberately absent, and why.
MISSING_ON_APPTEST: dict[str, str] = {}

#: Streamlit classes with no nbstate counterpart, and why.
MISSING_CLASSES = {
    "Element": "abstract base (every nbstate element has its attributes)",
    "Widget": "abstract base (every nbstate widget has its attributes)",
    "AlertBase": "abstract base of Error/Info/Success/Warning",
    "HeadingBase": "abstract base of Title/Header/Subheader",
    "SpecialBlock": "abstract base of Streamlit's special containers",
    "UnknownElement": "Streamlit's wrapper for protobuf messages it does not know",
    "InitialValue": "Streamlit's internal marker for a widget with no staged value",
    "ElementTree": "nbstate has no separate tree: its lists are on AppTest and on containers",
    "Help": "st.help is not in nbstate yet (at.help is an empty list)",
}

#: Attributes of matched classes deliberately absent, and why.
MISSING_ATTRIBUTES = {
    ("Slider", "data_type"): "a value of Streamlit's protobuf enum (its wire format)",
    ("SelectSlider", "data_type"): "a value of Streamlit's protobuf enum (its wire format)",
    ("Metric", "color"): "a value of Streamlit's protobuf enum (its wire format)",
    ("Image", "captions"): "nbstate's image element keeps no separate captions",
}

APP = """
import datetime as dt
import pandas as pd
import nbstate as st
st.button("b"); st.download_button("d", "x"); st.chat_input("c"); st.checkbox("cb")
st.toggle("tg"); st.code("c"); st.color_picker("cp"); st.dataframe(pd.DataFrame({"a": [1]}))
st.table(pd.DataFrame({"a": [1]})); st.date_input("di", dt.date(2020, 1, 1))
st.time_input("ti", dt.time(1, 0)); st.divider(); st.markdown("m"); st.caption("cap")
st.latex("x"); st.error("e"); st.info("i"); st.success("s"); st.warning("w")
st.title("t"); st.header("h"); st.subheader("sh"); st.html("<b>h</b>")
st.link_button("l", "https://example.org"); st.json({}); st.metric("m", 1)
st.multiselect("ms", ["a"]); st.number_input("n"); st.progress(1); st.radio("r", ["a"])
st.select_slider("ss", ["a", "b"]); st.selectbox("sb", ["a"]); st.slider("sl")
st.text("tx"); st.text_area("ta"); st.text_input("tin"); st.toast("to")
st.image("https://example.org/x.png"); st.file_uploader("fu")
st.pills("pl", ["a"]); st.feedback(); st.space(); st.menu_button("mb", ["a"])
st.pagination(3); st.datetime_input("dti", dt.datetime(2020, 1, 1)); st.grid(2)
st.page_link("https://example.org", label="pl")
st.camera_input("ci"); st.audio_input("ai")
a, b = st.columns(2)
t1, t2 = st.tabs(["a", "b"])
with st.expander("e"):
    pass
with st.status("s"):
    pass
with st.chat_message("user"):
    pass
with st.form("f"):
    st.form_submit_button("go")
with st.container(key="k"):
    pass
raise ValueError("shown")
"""

#: How to reach a live nbstate object for each Streamlit class.
ACCESS = {
    "Button": "at.button[0]",
    "ButtonGroup": "at.button_group[0]",
    "Feedback": "at.feedback[0]",
    "DownloadButton": "at.download_button[0]",
    "ChatInput": "at.chat_input[0]",
    "Checkbox": "at.checkbox[0]",
    "Toggle": "at.toggle[0]",
    "Code": "at.code[0]",
    "ColorPicker": "at.color_picker[0]",
    "Dataframe": "at.dataframe[0]",
    "Table": "at.table[0]",
    "DateInput": "at.date_input[0]",
    "DateTimeInput": "at.datetime_input[0]",
    "MenuButton": "at.menu_button[0]",
    "Pagination": "at.pagination[0]",
    "TimeInput": "at.time_input[0]",
    "Divider": "at.divider[0]",
    "Markdown": "at.markdown[0]",
    "Caption": "at.caption[0]",
    "Latex": "at.latex[0]",
    "Error": "at.error[0]",
    "Info": "at.info[0]",
    "Success": "at.success[0]",
    "Warning": "at.warning[0]",
    "Exception": "at.exception[0]",
    "Title": "at.title[0]",
    "Header": "at.header[0]",
    "Subheader": "at.subheader[0]",
    "Html": "at.html[0]",
    "LinkButton": "at.link_button[0]",
    "PageLink": "at.page_link[0]",
    "Json": "at.json[0]",
    "Metric": "at.metric[0]",
    "Multiselect": "at.multiselect[0]",
    "NumberInput": "at.number_input[0]",
    "Progress": "at.progress[0]",
    "Radio": "at.radio[0]",
    "SelectSlider": "at.select_slider[0]",
    "Selectbox": "at.selectbox[0]",
    "Slider": "at.slider[0]",
    "Space": "at.space[0]",
    "Text": "at.text[0]",
    "TextArea": "at.text_area[0]",
    "TextInput": "at.text_input[0]",
    "Toast": "at.toast[0]",
    "Image": "at.image[0]",
    "FileUploader": "at.file_uploader[0]",
    "CameraInput": "at.camera_input[0]",
    "AudioInput": "at.audio_input[0]",
    "Block": "at.container[0]",
    "Column": "at.columns[0]",
    "Tab": "at.tabs[0]",
    "Expander": "at.expander[0]",
    "Grid": "at.grid[0]",
    "Status": "at.status[0]",
    "ChatMessage": "at.chat_message[0]",
    "ElementList": "at.text",
    "WidgetList": "at.button",
    "BlockList": "at.columns",
}


@pytest.fixture(scope="module")
def at() -> AppTest:
    # every element kind in one run (maps, charts, media...): its first run imports their
    # libraries, which takes more than Streamlit's 3 s default on a busy machine
    return AppTest.from_string(APP, default_timeout=60).run()


def test_snapshot_is_streamlit_167() -> None:
    assert SNAPSHOT["streamlit_version"] == "1.67.0"


def test_apptest_has_every_streamlit_name(at: AppTest) -> None:
    missing = [n for n in SNAPSHOT["AppTest"] if n not in MISSING_ON_APPTEST and not hasattr(at, n)]
    assert missing == []


def test_every_streamlit_class_is_matched_or_listed() -> None:
    assert sorted(set(SNAPSHOT["classes"]) - set(ACCESS) - set(MISSING_CLASSES)) == []


@pytest.mark.parametrize("cls", sorted(ACCESS))
def test_element_has_every_streamlit_name(at: AppTest, cls: str) -> None:
    element = eval(ACCESS[cls], {"at": at})
    missing = [
        name
        for name in SNAPSHOT["classes"][cls]
        if (cls, name) not in MISSING_ATTRIBUTES and not hasattr(element, name)
    ]
    assert missing == []


def test_listed_absences_are_really_absent(at: AppTest) -> None:
    """A name listed as missing that nbstate now has must leave the list."""
    for name in MISSING_ON_APPTEST:
        assert not hasattr(at, name), name
    for cls, name in MISSING_ATTRIBUTES:
        assert not hasattr(eval(ACCESS[cls], {"at": at}), name), (cls, name)


def test_unrendered_types_are_empty_lists(at: AppTest) -> None:
    for name in ("help",):
        assert list(getattr(at, name)) == [], name
    # st.audio_input and st.camera_input are rendered now: the app's one of each is listed
    assert [len(at.audio_input), len(at.camera_input)] == [1, 1]


def test_switch_page_to_a_missing_file_raises_value_error_as_streamlit(at: AppTest) -> None:
    # Streamlit 1.67: ValueError "Could not find page 'other.py' relative to the main script"
    with pytest.raises(ValueError, match="Could not find page 'other.py' relative to the main"):
        at.switch_page("other.py")


def test_from_function_args_and_kwargs() -> None:
    # Measured with Streamlit 1.67's AppTest.from_function on the same function:
    # ('abab', ('ab',), {'times': 2}), then 'ababab'; from_string: args and kwargs None.
    def app(word: str, times: int = 1) -> None:
        import nbstate as st

        st.text(word * times)

    at = AppTest.from_function(app, args=("ab",), kwargs={"times": 2}).run()
    assert (at.text[0].value, at.args, at.kwargs) == ("abab", ("ab",), {"times": 2})
    at.kwargs = {"times": 3}
    assert at.run().text[0].value == "ababab"
    plain = AppTest.from_string("import nbstate as st")
    assert (plain.args, plain.kwargs) == (None, None)


def test_an_unknown_list_name_is_a_clear_attribute_error(at: AppTest) -> None:
    with pytest.raises(AttributeError, match="'buton'.*not an element list.*button, button_group"):
        at.buton  # noqa: B018
    with pytest.raises(AttributeError, match="'markdwn'.*not an element list"):
        at.sidebar.markdwn  # noqa: B018
