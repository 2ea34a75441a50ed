"""nbstate's stylesheet: shipped with the package, scoped to app areas, put on the page once."""

from __future__ import annotations

import re

import nbstate.stylesheet as stylesheet
from nbstate.stylesheet import STYLE_ID, StyleSheet, ensure_stylesheet, stylesheet_text


def selectors(css: str) -> list[str]:
    """Every selector of every rule in `css` (comments and @keyframes bodies left out)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    found = []
    for head in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        found += [part.strip() for part in head.split(",") if part.strip()]
    return found


def test_every_rule_is_scoped_to_the_app_area() -> None:
    found = selectors(stylesheet_text())
    assert len(found) > 40  # the real file, not an empty one
    # ".nbstate-app ..." or a page condition then ".nbstate-app ...", e.g. the dark theme
    scoped = re.compile(r"^(body\[[^\]]+\]\s+)?\.nbstate-app(\s|$|[.:\[])")
    assert [s for s in found if not scoped.match(s)] == []


def test_the_selector_check_catches_an_unscoped_rule() -> None:
    found = selectors(".nbstate-app .a { x: 1 }\n.widget-text, .nbstate-app b { y: 2 }")
    assert found == [".nbstate-app .a", ".widget-text", ".nbstate-app b"]


def test_streamlit_figures_are_in_the_stylesheet() -> None:
    css = stylesheet_text()
    for figure in (
        "rgb(197, 57, 72)",  # the light accent
        "rgb(207, 66, 80)",  # the dark accent
        "font-size: 28px",  # subheader
        "min-height: 40px",  # buttons
        "border-radius: 8px",
    ):
        assert figure in css, figure


def test_one_stylesheet_widget_per_kernel_carrying_the_file(monkeypatch) -> None:
    monkeypatch.setattr(stylesheet, "_sheet", None)
    sheet = ensure_stylesheet()
    try:
        assert isinstance(sheet, StyleSheet)
        assert sheet.css == stylesheet_text()
        assert STYLE_ID in sheet._esm  # the page keeps one <style> of that id
        assert ensure_stylesheet() is sheet
        sheet.close()
        again = ensure_stylesheet()  # a closed one is made again
        assert again is not sheet and again.comm is not None
        again.close()
    finally:
        monkeypatch.setattr(stylesheet, "_sheet", None)
