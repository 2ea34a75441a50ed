"""st.multiselect's tag field (nbstate/tag_select.py): what the view gives the page, and the
page's changes as the kernel takes them (the drawing and the typing: tests/browser/
test_lab_multiselect.py and test_look_widgets.py)."""

from __future__ import annotations

from nbstate.frontend_messages import handle_frontend_message, update_message
from nbstate.tag_select import TagSelect
from nbstate.testing import AppTest

APP = """
import nbstate as st
st.session_state.setdefault("log", [])
def changed():
    st.session_state.log.append(list(st.session_state.many))
many = st.multiselect("Many", ["alpha", "beta", "gamma"], ["beta"], key="many",
                      on_change=changed, {extra})
st.session_state.seen = many
"""


def _field(at: AppTest) -> TagSelect:
    widget = at._app.renderer.main.children[0].widget
    assert isinstance(widget, TagSelect)
    return widget


def test_the_field_gets_options_chosen_positions_and_streamlits_defaults() -> None:
    at = AppTest.from_string(APP.format(extra="")).run()
    field = _field(at)
    assert field.options == (("alpha", 0), ("beta", 1), ("gamma", 2))
    assert field.index == (1,)
    assert (field.description, field.placeholder, field.max_selections) == (
        "Many",
        "Choose options",
        None,
    )
    assert (field.filter_mode, field.select_all, field.wrap) == ("fuzzy", 1000, None)


def test_the_fields_options_follow_the_parameters() -> None:
    extra = (
        'placeholder="Pick", max_selections=2, filter_mode="prefix", select_all=False, wrap=False'
    )
    field = _field(AppTest.from_string(APP.format(extra=extra)).run())
    assert (field.placeholder, field.max_selections, field.filter_mode) == ("Pick", 2, "prefix")
    assert (field.select_all, field.wrap) == (0, False)
    field = _field(AppTest.from_string(APP.format(extra="select_all=True, filter_mode=None")).run())
    assert field.select_all == 2**31 - 1 and field.filter_mode is None


def test_a_change_from_the_page_reruns_with_the_options_in_the_order_chosen() -> None:
    at = AppTest.from_string(APP.format(extra="")).run()
    field = _field(at)
    handle_frontend_message(field, update_message({"index": [1, 2, 0]}), "many", lambda c: False)
    at.run()
    assert at.session_state.seen == ["beta", "gamma", "alpha"]
    assert at.session_state.log == [["beta", "gamma", "alpha"]]


def test_positions_the_page_cannot_send_are_refused_and_the_field_keeps_its_value() -> None:
    at = AppTest.from_string(APP.format(extra="")).run()
    field = _field(at)
    for bad in ([3], [0, 0], [True], ["alpha"]):
        handle_frontend_message(field, update_message({"index": bad}), "many", lambda c: False)
        assert field.index == (1,), bad
    at.run()
    assert at.session_state.seen == ["beta"] and at.session_state.log == []
