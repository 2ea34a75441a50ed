"""Unit tests of `nbstate.state`: `SessionState` and `SessionStateProxy` alone, without any
widget library or app. Widgets are represented by their `WidgetMetadata`, as the element
functions register them.
"""

from __future__ import annotations

import pytest

from nbstate.errors import (
    NbStateAPIException,
    NbStateValueError,
    NbStateWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)
from nbstate.state import SessionState, SessionStateProxy, WidgetMetadata, require_valid_user_key

APP = "app-a"


def meta(
    key: str | None,
    *,
    name: str | None = None,
    default: object = 0,
    app: str = APP,
    trigger: bool = False,
    disabled: bool = False,
    order: int = 0,
) -> WidgetMetadata:
    """Metadata of a widget; its id is ``$$ID-<name or key>-<key>`` as Streamlit forms ids."""
    return WidgetMetadata(
        widget_id=f"$$ID-{name or key}-{key}",
        element_type="button" if trigger else "slider",
        key=key,
        app_id=app,
        default=default,
        value_type="trigger" if trigger else "value",
        disabled=disabled,
        order=order,
    )


def run_with(state: SessionState, *widgets: WidgetMetadata, app: str = APP) -> list:
    """A complete run of `app` that creates `widgets`; returns the values they showed."""
    state.begin_run()
    values = [state.register_widget(w) for w in widgets]
    state.end_run(app, remove_stale=True)
    return values


def interact(state: SessionState, values: dict[WidgetMetadata, object], *widgets) -> list:
    """A complete run in which the frontend sent `values`, creating `widgets`."""
    state.begin_run()
    state.apply_widget_values([(w.widget_id, v) for w, v in values.items()])
    values_shown = [state.register_widget(w) for w in widgets]
    state.end_run(APP, remove_stale=True)
    return values_shown


@pytest.fixture
def state() -> SessionState:
    return SessionState()


@pytest.fixture
def ss(state: SessionState) -> SessionStateProxy:
    return SessionStateProxy(lambda: state)


# --------------------------------------------------------------------------- three layers


def test_new_widget_value_hides_the_old_value_and_a_session_write_hides_both(state):
    s = meta("s")
    assert run_with(state, s) == [0]
    state.begin_run()
    state.apply_widget_values([(s.widget_id, 5)])
    assert state["s"] == 5  # the value the frontend sent wins over the old one
    state["s"] = 9
    assert state["s"] == 9  # an assignment wins over the frontend's value
    assert state.register_widget(s) == 9
    state.end_run(APP, remove_stale=True)
    assert state["s"] == 9  # and it is what compaction keeps
    assert state.widget_value(s.widget_id) == 9


def test_new_frontend_value_replaces_an_earlier_assignment_to_the_same_key(state):
    s = meta("s")
    run_with(state, s)
    state["s"] = 4  # e.g. a write between runs
    state.begin_run()
    state.apply_widget_values([(s.widget_id, 6)])
    assert state["s"] == 6
    assert not state.is_new_value("s")


def test_value_stored_under_a_key_before_its_widget_exists_becomes_the_widget_value(state):
    state.begin_run()
    state["s"] = 7
    state.end_run(APP, remove_stale=True)
    assert run_with(state, meta("s", default=3)) == [7]
    assert run_with(state, meta("s", default=3)) == [7]


def test_assignment_in_the_same_run_before_the_widget_wins_over_its_default(state):
    state.begin_run()
    state["s"] = 7
    assert state.is_new_value("s")
    assert state.register_widget(meta("s", default=3)) == 7
    state.end_run(APP, remove_stale=True)
    assert not state.is_new_value("s")
    assert run_with(state, meta("s", default=3)) == [7]


def test_widget_starts_at_a_copy_of_its_default(state):
    default: list[int] = [1]
    [value] = run_with(state, meta("m", default=default))
    value.append(2)
    assert default == [1]


# --------------------------------------------------------------------------- the proxy


def test_proxy_item_and_attribute_access_reach_the_same_values(ss, state):
    ss["a"] = 1
    ss.b = 2
    assert (ss.a, ss["b"], state["a"], state["b"]) == (1, 2, 1, 2)
    assert "a" in ss and "zzz" not in ss
    assert ss.get("zzz", 42) == 42


def test_proxy_coerces_keys_to_str(ss, state):
    ss[1] = "x"
    ss[(1, 2)] = "t"
    ss[1.5] = "f"
    assert state["1"] == "x"
    assert ss[1] == ss["1"] == "x"
    assert 1 in ss
    assert ss["(1, 2)"] == "t"
    assert ss["1.5"] == "f"
    del ss[1]
    assert "1" not in state


def test_missing_key_raises_key_error_whose_message_names_the_key(ss):
    for operation in (lambda: ss["nope"], lambda: ss.__delitem__("nope"), lambda: ss.pop("nope")):
        with pytest.raises(KeyError) as info:
            operation()
        assert 'has no key "nope"' in info.value.args[0]
        assert "initialize" in info.value.args[0]


def test_missing_attribute_raises_attribute_error_whose_message_names_the_key(ss):
    with pytest.raises(AttributeError, match='has no attribute "nope"'):
        ss.nope  # noqa: B018
    with pytest.raises(AttributeError, match='has no attribute "nope"'):
        del ss.nope


@pytest.mark.parametrize("key", ["", "$$ID-abc-None", "$$ID"])
def test_empty_and_reserved_keys_are_rejected_for_get_set_and_delete(ss, key):
    expected = NbStateValueError if key == "" else NbStateAPIException
    message = "non-empty string" if key == "" else "reserved"
    with pytest.raises(expected, match=message):
        ss[key] = 1
    with pytest.raises(expected, match=message):
        ss[key]  # noqa: B018
    with pytest.raises(expected, match=message):
        del ss[key]
    with pytest.raises(expected, match=message):
        require_valid_user_key(key)
    require_valid_user_key("ok")


def test_reserved_keys_cannot_reach_a_keyless_widget_value(ss, state):
    keyless = meta(None, name="anon")
    run_with(state, keyless)
    assert keyless.widget_id.startswith("$$ID")
    with pytest.raises(
        NbStateAPIException, match=r"Keys beginning with \$\$ID are reserved"
    ) as info:
        ss[keyless.widget_id]  # noqa: B018
    assert info.type is NbStateAPIException  # the reserved-key error itself, not a subclass


def test_keys_named_like_methods_are_stored_as_items(ss):
    ss["keys"] = "x"
    ss.items = "y"
    assert ss["keys"] == "x" and ss["items"] == "y"
    assert callable(ss.keys) and callable(ss.items)
    assert sorted(ss.keys()) == ["items", "keys"]


def test_str_is_the_str_of_the_dict(ss):
    ss.a = 1
    assert str(ss) == "{'a': 1}"


# ---------------------------------------------------------------------- set after creation


def test_assigning_a_key_whose_widget_was_created_in_this_run_raises(state):
    s = meta("s")
    run_with(state, s)
    state.begin_run()
    state["s"] = 2  # before the widget: allowed
    state.register_widget(s)
    with pytest.raises(NbStateWidgetAlreadyInstantiatedError) as info:
        state["s"] = 5
    assert info.value.key == "s"
    assert "st.session_state['s']" in str(info.value)
    assert state["s"] == 2
    with pytest.raises(NbStateWidgetAlreadyInstantiatedError):
        state["s"] = state["s"]  # the same value too
    state["other"] = 1  # other keys are fine
    state.end_run(APP, remove_stale=True)
    state["s"] = 3  # between runs: allowed
    assert state["s"] == 3


def test_assigning_a_form_key_created_in_this_run_raises(state):
    state.begin_run()
    state.register_form("f")
    with pytest.raises(NbStateWidgetAlreadyInstantiatedError, match="'f'"):
        state["f"] = 1
    state.end_run(APP, remove_stale=True)
    state.begin_run()
    state["f"] = 1
    assert state["f"] == 1


def test_assigning_through_the_proxy_after_creation_raises_the_same_error(ss, state):
    s = meta("s")
    state.begin_run()
    state.register_widget(s)
    with pytest.raises(NbStateWidgetAlreadyInstantiatedError):
        ss.s = 1


# ---------------------------------------------------------------------------------- delete


def test_deleting_a_user_key_removes_it_from_every_layer(state):
    state.begin_run()
    state["a"] = 1
    state.end_run(APP, remove_stale=True)
    state["a"] = 2
    del state["a"]
    assert "a" not in state
    with pytest.raises(KeyError):
        state["a"]  # noqa: B018


def test_deleting_a_widget_key_forgets_its_value_and_the_widget_restarts_at_default(state):
    s = meta("s", default=1)
    run_with(state, s)
    state.begin_run()
    state.apply_widget_values([(s.widget_id, 8)])
    state.register_widget(s)
    del state["s"]  # allowed even after the widget was created
    assert "s" not in state
    state.end_run(APP, remove_stale=True)
    assert "s" not in state
    assert run_with(state, s) == [1]


def test_deleting_a_missing_key_raises_key_error(state):
    with pytest.raises(KeyError):
        del state["missing"]


# ----------------------------------------------------------------------------------- clear


def test_proxy_clear_deletes_user_keys_and_keyed_widget_values(ss, state):
    c = meta("c", default=False)
    run_with(state, c)
    state.begin_run()
    state.apply_widget_values([(c.widget_id, True)])
    ss.u = 1
    ss.clear()
    assert ss.to_dict() == {}
    assert state.register_widget(c) is False
    assert ss.to_dict() == {"c": False}


def test_session_state_clear_forgets_everything_including_keyless_widgets(state):
    anon = meta(None, name="anon", default=0)
    s = meta("s")
    run_with(state, anon, s)
    assert interact(state, {anon: 4, s: 5}, anon, s) == [4, 5]
    assert state.widget_value(anon.widget_id) == 4
    state.clear()
    assert state.keys() == []
    assert state.metadata(anon.widget_id) is None
    assert run_with(state, anon, s) == [0, 0]


# --------------------------------------------------------------------------------- to_dict


def test_to_dict_is_a_fresh_dict_of_user_keys_and_keyed_widgets_only(ss, state):
    run_with(state, meta("s", default=3), meta(None, name="anon", default=4))
    ss.u = "x"
    d = ss.to_dict()
    assert type(d) is dict
    assert d == {"s": 3, "u": "x"}
    d["extra"] = 1
    assert "extra" not in ss
    assert sorted(ss) == ["s", "u"]
    assert len(ss) == 2
    assert sorted(ss.items()) == [("s", 3), ("u", "x")]


# ------------------------------------------------------------------------------ compaction


def test_end_of_run_compaction_keeps_every_value_and_nothing_stays_new(state):
    s, anon = meta("s"), meta(None, name="anon")
    run_with(state, s, anon)
    state.begin_run()
    state.apply_widget_values([(anon.widget_id, 6)])
    state["user"] = "u"
    assert state.is_new_value("user")
    assert [state.register_widget(s), state.register_widget(anon)] == [0, 6]
    state.end_run(APP, remove_stale=True)
    assert not state.is_new_value("user")
    assert state.to_dict() == {"s": 0, "user": "u"}
    assert state.widget_value(anon.widget_id) == 6
    assert state.widget_value(s.widget_id) == 0


def test_compaction_files_a_keyed_widget_value_under_its_widget_id(state):
    s1 = meta("s", name="bounds-10")
    run_with(state, s1)
    state.begin_run()
    state["s"] = 5  # assigned by key...
    state.end_run(APP, remove_stale=False)
    assert state.widget_value(s1.widget_id) == 5  # ...kept for the widget that owns the key
    # A widget with the same key but another id (its bounds changed) starts at its default.
    s2 = meta("s", name="bounds-11", default=0)
    assert run_with(state, s2) == [0]
    assert state["s"] == 0


# ----------------------------------------------------------------------------- stale widgets


def test_widgets_a_completed_run_did_not_create_are_forgotten(state):
    k, anon = meta("k"), meta(None, name="anon")
    run_with(state, k, anon)
    assert interact(state, {k: 7, anon: 7}, k, anon) == [7, 7]
    state.begin_run()
    assert state["k"] == 7  # still readable during the run that does not show it
    state.end_run(APP, remove_stale=True)
    assert "k" not in state
    assert state.metadata(k.widget_id) is None
    assert state.metadata(anon.widget_id) is None
    assert run_with(state, k, anon) == [0, 0]


def test_no_stale_widget_removal_when_the_run_did_not_complete(state):
    k = meta("k")
    run_with(state, k)
    state.begin_run()
    state.apply_widget_values([(k.widget_id, 7)])
    state.end_run(APP, remove_stale=False)
    assert state["k"] == 7
    assert state.metadata(k.widget_id) is not None


def test_stale_widget_removal_only_touches_the_app_that_ran(state):
    a, b = meta("a", app="app-a"), meta("b", app="app-b")
    run_with(state, a, app="app-a")
    run_with(state, b, app="app-b")
    assert state.owner_of_key("a") == "app-a"
    assert state.owner_of_key("b") == "app-b"
    state.begin_run()
    state.apply_widget_values([(a.widget_id, 3), (b.widget_id, 4)])
    state.end_run("app-b", remove_stale=False)
    run_with(state, b, app="app-b")  # app b runs: its widget is there, app a's is not its own
    assert state["a"] == 3
    assert state["b"] == 4
    run_with(state, app="app-a")  # app a runs without its widget
    assert "a" not in state
    assert state["b"] == 4


def test_forgetting_an_app_drops_all_its_widgets(state):
    a, b = meta("a", app="app-a"), meta("b", app="app-b")
    run_with(state, a, app="app-a")
    run_with(state, b, app="app-b")
    state.forget_app("app-a")
    assert "a" not in state
    assert state.owner_of_key("a") is None
    assert state["b"] == 0


def test_pre_registration_value_comes_back_when_the_widget_is_removed(state):
    state.begin_run()
    state["k"] = 3
    state.end_run(APP, remove_stale=True)  # assigned while no widget had the key
    k = meta("k")
    assert run_with(state, k) == [3]
    assert interact(state, {k: 7}, k) == [7]
    run_with(state)  # the widget is not created
    assert state["k"] == 3


def test_a_value_left_under_a_removed_widget_goes_when_its_key_means_a_new_widget(state):
    old, new = meta("k", name="bounds-10"), meta("k", name="bounds-11", default=1)
    run_with(state, old)
    run_with(state)  # removed; the key still means it
    state.begin_run()
    state["k"] = 5  # filed under the removed widget's id
    state.end_run(APP, remove_stale=True)
    assert run_with(state, new) == [1]  # another widget: it starts at its default
    assert old.widget_id not in state._old  # nothing is left behind under the old id
    assert state["k"] == 1


# -------------------------------------------------------------------------------- triggers


def test_trigger_is_true_in_the_run_after_a_click_and_false_once_the_run_ends(state):
    b = meta("b", trigger=True, default=False)
    assert run_with(state, b) == [False]
    state.begin_run()
    changed = state.apply_widget_values([(b.widget_id, True)])
    assert changed == [b]
    assert state["b"] is True
    assert state.register_widget(b) is True
    state.end_run(APP, remove_stale=True)
    assert state["b"] is False
    assert run_with(state, b) == [False]


def test_trigger_left_true_by_a_run_that_ended_early_is_reset_when_the_next_run_begins(state):
    b = meta("b", trigger=True, default=False)
    run_with(state, b)
    state.begin_run()
    state.apply_widget_values([(b.widget_id, True)])
    state.end_run(APP, remove_stale=False, reset_triggers=False)
    assert state["b"] is True  # as Streamlit after st.stop() or an exception
    state.begin_run()
    assert state["b"] is False
    assert state.register_widget(b) is False


def test_value_assigned_to_a_trigger_key_in_a_run_survives_the_trigger_reset(state):
    b = meta("b", trigger=True, default=False)
    run_with(state, b)
    state.begin_run()
    state["b"] = True  # an error for the button, but the assignment stands
    state.end_run(APP, remove_stale=False)
    assert state["b"] is True
    assert run_with(state, b) == [True]  # the button sees it once...
    assert state["b"] is False
    assert run_with(state, b) == [False]  # ...then is a trigger again


# -------------------------------------------------------------------- incoming widget values


def test_changed_widgets_are_reported_in_page_order_and_unchanged_ones_are_not(state):
    a, b, c = meta("a", order=1), meta("b", order=2), meta("c", order=3)
    run_with(state, a, b, c)
    state.begin_run()
    changed = state.apply_widget_values([(c.widget_id, 1), (b.widget_id, 0), (a.widget_id, 2)])
    assert [m.key for m in changed] == ["a", "c"]
    assert (state["a"], state["b"], state["c"]) == (2, 0, 1)


def test_values_for_disabled_or_unknown_widgets_are_ignored(state):
    d = meta("d", disabled=True)
    run_with(state, d)
    state.begin_run()
    changed = state.apply_widget_values([(d.widget_id, 5), ("$$ID-unknown-None", 1)])
    assert changed == []
    assert state["d"] == 0
    with pytest.raises(KeyError):
        state.widget_value("$$ID-unknown-None")


# ----------------------------------------------------------------------------- serializable


def test_serializable_check_names_the_first_unpicklable_key(state):
    state["ok"] = [1, 2]
    state.check_serializable()
    state["fn"] = lambda x: x
    with pytest.raises(UnserializableSessionStateError) as info:
        state.check_serializable()
    assert info.value.key == "fn"
    assert "'fn'" in str(info.value)
    assert "function" in str(info.value)
    assert "fn" in state  # the value is not removed
    del state["fn"]
    state.check_serializable()


def test_serializable_check_covers_keyed_widget_values(state):
    w = meta("w", default=0)
    run_with(state, w)
    state.begin_run()
    state.apply_widget_values([(w.widget_id, lambda: None)])
    with pytest.raises(UnserializableSessionStateError, match="'w'"):
        state.check_serializable()


# ------------------------------------------------------------------------ writes outside runs


def test_writes_and_deletes_outside_a_run_are_recorded_for_rerunning_apps(state):
    state["a"] = 1
    state.begin_run()
    state["b"] = 2
    state.end_run(APP, remove_stale=True)
    del state["a"]
    assert state.outside_writes == {"a"}
