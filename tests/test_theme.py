"""Streamlit's [theme] options: read from .streamlit/config.toml, turned into CSS variables."""

from __future__ import annotations

import logging

import pytest

import nbstate as st
import nbstate.options as options
import nbstate.stylesheet as stylesheet
from nbstate.errors import NbStateAPIException
from nbstate.stylesheet import page_css, stylesheet_text
from nbstate.theme import css_colour, css_font, theme_css

CONFIG = """
[theme]
primaryColor = "#1f77b4"
font = "serif"

[theme.dark]
primaryColor = "#ff7f0e"
backgroundColor = "#0e1117"

[theme.sidebar]
backgroundColor = "rgb(1, 2, 3)"
"""


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    """A working directory whose .streamlit/config.toml is `CONFIG` (read again after)."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(CONFIG)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(options.Path, "home", lambda: tmp_path / "home")
    options.reload_config_files()
    yield tmp_path
    monkeypatch.undo()
    options.reload_config_files()


def test_nested_theme_tables_are_read_with_dotted_names(config_dir) -> None:
    assert st.get_option("theme.primaryColor") == "#1f77b4"
    assert st.get_option("theme.dark.primaryColor") == "#ff7f0e"
    assert st.get_option("theme.sidebar.backgroundColor") == "rgb(1, 2, 3)"
    assert st.get_option("theme.light.primaryColor") is None


def test_a_script_cannot_set_a_theme_option_as_in_streamlit() -> None:
    with pytest.raises(NbStateAPIException, match="theme.primaryColor cannot be set on the fly"):
        st.set_option("theme.primaryColor", "#000000")


def test_the_page_gets_the_config_files_theme(config_dir) -> None:
    css = page_css()
    assert css.startswith(stylesheet_text())
    every_mode = "body .nbstate-app.nbstate-app {\n  --nbstate-primary: #1f77b4;"
    assert every_mode in css
    assert '--nbstate-font: "Source Serif Pro", "Source Serif 4", serif;' in css
    dark = 'body[data-jp-theme-light="false"] .nbstate-app.nbstate-app {\n'
    dark_rule = css[css.index(dark) :]
    assert "--nbstate-primary: #ff7f0e;" in dark_rule
    assert "--nbstate-bg: #0e1117;" in dark_rule
    assert "background-color: var(--nbstate-bg);" in dark_rule  # the app paints its bg
    sidebar = (
        "body .nbstate-app.nbstate-app .nbstate-sidebar {\n  --nbstate-sidebar-bg: rgb(1, 2, 3);"
    )
    assert sidebar in css


def test_the_stylesheet_widget_follows_the_config(config_dir, monkeypatch) -> None:
    monkeypatch.setattr(stylesheet, "_sheet", None)
    sheet = stylesheet.ensure_stylesheet()
    try:
        assert "--nbstate-primary: #1f77b4;" in sheet.css
        (config_dir / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "red"\n')
        options.reload_config_files()
        assert stylesheet.ensure_stylesheet() is sheet
        assert "--nbstate-primary: red;" in sheet.css and "#1f77b4" not in sheet.css
    finally:
        sheet.close()
        monkeypatch.setattr(stylesheet, "_sheet", None)


def test_no_theme_options_no_rules() -> None:
    assert theme_css({}.get, stylesheet_text()) == ""


@pytest.mark.parametrize("base", ["light", "dark"])
def test_base_gives_the_app_that_palette_on_any_page(base: str) -> None:
    css = theme_css({"theme.base": base}.get, stylesheet_text())
    assert css.startswith("body .nbstate-app.nbstate-app {")
    text = {"light": "rgb(47, 45, 43)", "dark": "rgb(237, 235, 232)"}[base]
    background = {"light": "rgb(255, 255, 255)", "dark": "rgb(23, 22, 20)"}[base]
    assert f"--nbstate-text: {text};" in css
    assert css.rindex(f"--nbstate-bg: {background};") > css.rindex("--nbstate-bg: var(")
    assert "background-color: var(--nbstate-bg);" in css
    # a whole declaration per line: the multi-line font stack stays one declaration
    assert all(line.strip().endswith(("{", "}", ";")) for line in css.splitlines())


def test_a_theme_file_as_base_is_not_supported_and_says_so(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="nbstate"):
        assert theme_css({"theme.base": "themes/custom.toml"}.get, stylesheet_text()) == ""
    assert "theme.base" in caplog.text and "custom.toml" in caplog.text


def test_values_that_could_break_out_of_css_are_left_out(caplog) -> None:
    unsafe = {"theme.textColor": "red;} body { display: none", "theme.font": "x{y}"}
    with caplog.at_level(logging.WARNING, logger="nbstate"):
        assert theme_css(unsafe.get, stylesheet_text()) == ""
    assert "theme.textColor" in caplog.text and "theme.font" in caplog.text


def test_colours_and_fonts() -> None:
    assert css_colour(" #ABCDEF ") == "#ABCDEF"
    assert css_colour("rgba(1, 2, 3, 0.5)") == "rgba(1, 2, 3, 0.5)"
    assert css_colour(12) is None
    assert css_font("sans-serif") == '"Source Sans Pro", "Source Sans 3", sans-serif'
    assert css_font("monospace") == '"Source Code Pro", monospace'
    assert (
        css_font("Nunito:https://fonts.googleapis.com/css2?family=Nunito, serif")
        == '"Nunito", "Source Serif Pro", "Source Serif 4", serif'
    )
    assert css_font("") is None
