"""Every config option name of Streamlit 1.67 is accepted by st.set_option / st.get_option
(issue 16 item 12)."""

from __future__ import annotations

import pytest

import nbstate as st
from nbstate import options as config
from nbstate.streamlit_options import STREAMLIT_OPTIONS
from nbstate.testing import AppTest


@pytest.fixture(autouse=True)
def _restore_options():
    saved = config.snapshot()
    yield
    config.restore(saved)


def test_the_table_holds_streamlit_167s_options():
    # 367 names in Streamlit 1.67.0 (scripts/gen_streamlit_options.py)
    assert len(STREAMLIT_OPTIONS) == 367
    assert STREAMLIT_OPTIONS["client.showSidebarNavigation"] == (True, True)
    assert STREAMLIT_OPTIONS["server.port"] == (8501, False)


def test_show_sidebar_navigation_can_be_set_in_a_script_and_read_back():
    at = AppTest.from_string(
        """
import nbstate as st
st.set_option("client.showSidebarNavigation", False)
st.write(st.get_option("client.showSidebarNavigation"))
"""
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "`False`"


@pytest.mark.parametrize("name", sorted(STREAMLIT_OPTIONS))
def test_every_streamlit_option_name_is_known_and_returns_streamlits_default(name):
    assert st.get_option(name) == STREAMLIT_OPTIONS[name][0] or name in config.OPTIONS


@pytest.mark.parametrize("name", sorted(n for n, (_, s) in STREAMLIT_OPTIONS.items() if s))
def test_every_option_streamlit_lets_a_script_set_is_accepted(name):
    st.set_option(name, "x")
    assert st.get_option(name) == "x"


def test_a_server_option_cannot_be_set_from_a_script_as_in_streamlit():
    with pytest.raises(st.errors.NbStateAPIException, match="server.port cannot be set on the fly"):
        st.set_option("server.port", 1234)
    assert st.get_option("server.port") == 8501


def test_nbstates_own_options_stay_settable():
    st.set_option("runner.magicEnabled", False)
    assert st.get_option("runner.magicEnabled") is False


def test_an_unknown_name_is_an_error_that_suggests_the_closest_names():
    with pytest.raises(st.errors.NbStateAPIException, match="client.showSidebarNavigation"):
        st.set_option("client.showSidebarNavigaton", False)
    with pytest.raises(st.errors.NbStateAPIException, match='Unknown option "nope.x"'):
        st.get_option("nope.x")


def test_a_streamlit_option_in_config_toml_is_read(tmp_path, monkeypatch):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[client]\ntoolbarMode = 'minimal'\n")
    monkeypatch.chdir(tmp_path)
    config.reload_config_files()
    try:
        assert st.get_option("client.toolbarMode") == "minimal"
    finally:
        monkeypatch.undo()
        config.reload_config_files()


def test_the_option_parameter_is_called_key_as_in_streamlit():
    st.set_option(key="client.toolbarMode", value="viewer")
    assert st.get_option(key="client.toolbarMode") == "viewer"
