"""st.data_editor honours st.column_config: labels, hidden columns, disabled columns, and
edits its configuration rejects (sent as the browser's grid sends a cell edit)."""

from __future__ import annotations

import pytest

from nbstate.frontend_messages import custom_message
from nbstate.testing import AppTest

APP = """
import nbstate as st, pandas as pd
df = pd.DataFrame({"n": [1, 2], "s": ["a", "b"], "k": ["x", "y"], "h": [0, 0]})
out = st.data_editor(df, key="ed", disabled=["k"], hide_index=True, column_config={
    "n": st.column_config.NumberColumn("Number", min_value=0, max_value=10),
    "s": st.column_config.SelectboxColumn("Choice", options=["a", "b", "c"]),
    "h": None,
})
st.session_state.out = out.to_dict("list")
"""


def _grid(at: AppTest):
    return at._app.renderer.widget_views[at.data_editor[0].id].grid


def _edit(at: AppTest, row: int, column_index: int, value: object) -> AppTest:
    message = {"event_type": "cell-changed", "row": row, "column_index": column_index,
               "value": value}  # fmt: skip
    _grid(at)._handle_msg(custom_message(message))
    return at.run()


def test_the_editor_shows_labels_hides_columns_and_the_index() -> None:
    at = AppTest.from_string(APP).run()
    grid = _grid(at)
    assert list(grid.data.columns) == ["Number", "Choice", "k"]
    assert grid.header_visibility == "column"
    assert grid.renderers["Number"].horizontal_alignment == "right"
    assert not at.data_editor[0].disabled  # a list of columns disables those columns only


def test_accepted_edits_use_the_data_column_names() -> None:
    at = AppTest.from_string(APP).run()
    _edit(at, 1, 0, 7)
    _edit(at, 0, 1, "c")
    assert at.session_state.out["n"] == [1, 7]
    assert at.session_state.out["s"] == ["c", "b"]
    assert at.session_state.ed["edited_rows"] == {1: {"n": 7}, 0: {"s": "c"}}


def test_edits_the_configuration_rejects_are_undone_and_not_sent() -> None:
    at = AppTest.from_string(APP).run()
    _edit(at, 0, 0, 11)  # above max_value
    _edit(at, 0, 1, "zzz")  # not an option
    _edit(at, 0, 2, "changed")  # a disabled column
    assert at.session_state.ed["edited_rows"] == {}
    assert at.session_state.out == {"n": [1, 2], "s": ["a", "b"], "k": ["x", "y"], "h": [0, 0]}
    assert list(_grid(at).data["Number"]) == [1, 2]  # the grid shows the data again


def test_check_edit_applies_text_rules_and_required() -> None:
    from nbstate import column_config as cc
    from nbstate.views.datagrid import check_edit

    assert check_edit(cc.TextColumn(max_chars=3), "abcdef") == (True, "abc")
    assert check_edit(cc.TextColumn(validate="^[a-z]+$"), "ABC") == (False, "ABC")
    assert check_edit(cc.LinkColumn(validate="^https://"), "https://x.org")[0]
    assert check_edit(cc.Column(required=True), "") == (False, "")
    assert check_edit(cc.NumberColumn(min_value=0), "not a number")[0] is False
    assert check_edit(cc.Column(disabled=True), 1)[0] is False
    assert check_edit({}, "anything") == (True, "anything")


ROWS_APP = """
import nbstate as st, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
out = st.data_editor(df, key="ed", num_rows="NUM_ROWS",
    column_config={"b": st.column_config.TextColumn(default="new")})
st.session_state.out = out.to_dict("list")
st.session_state.index = list(out.index)
"""


def _view(at: AppTest):
    return at._app.renderer.widget_views[at.data_editor[0].id]


def _click(button) -> None:
    button._handle_msg(custom_message({"event": "click"}))


def _select_rows(grid, r1: int, r2: int) -> None:
    from nbstate.frontend_messages import update_message

    grid._handle_msg(update_message({"selections": [{"r1": r1, "c1": 0, "r2": r2, "c2": 1}]}))


def test_dynamic_rows_are_added_with_defaults_edited_and_deleted_from_the_grid() -> None:
    at = AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "dynamic")).run()
    view = _view(at)
    assert view.grid.header_visibility == "column"  # a range index is hidden, as in Streamlit
    _click(view.add_button)
    at.run()
    assert at.session_state.ed["added_rows"] == [{"b": "new"}]
    assert at.session_state.index == [0, 1, 2, 3]
    _edit(at, 3, 0, 7)  # the added row, displayed last
    assert at.session_state.ed["added_rows"] == [{"b": "new", "a": 7}]
    _select_rows(view.grid, 0, 1)
    _click(view.delete_button)
    at.run()
    assert at.session_state.ed["deleted_rows"] == [0, 1]
    assert at.session_state.out == {"a": [3, 7], "b": ["z", "new"]}
    assert at.session_state.index == [2, 3]
    _edit(at, 0, 1, "Z")  # displayed row 0 is now data row 2
    assert at.session_state.ed["edited_rows"] == {2: {"b": "Z"}}
    _select_rows(view.grid, 1, 1)  # the added row
    _click(view.delete_button)
    at.run()
    assert at.session_state.ed["added_rows"] == []
    assert at.session_state.out == {"a": [3], "b": ["Z"]}


def test_num_rows_add_and_delete_show_one_button_and_fixed_none() -> None:
    assert (
        _view(AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "add")).run()).delete_button is None
    )
    view = _view(AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "delete")).run())
    assert view.add_button is None and view.delete_button is not None
    view = _view(AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "fixed")).run())
    assert view.widget is view.grid
    at = AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "sometimes")).run()
    assert "Invalid `num_rows` value 'sometimes'" in at.exception[0].value


def test_two_edits_before_a_run_both_count() -> None:
    at = AppTest.from_string(APP).run()
    for column_index, value in ((0, 5), (1, "c")):
        message = {"event_type": "cell-changed", "row": 0, "column_index": column_index,
                   "value": value}  # fmt: skip
        _grid(at)._handle_msg(custom_message(message))
    at.run()
    assert at.session_state.ed["edited_rows"] == {0: {"n": 5, "s": "c"}}


def test_apptest_set_value_adds_and_deletes_rows_through_the_grid() -> None:
    at = AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "dynamic")).run()
    at.data_editor[0].set_value(
        {"edited_rows": {2: {"a": 30}}, "added_rows": [{"a": 4}], "deleted_rows": [0]}
    ).run()
    assert at.session_state.ed == {
        "edited_rows": {2: {"a": 30}},
        "added_rows": [{"b": "new", "a": 4}],
        "deleted_rows": [0],
    }
    assert at.session_state.out == {"a": [2, 30, 4], "b": ["y", "z", "new"]}
    fixed = AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "fixed")).run()
    fixed.data_editor[0].set_value({"added_rows": [{"a": 1}]})
    with pytest.raises(ValueError, match="cannot add rows: its num_rows is 'fixed'"):
        fixed.run()


def test_apptest_set_value_edits_a_row_added_in_an_earlier_run() -> None:
    # as in the browser: "+ Add row" (a run), then a cell of the new row filled (another)
    at = AppTest.from_string(ROWS_APP.replace("NUM_ROWS", "dynamic")).run()
    at.data_editor[0].set_value({"added_rows": [{}]}).run()
    assert at.session_state.ed["added_rows"] == [{"b": "new"}]
    at.data_editor[0].set_value({"added_rows": [{"b": "new", "a": 9}]}).run()
    assert at.session_state.ed["added_rows"] == [{"b": "new", "a": 9}]
    assert at.session_state.out == {"a": [1, 2, 3, 9], "b": ["x", "y", "z", "new"]}


def test_apptest_lists_data_editors_on_dataframe_too_with_their_editing_mode() -> None:
    # Streamlit 1.67's AppTest: at.dataframe holds st.dataframe and st.data_editor elements;
    # editing_mode is "read_only" for a dataframe and the editor's num_rows otherwise.
    at = AppTest.from_string(
        ROWS_APP.replace("NUM_ROWS", "add") + "st.dataframe(df)\nst.data_editor(df)"
    ).run()
    assert [e.editing_mode for e in at.dataframe] == ["add", "read_only", "fixed"]
    assert [e.editing_mode for e in at.data_editor] == ["add", "fixed"]


def test_edits_deletions_and_additions_apply_as_in_streamlit() -> None:
    # Streamlit 1.67 (tests/differential/apps/data_editor_rows.py, seeded edit state):
    # rows [[2.0, "y"], [30.0, "z"], [4.0, "w"], [nan, "v"]], index [1, 2, 3, 4]; an integer
    # index [5, 9] gets 10 for an added row.
    import pandas as pd

    from nbstate.api.data import apply_edits

    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    out = apply_edits(
        df,
        {
            "edited_rows": {2: {"a": 30}},
            "added_rows": [{"a": 4, "b": "w"}, {"b": "v"}],
            "deleted_rows": [0],
        },
    )
    assert list(out.index) == [1, 2, 3, 4]
    assert out["b"].tolist() == ["y", "z", "w", "v"]
    assert out["a"].tolist()[:3] == [2.0, 30.0, 4.0] and pd.isna(out["a"].iloc[3])
    other = pd.DataFrame({"v": [10, 20]}, index=[5, 9])
    assert list(apply_edits(other, {"added_rows": [{"v": 1}]}).index) == [5, 9, 10]


def test_a_column_type_that_cannot_edit_the_data_is_a_clear_error() -> None:
    # Streamlit 1.67's message and rule (tests/differential/apps/data_editor_types.py).
    at = AppTest.from_string(
        "import nbstate as st, pandas as pd\n"
        "df = pd.DataFrame({'n': [1.5], 's': ['x']})\n"
        "st.data_editor(df, column_config={'s': st.column_config.SelectboxColumn(options=['x'])})\n"
        "st.data_editor(df, column_config={'n': st.column_config.CheckboxColumn(disabled=True)})\n"
        "st.data_editor(df, column_config={'n': st.column_config.CheckboxColumn()})\n"
    ).run()
    assert len(at.data_editor) == 2
    assert at.exception[0].value.startswith(
        "The configured column type `checkbox` for column `n` is not compatible for editing "
        "the underlying data type `float`."
    )
