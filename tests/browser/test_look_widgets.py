"""Streamlit's look of the slider marks, choice widgets and metric, and the text's contrast,
measured in JupyterLab (light and dark) with getBoundingClientRect and getComputedStyle.

The figures are Streamlit 1.67's, from shared/reference/streamlit-1.67-look.md (§1, §3, §4,
§7); each assertion states its tolerance.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from browser_support import app_area, open_notebook, rerun_cell, run_cell, run_setup_cell
from browser_support import write_notebook as write_nb
from playwright.sync_api import Locator, Page, expect
from test_look import PRIMARY, box, px, set_theme, style

pytestmark = pytest.mark.browser

WIDGETS_APP = """
st.slider('Level', 0, 100, 30, key='level')
st.select_slider('Size', ['low', 'mid', 'high'], 'mid', key='size')
st.selectbox('Pick', ['alpha', 'beta', 'gamma'], key='pick')
st.multiselect('Many', ['alpha', 'beta', 'gamma'], ['alpha', 'beta'], key='many')
st.checkbox('Checked', True, key='checked')
st.checkbox('Unchecked', key='unchecked')
st.radio('Radio', ['x', 'y', 'z'], key='radio')
st.radio('Flat', ['x', 'y'], key='flat', horizontal=True)
st.toggle('Off', key='off')
st.toggle('On', True, key='on')
st.metric('Temperature', '70 °F', '1.2 °F')
st.metric('Loss', '3.1', '-0.4')
st.write('Body text')
import pandas as pd
st.dataframe(pd.DataFrame({'a': [1, 2, 3], 'b': ['x', 'y', 'z']}))
"""

#: Streamlit 1.67's colours, light / dark (look reference §1, §6).
TEXT = {"light": "rgb(47, 45, 43)", "dark": "rgb(237, 235, 232)"}
FIELD_BG = {"light": "rgb(248, 248, 247)", "dark": "rgb(45, 43, 39)"}
BORDER = {"light": "rgb(220, 216, 212)", "dark": "rgb(74, 71, 66)"}
CONTROL_BG = {"light": "rgb(255, 255, 255)", "dark": "rgb(30, 29, 26)"}
SUCCESS = {
    "light": ("rgb(12, 90, 68)", "rgb(241, 251, 246)"),
    "dark": ("rgb(126, 213, 176)", "rgb(14, 47, 36)"),
}
ERROR = {
    "light": ("rgb(158, 48, 59)", "rgb(255, 241, 242)"),
    "dark": ("rgb(242, 145, 154)", "rgb(65, 32, 35)"),
}

DF_BORDER = {"light": "rgb(232, 229, 226)", "dark": "rgb(58, 56, 52)"}
DF_HEADER_BG = {"light": "rgb(247, 247, 246)", "dark": "rgb(45, 43, 39)"}

#: The colour of the dataframe's canvas at x, y (CSS px of the canvas, device scale 1).
CANVAS_JS = """(el, [x, y]) => {
  const d = el.getContext('2d').getImageData(x, y, 1, 1).data;
  return `rgb(${d[0]}, ${d[1]}, ${d[2]})`;
}"""

#: A pseudo-element's computed style.
PSEUDO_JS = """(el, [pseudo, names]) => {
  const s = getComputedStyle(el, pseudo);
  return Object.fromEntries(names.map(n => [n, s.getPropertyValue(n)]));
}"""

#: The colour an element's text is drawn on: the first ancestor background that is not
#: transparent (none of these have background images under text).
BACKGROUND_JS = """el => {
  for (let e = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
  }
  return 'rgb(255, 255, 255)';
}"""


def pseudo(locator: Locator, which: str, *names: str) -> dict[str, str]:
    """Computed style values of the element's ``::before`` or ``::after``."""
    return locator.evaluate(PSEUDO_JS, [which, list(names)])


def channels(colour: str) -> list[float]:
    """``"rgb(1, 2, 3)"`` / ``"rgba(1, 2, 3, 0.5)"`` -> ``[1, 2, 3]`` or ``[1, 2, 3, 0.5]``."""
    return [float(c) for c in colour[colour.index("(") + 1 : -1].split(",")]


def luminance(rgb: list[float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0-255 channels)."""

    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(text: str, background: str) -> float:
    """WCAG 2 contrast ratio of `text` (alpha blended over `background`) on `background`."""
    fg, bg = channels(text), channels(background)
    alpha = fg[3] if len(fg) == 4 else 1.0
    blended = [alpha * f + (1 - alpha) * b for f, b in zip(fg[:3], bg[:3], strict=True)]
    high, low = sorted((luminance(blended), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_ratio_formula() -> None:
    """The WCAG figures the contrast test relies on: black on white is 21:1, grey on grey 1:1."""
    assert round(contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 2) == 21.0
    assert contrast("rgb(119, 119, 119)", "rgb(119, 119, 119)") == 1.0
    # half-transparent black on white is mid-grey (~3.9:1), not black
    assert 3.5 < contrast("rgba(0, 0, 0, 0.5)", "rgb(255, 255, 255)") < 4.5


@pytest.fixture(params=["light", "dark"])
def widgets_app(request, page: Page, lab) -> tuple[Page, Locator, str]:
    """The widgets app in JupyterLab (1280x900, file browser open), light or dark."""
    theme = request.param
    name = f"look_widgets_{theme}.ipynb"
    write_nb(lab.root / name, [rerun_cell(WIDGETS_APP)])
    open_notebook(page, lab, name, "lab", n_cells=2)
    set_theme(page, theme)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-key-radio")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('style#nbstate-stylesheet').length === 1")
    return page, app, theme


def test_widgets_look_like_streamlit(widgets_app, artifacts) -> None:
    page, app, theme = widgets_app
    figures: dict[str, Any] = {}

    # 1. slider: min and max under the ends of the track, 14 px, text at 70 %, their tops
    # 10 px below the track's centre (±1); hidden (opacity 0) until hovered
    level = app.locator(".nbstate-key-level")
    container = level.locator(".slider-container")
    expect(container).to_have_attribute("data-nbstate-max", "100")
    names = ("content", "top", "left", "right", "opacity", "font-size", "color")
    low_style, high_style = (
        pseudo(container, "::before", *names),
        pseudo(container, "::after", *names),
    )
    assert (low_style["content"], high_style["content"]) == ('"0"', '"100"')
    assert (low_style["opacity"], high_style["opacity"]) == ("0", "0")  # not hovered
    track, frame, widget = (
        box(level.locator(".noUi-target")),
        box(container),
        box(level),
    )
    centre = track["top"] + track["height"] / 2
    for mark in (low_style, high_style):
        assert mark["font-size"] == "14px" and mark["color"] == TEXT[theme], mark
        top = frame["top"] + px(mark["top"])
        assert abs(top - centre - 10) <= 1, (top, centre)
    figures["slider min/max top - track centre"] = frame["top"] + px(low_style["top"]) - centre
    # at the widget's left and right edges (±1): the track is inset 6 px, the marks are not
    assert abs(frame["left"] + px(low_style["left"]) - widget["left"]) <= 1, (low_style, widget)
    assert abs(frame["right"] - px(high_style["right"]) - widget["right"]) <= 1
    level.hover()
    page.wait_for_timeout(300)  # the 0.1 s fade
    assert pseudo(container, "::before", "opacity") == {"opacity": "0.7"}
    assert pseudo(container, "::after", "opacity") == {"opacity": "0.7"}
    # a select_slider: its bounds and the value above the thumb are the options' labels
    size = app.locator(".nbstate-key-size")
    size_container = size.locator(".slider-container")
    expect(size_container).to_have_attribute("data-nbstate-min", "low")
    expect(size_container).to_have_attribute("data-nbstate-max", "high")
    handle = size.locator(".noUi-handle")
    expect(handle).to_have_attribute("data-nbstate-value", "mid")
    above = pseudo(handle, "::after", "content", "color", "bottom")
    assert above == {"content": '"mid"', "color": PRIMARY[theme], "bottom": "10px"}, above
    handle.focus()
    page.keyboard.press("End")  # the thumb moves: the text above it follows
    expect(size.locator(".widget-readout")).to_have_text("high")
    expect(handle).to_have_attribute("data-nbstate-value", "high")
    # ... and at the end of the track it stays inside the slider (right-aligned with the
    # thumb, whose right edge is the slider's, ±0.5), as Streamlit keeps it
    expect(handle).to_have_attribute("data-nbstate-edge", "end")
    assert pseudo(handle, "::after", "right", "transform") == {"right": "0px", "transform": "none"}
    assert box(handle)["right"] <= box(size)["right"] + 0.5, (box(handle), box(size))
    expect(level.locator(".noUi-handle")).not_to_have_attribute("data-nbstate-edge", "end")

    # 2. selectbox: 40 tall (±1), radius 8, 1 px border in the theme's border colour, the
    # field colour, 14 px text 8 px in, no native arrow (a chevron drawn at the right)
    select = app.locator(".nbstate-key-pick select")
    select_style = style(
        select,
        "border-top-left-radius",
        "border-top-width",
        "border-top-color",
        "background-color",
        "padding-left",
        "font-size",
        "color",
        "appearance",
        "background-image",
    )
    assert abs(box(select)["height"] - 40) <= 1, box(select)
    assert {k: select_style[k] for k in list(select_style)[:8]} == {
        "border-top-left-radius": "8px",
        "border-top-width": "1px",
        "border-top-color": BORDER[theme],
        "background-color": FIELD_BG[theme],
        "padding-left": "8px",
        "font-size": "14px",
        "color": TEXT[theme],
        "appearance": "none",
    }, select_style
    assert select_style["background-image"].startswith('url("data:image/svg+xml')
    figures["selectbox height"] = box(select)["height"]
    # ... its label above it, 28 from the label's top to the field's (24 + 4, ±1)
    label = box(app.locator(".nbstate-key-pick .widget-label"))
    assert abs(box(select)["top"] - label["top"] - 28) <= 1, (label, box(select))

    # 3. multiselect: the field's radius, fill and border, at least 40 tall; the chosen
    # options are Streamlit's tags: the accent, white 14 px text, 28 tall (±1), radius 6,
    # 4 px apart; the other option is not a tag
    many = app.locator(".nbstate-key-many .nbstate-tags-field")
    many_style = style(many, "border-top-left-radius", "background-color", "border-top-color")
    assert many_style == {
        "border-top-left-radius": "8px",
        "background-color": FIELD_BG[theme],
        "border-top-color": BORDER[theme],
    }, many_style
    assert box(many)["height"] >= 40 - 0.5, box(many)
    tags = app.locator(".nbstate-key-many .nbstate-tag")
    expect(tags).to_have_text(["alpha✕", "beta✕"])
    chosen = tags.nth(0)
    tag = style(chosen, "background-color", "color", "border-top-left-radius", "font-size")
    accent = PRIMARY[theme]
    assert tag == {
        "background-color": accent,
        "color": "rgb(255, 255, 255)",
        "border-top-left-radius": "6px",
        "font-size": "14px",
    }, tag
    assert abs(box(chosen)["height"] - 28) <= 1, box(chosen)
    assert abs(box(tags.nth(1))["left"] - box(chosen)["right"] - 4) <= 0.5
    figures["multiselect tag height"] = box(chosen)["height"]

    # 4. checkbox: a 16 px box (±0.5), radius 4; checked: the accent; unchecked: 1 px border
    # in the border colour on white (dark: rgb(30, 29, 26)); 8 px to a 14 px label (±1);
    # the row 24 tall (±1)
    checked = app.locator(".nbstate-key-checked input")
    unchecked = app.locator(".nbstate-key-unchecked input")
    b = box(checked)
    assert abs(b["width"] - 16) <= 0.5 and abs(b["height"] - 16) <= 0.5, b
    on = style(checked, "background-color", "border-top-color", "border-top-left-radius")
    assert on == {
        "background-color": PRIMARY[theme],
        "border-top-color": PRIMARY[theme],
        "border-top-left-radius": "4px",
    }, on
    off = style(unchecked, "background-color", "border-top-color", "border-top-width")
    assert off == {
        "background-color": CONTROL_BG[theme],
        "border-top-color": BORDER[theme],
        "border-top-width": "1px",
    }, off
    text = app.locator(".nbstate-key-checked .widget-label-basic span")
    assert abs(box(text)["left"] - b["right"] - 8) <= 1, (box(text), b)
    assert style(text, "font-size")["font-size"] == "14px"
    row = box(app.locator(".nbstate-key-checked .widget-label-basic"))
    assert abs(row["height"] - 24) <= 1, row
    figures["checkbox box"] = [b["width"], b["height"]]
    figures["checkbox row height"] = row["height"]

    # 5. radio: 16 px circles (±0.5) left of 14 px labels, 8 px between (±1); options 22.4
    # tall (±0.5) with no gap; the chosen one the accent with a white centre dot; the label
    # row 28 above the first option (±1)
    options = app.locator(".nbstate-key-radio .widget-radio-box label")
    expect(options).to_have_count(3)
    first, second = box(options.nth(0)), box(options.nth(1))
    assert abs(first["height"] - 22.4) <= 0.5, first
    assert abs(second["top"] - first["bottom"]) <= 0.5, (first, second)
    circle = options.nth(0).locator("input")
    c = box(circle)
    assert abs(c["width"] - 16) <= 0.5 and abs(c["height"] - 16) <= 0.5, c
    assert c["left"] < first["left"] + 1  # the circle comes first
    chosen_radio = style(circle, "border-top-color", "background-image", "border-top-left-radius")
    assert chosen_radio["border-top-color"] == PRIMARY[theme], chosen_radio
    assert chosen_radio["background-image"].startswith("radial-gradient"), chosen_radio
    assert "rgb(255, 255, 255)" in chosen_radio["background-image"], chosen_radio
    assert chosen_radio["border-top-left-radius"] == "50%", chosen_radio
    free = style(options.nth(1).locator("input"), "border-top-color", "background-image")
    assert free == {"border-top-color": BORDER[theme], "background-image": "none"}, free
    radio_label = box(app.locator(".nbstate-key-radio > .widget-label"))
    assert abs(first["top"] - radio_label["top"] - 28) <= 1, (radio_label, first)
    figures["radio option height"] = first["height"]
    # horizontal: the label above, options side by side 16 px apart (±1) in a 40 px row (±1)
    flat = app.locator(".nbstate-key-flat .widget-radio-box")
    flat_options = flat.locator("label")
    x, y = box(flat_options.nth(0)), box(flat_options.nth(1))
    assert abs(y["left"] - x["right"] - 16) <= 1 and abs(x["top"] - y["top"]) <= 0.5, (x, y)
    assert abs(box(flat)["height"] - 40) <= 1, box(flat)
    flat_label = box(app.locator(".nbstate-key-flat > .widget-label"))
    assert flat_label["bottom"] <= box(flat)["top"] + 0.5, (flat_label, box(flat))

    # 5b. toggle: a 32 x 16 pill track, a 12 px knob (white; dark and off: rgb(237, 235, 232))
    # 2 px in, 8 px to a 14 px label (±1); off: the text colour at 20 %; on: the accent
    knob_off = {"light": "rgb(255, 255, 255)", "dark": "rgb(237, 235, 232)"}[theme]
    for key, on in (("off", False), ("on", True)):
        toggle = app.locator(f".nbstate-key-{key}")
        t = box(toggle)
        track = pseudo(toggle, "::before", "width", "height", "border-radius", "background-color")
        knob = pseudo(toggle, "::after", "width", "height", "left", "background-color")
        assert (track["width"], track["height"], track["border-radius"]) == (
            "32px",
            "16px",
            "9999px",
        ), track
        if on:
            assert track["background-color"] == PRIMARY[theme], track
        else:  # Chromium gives color-mix() as color(srgb r g b / 0.2)
            assert track["background-color"].endswith("/ 0.2)"), track
        assert knob == {
            "width": "12px",
            "height": "12px",
            "left": "18px" if on else "2px",
            "background-color": "rgb(255, 255, 255)" if on else knob_off,
        }, knob
        label_left = toggle.evaluate(
            "el => { const r = document.createRange();"
            " r.selectNodeContents([...el.childNodes].find(n => n.nodeType === 3));"
            " return r.getBoundingClientRect().left; }"
        )
        assert abs(label_left - t["left"] - 40) <= 1, (label_left, t)
        assert abs(t["height"] - 24) <= 1 and style(toggle, "font-size")["font-size"] == "14px"
    figures["toggle track"] = [track["width"], track["height"]]

    # 6. metric: label 14/400, value 36/400 (±0.5), both in the body colour; the delta a pill
    # (radius 9999) in the success colours (a negative one: the error colours), 14 px, 23 tall
    # (±1)
    metrics = app.locator("div.nbstate-metric > .nbstate-metric-value")
    expect(metrics).to_have_count(2)
    metric = app.locator("div.nbstate-metric:has(> .nbstate-metric-value)").first
    label_style = style(
        metric.locator(".nbstate-metric-label"), "font-size", "font-weight", "color"
    )
    assert label_style == {"font-size": "14px", "font-weight": "400", "color": TEXT[theme]}
    value = metric.locator(".nbstate-metric-value")
    value_style = style(value, "font-size", "font-weight", "color")
    assert value_style == {"font-size": "36px", "font-weight": "400", "color": TEXT[theme]}
    pills = app.locator(".nbstate-metric-delta > span:first-child")
    for i, (fg, bg) in enumerate((SUCCESS[theme], ERROR[theme])):
        pill = pills.nth(i)
        pill_style = style(pill, "color", "background-color", "border-top-left-radius", "font-size")
        assert pill_style == {
            "color": fg,
            "background-color": bg,
            "border-top-left-radius": "9999px",
            "font-size": "14px",
        }, pill_style
        assert abs(box(pill)["height"] - 23) <= 1, box(pill)
    figures["metric value font"] = value_style["font-size"]
    figures["metric delta pill height"] = box(pills.nth(0))["height"]
    figures["metric height"] = box(metric)["height"]

    # 7. dataframe: a 1 px frame in Streamlit's dataframe border colour, radius 8; rows and
    # header 35 px apart (the 1 px grid line included); after the page's theme changes,
    # ipydatagrid reads the app's colours: Streamlit's header and grid lines, cells on the
    # page's background (at its creation it takes JupyterLab's own: see nbstate.css)
    frame = app.locator(".nbstate-dataframe")
    frame_style = style(frame, "outline-width", "outline-color", "border-top-left-radius")
    assert frame_style == {
        "outline-width": "1px",
        "outline-color": DF_BORDER[theme],
        "border-top-left-radius": "8px",
    }, frame_style
    canvas = frame.locator(".lm-DataGrid-viewport canvas").first
    column = [canvas.evaluate(CANVAS_JS, [120, y]) for y in range(0, 106)]
    lines = [y for y in range(1, 106) if column[y] != column[y - 1] and column[y] == column[34]]
    assert lines == [34, 69, 104], (lines, column[30:40])
    other = "dark" if theme == "light" else "light"
    set_theme(page, other)
    set_theme(page, theme)
    page.wait_for_timeout(500)  # the grid repaints
    painted = {
        "header": canvas.evaluate(CANVAS_JS, [120, 10]),
        "grid line": canvas.evaluate(CANVAS_JS, [120, 34]),
        "cell": canvas.evaluate(CANVAS_JS, [120, 50]),
    }
    page_background = app.evaluate(BACKGROUND_JS)
    assert painted == {
        "header": DF_HEADER_BG[theme],
        "grid line": DF_BORDER[theme],
        "cell": page_background,
    }, painted
    figures["dataframe row pitch"] = lines[1] - lines[0]
    figures["dataframe colours after a theme change"] = painted

    app.screenshot(path=str(artifacts / f"look-widgets-lab-{theme}.png"))
    (artifacts / f"look-widgets-lab-{theme}.json").write_text(json.dumps(figures, indent=1))


def test_text_contrast(widgets_app) -> None:
    """Body text, labels and the metric's value in Streamlit's text colour of the theme, at
    least 4.5:1 (WCAG AA) against the colour they are drawn on, light and dark."""
    page, app, theme = widgets_app
    texts = {
        "body text": app.locator(".nbstate-markdown p").first,
        "widget label": app.locator(".nbstate-key-pick .widget-label"),
        "selectbox text": app.locator(".nbstate-key-pick select"),
        "checkbox label": app.locator(".nbstate-key-checked .widget-label-basic span"),
        "radio option": app.locator(".nbstate-key-radio .widget-radio-box label").first,
        "metric value": app.locator("div.nbstate-metric > .nbstate-metric-value").first,
    }
    ratios = {}
    for name, locator in texts.items():
        colour = style(locator, "color")["color"]
        assert colour == TEXT[theme], (name, colour)
        background = locator.evaluate(BACKGROUND_JS)
        ratios[name] = round(contrast(colour, background), 2)
    print(theme, ratios)
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios


THEME_CONFIG = """
[theme]
primaryColor = "#1f77b4"
font = "serif"

[theme.dark]
primaryColor = "#ff7f0e"
backgroundColor = "#0e1117"
"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_options_of_config_toml(page: Page, lab, theme: str) -> None:
    """[theme] in the kernel's .streamlit/config.toml (the notebook's folder), as Streamlit
    reads it: primaryColor and font for every mode, [theme.dark] for the dark page only."""
    folder = lab.root / f"themed_{theme}"
    (folder / ".streamlit").mkdir(parents=True)
    (folder / ".streamlit" / "config.toml").write_text(THEME_CONFIG)
    write_nb(
        folder / "app.ipynb", [rerun_cell("st.checkbox('On', True, key='on')\nst.write('Text')")]
    )
    open_notebook(page, lab, f"themed_{theme}/app.ipynb", "lab", n_cells=2)
    set_theme(page, theme)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-key-on")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('style#nbstate-stylesheet').length === 1")
    accent = {"light": "rgb(31, 119, 180)", "dark": "rgb(255, 127, 14)"}[theme]
    box_style = style(app.locator(".nbstate-key-on input"), "background-color")
    assert box_style["background-color"] == accent, box_style
    text = app.locator(".nbstate-markdown p")
    assert style(text, "font-family")["font-family"].startswith('"Source Serif Pro"')
    assert style(text, "color")["color"] == TEXT[theme]  # no textColor: Streamlit's
    painted = style(app, "background-color")["background-color"]
    # [theme.dark] backgroundColor paints the app; the light page keeps the notebook's
    assert painted == {"light": "rgba(0, 0, 0, 0)", "dark": "rgb(14, 17, 23)"}[theme], painted
