"""st.column_config: Streamlit 1.67's column types, their dicts and their errors.

The expected dicts were printed by Streamlit 1.67.0 (/work/st-venv) for the same calls;
tests/differential/apps/column_config_dicts.py compares every type with it directly.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nbstate as st
from nbstate.api.column_display import ButtonColumnResult
from nbstate.errors import NbStateAPIException, NbStateMissingRequiredParameterError

cc = st.column_config

#: `[n for n in dir(streamlit.column_config) if n[0].isupper()]` of Streamlit 1.67.0.
STREAMLIT_TYPES = """AreaChartColumn AudioColumn BarChartColumn ButtonColumn CheckboxColumn Column
DateColumn DatetimeColumn ImageColumn JsonColumn LineChartColumn LinkColumn ListColumn
MarkdownColumn MultiselectColumn NumberColumn ProgressColumn SelectboxColumn TextColumn
TimeColumn VideoColumn""".split()


def test_every_column_type_of_streamlit_167_exists_and_column_config_is_no_module() -> None:
    assert sorted(n for n in dir(cc) if n[0].isupper()) == STREAMLIT_TYPES
    assert "column_config" in st.__all__
    from nbstate import column_config

    assert column_config is cc


def test_number_column_returns_streamlits_dict() -> None:
    assert cc.NumberColumn("N", format="%d", min_value=0) == {
        "label": "N", "width": None, "help": None, "disabled": None, "required": None,
        "pinned": None, "alignment": None, "default": None,
        "type_config": {"type": "number", "min_value": 0, "max_value": None, "format": "%d",
                        "step": None},
    }  # fmt: skip


def test_column_has_no_type_config() -> None:
    assert cc.Column() == {
        "label": None, "width": None, "help": None, "disabled": None, "required": None,
        "pinned": None, "alignment": None,
    }  # fmt: skip


def test_multiselect_options_get_labels_and_cycled_colors() -> None:
    config = cc.MultiselectColumn(options=["a", "b"], color=["red", "blue", "green"],
                                  format_func=str.upper)  # fmt: skip
    assert config["type_config"] == {
        "type": "multiselect",
        "options": [
            {"value": "a", "label": "A", "color": "red"},
            {"value": "b", "label": "B", "color": "blue"},
        ],
        "accept_new_options": None,
    }
    assert "alignment" not in config


def test_selectbox_format_func_makes_value_label_options() -> None:
    options = cc.SelectboxColumn(options=[1, 2], format_func=str)["type_config"]["options"]
    assert options == [{"value": 1, "label": "1"}, {"value": 2, "label": "2"}]
    assert cc.SelectboxColumn(options=("x",))["type_config"]["options"] == ["x"]


def test_temporal_columns_store_iso_text_and_seconds() -> None:
    config = cc.DatetimeColumn(
        step=dt.timedelta(minutes=1), min_value=dt.datetime(2020, 1, 1), default=None
    )
    assert config["type_config"] == {
        "type": "datetime", "format": None, "min_value": "2020-01-01T00:00:00",
        "max_value": None, "step": 60.0, "timezone": None,
    }  # fmt: skip
    assert cc.DateColumn(default=dt.date(2021, 2, 3))["default"] == "2021-02-03"
    assert cc.TimeColumn(max_value=dt.time(1, 2))["type_config"]["max_value"] == "01:02:00"


def test_chart_and_progress_columns_check_their_color() -> None:
    assert cc.BarChartColumn(color="rgb(1,2,3)")["type_config"]["color"] == "rgb(1,2,3)"
    assert cc.ProgressColumn(color="#fff")["type_config"]["color"] == "#fff"
    with pytest.raises(
        NbStateAPIException, match=r"Invalid `color` value\. Supported values: auto"
    ):
        cc.LineChartColumn(color="pink")
    with pytest.raises(NbStateAPIException, match="a valid hex color"):
        cc.ProgressColumn(color="#zz")


def test_button_column_with_a_key_returns_a_result_and_callbacks_need_a_key() -> None:
    result = cc.ButtonColumn(key="k", on_click=print)
    assert isinstance(result, ButtonColumnResult)
    assert result.config["type_config"] == {"type": "button", "button_type": "secondary"}
    assert result.config["disabled"] is True
    with pytest.raises(
        NbStateMissingRequiredParameterError, match="The `key` parameter is required"
    ):
        cc.ButtonColumn(on_click=print)


def test_link_column_checks_a_material_icon() -> None:
    assert cc.LinkColumn(display_text=":material/search:")["type_config"]["display_text"] == (
        ":material/search:"
    )
    with pytest.raises(NbStateAPIException, match="not a valid Material icon"):
        cc.LinkColumn(display_text=":material/Not An Icon:")


def test_list_defaults_become_lists() -> None:
    assert cc.ListColumn(default=("a", "b"))["default"] == ["a", "b"]
    assert cc.MultiselectColumn(default=iter(["x"]))["default"] == ["x"]
