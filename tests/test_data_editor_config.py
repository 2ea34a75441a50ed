"""st.data_editor honours st.column_config: labels, hidden columns, disabled columns, and
edits its configuration rejects (sent as the browser's grid sends a cell edit)."""

from __future__ import annotations

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
    return at._app.renderer.widget_views[at.data_editor[0].id].widget


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
    from nbstate.views.grid import check_edit

    assert check_edit(cc.TextColumn(max_chars=3), "abcdef") == (True, "abc")
    assert check_edit(cc.TextColumn(validate="^[a-z]+$"), "ABC") == (False, "ABC")
    assert check_edit(cc.LinkColumn(validate="^https://"), "https://x.org")[0]
    assert check_edit(cc.Column(required=True), "") == (False, "")
    assert check_edit(cc.NumberColumn(min_value=0), "not a number")[0] is False
    assert check_edit(cc.Column(disabled=True), 1)[0] is False
    assert check_edit({}, "anything") == (True, "anything")
