"""`st.session_state` inside apps: the dict and attribute API, keyed and keyless widgets,
assignment before and after a widget, and serializable state (reference §1-§4, §11).

Every script here also runs unchanged on Streamlit 1.67 with ``import streamlit as st``.
"""

from __future__ import annotations

import ast

import pytest

from nbstate.testing import AppTest, patch_options


def run(script: str) -> AppTest:
    """A new AppTest of `script`, run once."""
    return AppTest.from_string(script).run()


def shown(at: AppTest, index: int = 0):
    """The Python value that the script showed with ``st.text(repr(value))``."""
    return ast.literal_eval(at.text[index].value)


def exceptions(at: AppTest) -> list[tuple[str, str]]:
    """The (class name, message) of every exception element of the last run."""
    return [(e.type, e.value) for e in at.exception]


# Records what each operation does: ("ok", result) or (exception class, message).
ATTEMPT = """
import nbstate as st
ss = st.session_state

def attempt(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return (type(e).__name__, e.args[0] if e.args else None)
"""

# ---------------------------------------------------------------------------------- §1


def test_item_and_attribute_writes_are_readable_both_ways_and_persist_across_runs():
    at = run(
        """
import nbstate as st
if "a" not in st.session_state:
    st.session_state["a"] = 1
    st.session_state.b = 2
st.text(repr((st.session_state.a, st.session_state["b"], st.session_state.get("a"))))
"""
    )
    assert shown(at) == (1, 2, 1)
    at.run()
    assert shown(at) == (1, 2, 1)
    assert at.session_state["a"] == 1
    assert at.session_state.b == 2


def test_reading_a_missing_key_raises_key_error_naming_the_key():
    at = run('import nbstate as st\nst.session_state["nope"]\nst.text("after")')
    [(name, message)] = exceptions(at)
    assert name == "KeyError"
    assert 'has no key "nope"' in message
    assert "initialize" in message
    assert at.text.values == []  # the script stopped at the failing line


def test_reading_a_missing_attribute_raises_attribute_error_naming_the_key():
    at = run("import nbstate as st\nst.session_state.nope\n")
    [(name, message)] = exceptions(at)
    assert name == "AttributeError"
    assert 'has no attribute "nope"' in message
    assert "initialize" in message


def test_deleting_missing_keys_and_popping_them_raise_errors_naming_the_key():
    at = run(
        ATTEMPT
        + """
def del_item():
    del ss["nope"]

def del_attr():
    del ss.nope

st.text(repr([attempt(del_item), attempt(del_attr), attempt(lambda: ss.pop("nope"))]))
"""
    )
    (k1, m1), (k2, m2), (k3, m3) = shown(at)
    assert (k1, k2, k3) == ("KeyError", "AttributeError", "KeyError")
    assert 'has no key "nope"' in m1
    assert 'has no attribute "nope"' in m2
    assert 'has no key "nope"' in m3


def test_get_pop_with_default_and_in_do_not_raise_for_missing_keys():
    at = run(
        """
import nbstate as st
ss = st.session_state
st.text(repr((ss.get("nope", 42), ss.get("nope"), ss.pop("nope", "dflt"), "nope" in ss)))
"""
    )
    assert shown(at) == (42, None, "dflt", False)


def test_mapping_views_list_user_keys_and_keyed_widgets_but_not_keyless_widgets():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.u = 1
st.slider("Keyed", 0, 10, key="s")
st.slider("Keyless", 0, 10)
st.text_input("Keyless text")
st.text(repr((sorted(ss.keys()), sorted(ss), len(ss), sorted(ss.items()), sorted(ss.values()))))
"""
    )
    assert shown(at) == (["s", "u"], ["s", "u"], 2, [("s", 0), ("u", 1)], [0, 1])
    assert sorted(at.session_state.keys()) == ["s", "u"]
    assert all(not k.startswith("$$") for k in at.session_state)


def test_to_dict_returns_a_fresh_plain_dict():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss.a = 1
d = ss.to_dict()
d["added"] = 2
st.text(repr((type(d) is dict, d, "added" in ss, ss.to_dict())))
"""
    )
    assert shown(at) == (True, {"a": 1, "added": 2}, False, {"a": 1})


def test_setdefault_update_and_pop_work_like_a_dict():
    at = run(
        """
import nbstate as st
ss = st.session_state
first = ss.setdefault("a", 1)
second = ss.setdefault("a", 99)
ss.update({"b": 2, "c": 3})
popped = ss.pop("c")
st.text(repr((first, second, popped, ss.to_dict())))
"""
    )
    assert shown(at) == (1, 1, 3, {"a": 1, "b": 2})


def test_clear_deletes_user_keys_and_keyed_widget_values_and_widgets_restart_at_default():
    at = AppTest.from_string(
        """
import nbstate as st
ss = st.session_state
if ss.get("wipe"):
    ss.clear()
    st.text(repr(ss.to_dict()))
checked = st.checkbox("C", key="c")
st.text(repr((checked, ss.to_dict())))
"""
    )
    at.session_state["u"] = 1
    at.run()
    at.checkbox[0].check().run()
    assert shown(at) == (True, {"c": True, "u": 1})
    at.session_state["wipe"] = True
    at.run()
    assert shown(at, 0) == {}
    assert shown(at, 1) == (False, {"c": False})
    assert at.checkbox[0].value is False


def test_non_string_keys_are_stored_under_their_str():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss[1] = "x"
ss[(1, 2)] = "t"
ss[1.5] = "f"
st.text(repr((ss[1], ss["1"], 1 in ss, ss["(1, 2)"], ss["1.5"], sorted(ss.keys()))))
"""
    )
    assert shown(at) == ("x", "x", True, "t", "f", ["(1, 2)", "1", "1.5"])
    assert at.session_state["1"] == "x"


def test_empty_key_is_rejected_with_a_value_error():
    at = run('import nbstate as st\nst.session_state[""] = 1\nst.text("after")')
    [(name, message)] = exceptions(at)
    assert name == "NbStateValueError"
    assert "non-empty string" in message
    assert at.text.values == []


@pytest.mark.parametrize(
    "statement",
    ['st.session_state["$$ID-foo"]', 'st.session_state["$$ID-foo"] = 1'],
    ids=["get", "set"],
)
def test_keys_beginning_with_dollar_dollar_id_are_reserved(statement):
    at = run(f"import nbstate as st\n{statement}\nst.text('after')")
    [(name, message)] = exceptions(at)
    assert name == "NbStateAPIException"
    assert "$$ID" in message and "reserved" in message
    assert at.text.values == []


def test_keys_named_like_methods_are_items_and_attribute_reads_still_give_methods():
    at = run(
        """
import nbstate as st
ss = st.session_state
ss["keys"] = "x"
ss.items = "y"
st.text(repr((ss["keys"], ss["items"], callable(ss.keys), callable(ss.items),
              sorted(ss.keys()))))
"""
    )
    assert shown(at) == ("x", "y", True, True, ["items", "keys"])


def test_in_place_mutation_of_a_stored_value_persists():
    at = AppTest.from_string(
        """
import nbstate as st
ss = st.session_state
ss.setdefault("lst", [])
ss.lst.append(len(ss.lst))
"""
    )
    at.run().run().run()
    assert at.session_state["lst"] == [0, 1, 2]


def test_str_of_session_state_is_the_str_of_its_dict_and_repr_is_the_object_repr():
    at = run(
        """
import nbstate as st
st.session_state.a = 1
st.text(str(st.session_state))
st.text(repr(st.session_state))
"""
    )
    assert at.text[0].value == "{'a': 1}"
    assert at.text[1].value.startswith("<")
    assert "SessionStateProxy object at" in at.text[1].value


# ---------------------------------------------------------------------------------- §2


def test_keyed_widget_value_is_in_session_state_under_its_key_from_the_first_run():
    at = run(
        """
import nbstate as st
st.slider("S", 0, 10, key="s")
st.text(repr(st.session_state.s))
"""
    )
    assert shown(at) == 0
    assert at.session_state["s"] == 0
    at.slider[0].set_value(5).run()
    assert at.session_state["s"] == 5


def test_non_string_widget_key_is_stored_under_its_str():
    at = run(
        """
import nbstate as st
st.slider("S", 0, 10, key=7)
st.text(repr((st.session_state["7"], st.session_state[7], sorted(st.session_state.keys()))))
"""
    )
    assert shown(at) == (0, 0, ["7"])
    assert at.slider[0].key == "7"


def test_keyless_widget_values_are_not_in_session_state():
    at = run(
        """
import nbstate as st
v = st.text_input("A")
st.text(repr((v, len(st.session_state), list(st.session_state.keys()))))
"""
    )
    at.text_input[0].input("typed").run()
    assert shown(at) == ("typed", 0, [])
    assert len(at.session_state) == 0


# ---------------------------------------------------------------------------------- §3

ASSIGN_BEFORE = """
import nbstate as st
if "s" not in st.session_state:
    st.session_state.s = 7
v = st.slider("S", 0, 10, value=3, key="s")
st.text(repr(v))
"""


def test_value_assigned_before_the_widget_wins_over_its_value_argument():
    at = run(ASSIGN_BEFORE)
    assert shown(at) == 7
    assert at.slider[0].value == 7
    at.run()
    assert shown(at) == 7


def test_user_edit_owns_the_key_after_a_value_was_assigned_before_the_widget():
    at = run(ASSIGN_BEFORE)
    at.slider[0].set_value(2).run()
    assert shown(at) == 2
    assert at.session_state["s"] == 2
    at.run()
    assert shown(at) == 2


# The value-plus-session-state warning is logged (logger "nbstate"), not shown on the page:
# Streamlit 1.67 only logs it (streamlit.elements.lib.policies.check_session_state_rules,
# `_LOGGER.warning`), so a browser shows nothing. nbstate logs it once per session and key
# (Streamlit once per process). The condition is the same.

EVERY_RUN_ASSIGN = """
import nbstate as st
st.session_state.s = 7
v = st.slider("S", 0, 10, value=3, key="s")
st.text(repr(v))
"""


def warnings_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The value-plus-session-state warnings logged since the last `caplog.clear()`."""
    return [r.getMessage() for r in caplog.records if "Session State API" in r.getMessage()]


def test_value_plus_session_state_warning_is_logged_in_the_first_run_only(caplog):
    at = run(EVERY_RUN_ASSIGN)
    [warning] = warnings_logged(caplog)
    assert 'key "s"' in warning
    assert "created with a default value" in warning
    assert [r.name for r in caplog.records if r.getMessage() == warning] == ["nbstate"]
    # the page shows nothing of it, as a browser shows nothing in Streamlit
    assert at.warning.values == [] and at.get("stream") == []
    assert [e.type for e in at.main] == ["slider", "text"]
    assert shown(at) == 7
    caplog.clear()
    at.run()
    assert warnings_logged(caplog) == []
    assert shown(at) == 7


def test_value_plus_session_state_warning_comes_from_a_callback_assignment_too(caplog):
    at = run(
        """
import nbstate as st
def cb():
    st.session_state.t = "from callback"
st.button("B", key="b", on_click=cb)
st.text_input("T", value="dflt", key="t")
"""
    )
    assert warnings_logged(caplog) == []
    at.button(key="b").click().run()
    [warning] = warnings_logged(caplog)
    assert 'key "t"' in warning
    assert at.warning.values == []
    assert at.text_input[0].value == "from callback"


@pytest.mark.parametrize(
    "widget",
    [
        'st.text_input("T", value="", key="s")',
        'st.checkbox("C", value=False, key="s")',
        'st.slider("S", 0, 10, key="s")',
    ],
    ids=["text_input-empty", "checkbox-false", "slider-no-value"],
)
def test_no_value_plus_session_state_warning_when_the_default_is_the_empty_default(widget, caplog):
    value = "True" if "checkbox" in widget else '"x"' if "text_input" in widget else "4"
    at = run(f"import nbstate as st\nst.session_state.s = {value}\n{widget}")
    assert warnings_logged(caplog) == []
    assert at.warning.values == []
    assert at.exception == []
    assert at.session_state["s"] == ast.literal_eval(value)


def test_value_plus_session_state_warning_can_be_disabled_by_option(caplog):
    run(EVERY_RUN_ASSIGN)
    assert len(warnings_logged(caplog)) == 1  # the same script warns without the option
    caplog.clear()
    with patch_options({"global.disableWidgetStateDuplicationWarning": True}):
        at = run(EVERY_RUN_ASSIGN)
    assert warnings_logged(caplog) == []
    assert shown(at) == 7


# ---------------------------------------------------------------------------------- §4

ASSIGN_AFTER = """
import nbstate as st
st.slider("S", 0, 10, key="s")
st.session_state.s = 5
st.markdown("after")
"""


def test_assigning_a_widget_key_after_the_widget_raises_and_stops_the_script():
    at = run(ASSIGN_AFTER)
    [(name, message)] = exceptions(at)
    assert name == "NbStateWidgetAlreadyInstantiatedError"
    assert "st.session_state['s']" in message
    assert "callback" in message  # says how to fix it
    assert at.markdown.values == []
    assert at.session_state["s"] == 0


def test_assigning_a_widget_key_after_the_widget_raises_again_on_every_run():
    at = run(ASSIGN_AFTER)
    at.run()
    assert [name for name, _ in exceptions(at)] == ["NbStateWidgetAlreadyInstantiatedError"]
    assert at.session_state["s"] == 0
    at.slider[0].set_value(3).run()
    assert [name for name, _ in exceptions(at)] == ["NbStateWidgetAlreadyInstantiatedError"]
    assert at.session_state["s"] == 3


def test_assigning_the_same_value_after_the_widget_also_raises():
    at = run(
        """
import nbstate as st
st.slider("S", 0, 10, key="s")
st.session_state.s = st.session_state.s
"""
    )
    assert [name for name, _ in exceptions(at)] == ["NbStateWidgetAlreadyInstantiatedError"]


def test_deleting_a_widget_key_after_the_widget_is_allowed_and_the_key_is_gone():
    at = run(
        """
import nbstate as st
st.slider("S", 0, 10, key="s")
del st.session_state["s"]
st.text(repr(("s" in st.session_state, st.session_state.get("s", "<missing>"))))
"""
    )
    assert at.exception == []
    assert shown(at) == (False, "<missing>")


# --------------------------------------------------------------------------------- §11

UNSERIALIZABLE = """
import nbstate as st
if "stored" not in st.session_state:
    st.session_state.stored = True
    st.session_state.fn = lambda x: x
st.text("one")
st.text("two")
"""


def test_unserializable_values_are_accepted_by_default():
    at = run(UNSERIALIZABLE)
    assert at.exception == []
    assert callable(at.session_state["fn"])


def test_enforced_serializable_state_fails_the_run_after_the_whole_body_ran():
    with patch_options({"runner.enforceSerializableSessionState": True}):
        at = run(UNSERIALIZABLE)
        assert at.text.values == ["one", "two"]
        [(name, message)] = exceptions(at)
        assert name == "UnserializableSessionStateError"
        assert "'fn'" in message
        assert "function" in message
        # The value is not removed: every run fails until it is deleted.
        assert "fn" in at.session_state
        at.run()
        assert [name for name, _ in exceptions(at)] == ["UnserializableSessionStateError"]
        del at.session_state["fn"]
        at.run()
        assert at.exception == []
        assert at.text.values == ["one", "two"]


def test_enforced_serializable_state_also_fails_when_a_callback_stored_the_value():
    script = """
import nbstate as st
def store():
    st.session_state.fn = lambda x: x
st.button("Store", key="store", on_click=store)
"""
    with patch_options({"runner.enforceSerializableSessionState": True}):
        at = run(script)
        assert at.exception == []
        at.button(key="store").click().run()
        assert [name for name, _ in exceptions(at)] == ["UnserializableSessionStateError"]
        assert "'fn'" in at.exception[0].value
