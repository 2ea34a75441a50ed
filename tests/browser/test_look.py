"""Streamlit's look, measured in a real browser: JupyterLab light and dark, and Voilà.

The figures come from shared/reference/streamlit-1.67-look.md (Streamlit 1.67 measured in
Chromium at 1280x900); each assertion states its tolerance. The page is measured with
getBoundingClientRect and getComputedStyle, not judged from screenshots.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest
from browser_support import (
    app_area,
    cell,
    open_notebook,
    rerun_cell,
    run_cell,
    run_setup_cell,
    start_voila,
    write_notebook,
)
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

LOOK_APP = """
st.title('Look')
st.header('A header')
st.subheader('A subheader')
st.write('Count:', 3)
st.write('A second line')
first, middle, last = st.columns(3)
first.text_input('First name', key='first')
middle.text_input('Middle name', key='middle')
last.text_input('Last name', key='last')
st.text_input('Name', key='name')
st.button('Go', key='go')
st.button('Primary action', key='primary', type='primary')
st.slider('Level', 0, 100, 30, key='level')
st.success('Saved')
quantity = st.number_input('Quantity', 0, 10, 5, key='qty')
st.write(f'Quantity: {quantity}')
with st.container(border=True, key='boxed'):
    st.write('In a bordered container')
with st.expander('More'):
    st.write('Inside the expander')
one, two = st.tabs(['One', 'Two'])
one.write('On tab one')
two.write('On tab two')
"""

#: A plain ipywidget outside any app: nbstate's stylesheet must leave it alone.
PLAIN_CELL = "import ipywidgets as W\nW.Text(description='Plain', _dom_classes=('plain-text',))"

#: Streamlit 1.67's accent, light / dark (look reference §1).
PRIMARY = {"light": "rgb(197, 57, 72)", "dark": "rgb(207, 66, 80)"}
#: JupyterLab's theme names.
THEMES = {"light": "JupyterLab Light", "dark": "JupyterLab Dark"}

BOX_JS = """el => {
  const r = el.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
          width: r.width, height: r.height};
}"""

STYLE_JS = """(el, names) => {
  const s = getComputedStyle(el);
  return Object.fromEntries(names.map(n => [n, s.getPropertyValue(n)]));
}"""

#: The width of an element's text (its text nodes, as laid out).
TEXT_WIDTH_JS = """el => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().width;
}"""


def box(locator: Locator) -> dict[str, float]:
    """The element's bounding box in CSS px."""
    return locator.evaluate(BOX_JS)


def style(locator: Locator, *names: str) -> dict[str, str]:
    """Computed style values of the element."""
    return locator.evaluate(STYLE_JS, list(names))


def px(value: str) -> float:
    """``"14px"`` -> 14.0."""
    return float(value.removesuffix("px"))


def thumb_value(handle: Locator) -> dict[str, str]:
    """The text shown above a slider's thumb, where it sits and its colour."""
    return handle.evaluate(
        "el => { const s = getComputedStyle(el, '::after');"
        " return {content: s.content, bottom: s.bottom, color: s.color}; }"
    )


def set_theme(page: Page, theme: str) -> None:
    """Switch JupyterLab to its light or dark theme and wait until the page shows it."""
    page.evaluate(
        "name => window.jupyterapp.commands.execute('apputils:change-theme', {theme: name})",
        THEMES[theme],
    )
    light = "true" if theme == "light" else "false"
    page.wait_for_function(f"document.body.dataset.jpThemeLight === '{light}'")


@pytest.fixture(params=["light", "dark"])
def look_app(request, page: Page, lab) -> tuple[Locator, str]:
    """The look app in JupyterLab (1280x900, file browser open) in the light or dark theme."""
    theme = request.param
    name = f"look_{theme}.ipynb"
    write_notebook(lab.root / name, [rerun_cell(LOOK_APP), PLAIN_CELL])
    open_notebook(page, lab, name, "lab", n_cells=3)
    set_theme(page, theme)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-key-level")).to_be_visible()
    run_cell(page, 2)
    expect(cell(page, 2).locator(".plain-text")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('style#nbstate-stylesheet').length === 1")
    return app, theme


def check_columns_do_not_overflow(app: Locator) -> None:
    """Each of three text inputs in st.columns(3) lies inside its column and nearly fills it."""
    row = app.locator(".nbstate-columns")
    columns = row.locator(".nbstate-column")
    expect(columns).to_have_count(3)
    for i, key in enumerate(["first", "middle", "last"]):
        column = box(columns.nth(i))
        for part in (app.locator(f".nbstate-key-{key}"), app.locator(f".nbstate-key-{key} input")):
            inner = box(part)
            # inside its column, to 0.5 px (sub-pixel rounding)
            assert inner["left"] >= column["left"] - 0.5, (key, inner, column)
            assert inner["right"] <= column["right"] + 0.5, (key, inner, column)
        field = box(app.locator(f".nbstate-key-{key} input"))
        assert field["width"] >= 0.9 * column["width"], (key, field, column)  # issue 17: >= 90%
    # no sideways scrolling anywhere in the row (1 px tolerance)
    assert row.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    for i in range(3):
        assert columns.nth(i).evaluate("el => el.scrollWidth <= el.clientWidth + 1")


def test_look_in_jupyterlab(page: Page, look_app, shot, artifacts) -> None:
    app, theme = look_app
    app.screenshot(path=str(artifacts / f"look-lab-{theme}.png"))  # the app area alone

    # 1. the broken layout of issue 17: three text inputs in st.columns(3)
    check_columns_do_not_overflow(app)
    # ... still after typing a long value (the columns used to scroll sideways)
    field = app.locator(".nbstate-key-first input")
    field.click()
    page.keyboard.type("a value much longer than the column is wide, to push it")
    page.keyboard.press("Enter")
    check_columns_do_not_overflow(app)
    labels = [app.locator(f".nbstate-key-{k} .widget-label") for k in ("first", "middle", "last")]
    assert [label.inner_text() for label in labels] == ["First name", "Middle name", "Last name"]

    # 2. label above a full-width field: label bottom <= field top; field 40 tall (±1),
    # label 14 px (±0.5); label-row top to field top 28 in Streamlit (24 + 4, ±3)
    name = app.locator(".nbstate-key-name")
    label, field = name.locator(".widget-label"), name.locator("input")
    label_box, field_box = box(label), box(field)
    figures: dict[str, Any] = {
        "label top to field top": field_box["top"] - label_box["top"],
        "field height": field_box["height"],
    }
    assert label_box["bottom"] <= field_box["top"] + 0.5, (label_box, field_box)
    assert abs(field_box["top"] - label_box["top"] - 28) <= 3, (label_box, field_box)
    assert abs(field_box["height"] - 40) <= 1, field_box
    assert abs(px(style(label, "font-size")["font-size"]) - 14) <= 0.5
    main = name.evaluate(
        BOX_JS.replace("el.getBoundingClientRect", "el.parentElement.getBoundingClientRect")
    )
    assert main["width"] > 600, main  # the app's main column, next to the file browser
    assert field_box["width"] >= 0.98 * main["width"], (field_box, main)
    field_style = style(field, "border-top-left-radius", "border-top-width")
    assert field_style == {"border-top-left-radius": "8px", "border-top-width": "1px"}

    # 3. buttons: width = label text + 2 x 12 padding + 2 x 1 border (±4), 40 tall (±1),
    # radius 8; the primary one in Streamlit's accent with white text
    for key in ("go", "primary"):
        button = app.locator(f".nbstate-key-{key}")
        b = box(button)
        text = button.evaluate(TEXT_WIDTH_JS)
        figures[f"button {key}: width - text width"] = b["width"] - text
        figures[f"button {key}: height"] = b["height"]
        assert abs(b["width"] - (text + 26)) <= 4, (key, b, text)
        assert abs(b["height"] - 40) <= 1, (key, b)
        assert style(button, "border-top-left-radius")["border-top-left-radius"] == "8px"
    primary = style(app.locator(".nbstate-key-primary"), "background-color", "color")
    assert primary == {"background-color": PRIMARY[theme], "color": "rgb(255, 255, 255)"}

    # 4. slider: the widget spans the app's column (±2 px); its track at least 80% of it
    slider = box(app.locator(".nbstate-key-level"))
    figures["slider width / column width"] = slider["width"] / main["width"]
    track = box(app.locator(".nbstate-key-level .slider-container"))
    assert abs(slider["width"] - main["width"]) <= 2, (slider, main)
    assert track["width"] >= 0.95 * main["width"], (track, main)
    # the value in the accent directly above the thumb (Streamlit: no box, 14 px)
    # (Streamlit: the value's baseline ~2 px above the track; here its 16 px line box ends
    # 10 px above the thumb's bottom, at the track's top: its baseline ~4 px above the track)
    handle = app.locator(".nbstate-key-level .noUi-handle")
    value = thumb_value(handle)
    assert value == {"content": '"30"', "bottom": "10px", "color": PRIMARY[theme]}, value
    # ... and it is the value: it follows the thumb (End key: the maximum)
    handle.focus()
    page.keyboard.press("End")
    expect(app.locator(".nbstate-key-level .widget-readout")).to_have_text("100")
    assert thumb_value(handle)["content"] == '"100"'
    # a 12 px thumb (±0.5) in the accent; the part left of it filled with the accent
    thumb = app.locator(".nbstate-key-level .noUi-handle")
    assert abs(box(thumb)["width"] - 12) <= 0.5, box(thumb)
    assert style(thumb, "background-color")["background-color"] == PRIMARY[theme]
    fill = thumb.evaluate(
        "el => { const s = getComputedStyle(el, '::before');"
        " return [s.backgroundColor, s.height, parseFloat(s.left) < 0, s.right]; }"
    )
    # a 4 px bar from the left that ends at the thumb's centre
    assert fill == [PRIMARY[theme], "4px", True, "6px"], fill
    # the track's unfilled part is Streamlit's 25% warm grey, not ipywidgets' grey
    connects = style(app.locator(".nbstate-key-level .noUi-connects"), "background-color")
    assert connects["background-color"] == "rgba(0, 0, 0, 0)", connects

    # 5. text: st.write is 16/25.6 (±0.5) and consecutive writes are 25.6 + 16 = 41.6 apart
    # in Streamlit (±3; nbstate before: ~58)
    writes = app.locator(".nbstate-markdown")
    first_p = writes.nth(0).locator("p")
    p_style = style(first_p, "font-size", "line-height")
    assert abs(px(p_style["font-size"]) - 16) <= 0.5, p_style
    assert abs(px(p_style["line-height"]) - 25.6) <= 0.5, p_style
    step = box(writes.nth(1))["top"] - box(writes.nth(0))["top"]
    figures["st.write line height"] = p_style["line-height"]
    figures["st.write step"] = step
    assert abs(step - 41.6) <= 3, step
    # inline code: Source Code Pro 12 px (0.75em, ±0.5), a pill with radius 4 and a background
    code = style(first_p.locator("code"), "font-size", "border-top-left-radius", "background-color")
    assert abs(px(code["font-size"]) - 12) <= 0.5, code
    assert code["border-top-left-radius"] == "4px", code
    assert code["background-color"] not in ("rgba(0, 0, 0, 0)", "transparent"), code

    # 6. headings: title 44/700, header 36/600, subheader 28/600 (±0.5 px)
    for kind, tag, size, weight in [
        ("title", "h1", 44, "700"),
        ("header", "h2", 36, "600"),
        ("subheader", "h3", 28, "600"),
    ]:
        heading = style(app.locator(f".nbstate-{kind} {tag}"), "font-size", "font-weight")
        figures[f"{kind} font"] = f"{heading['font-size']} / {heading['font-weight']}"
        assert abs(px(heading["font-size"]) - size) <= 0.5, (kind, heading)
        assert heading["font-weight"] == weight, (kind, heading)

    # 7. the theme: text on the page's background has contrast (light: dark text; dark:
    # light text), and the success alert uses Streamlit's colours of that theme
    text_colour = style(first_p, "color")["color"]
    channels = [float(c) for c in text_colour[text_colour.index("(") + 1 : -1].split(",")[:3]]
    brightness = sum(channels) / 3
    assert brightness < 90 if theme == "light" else brightness > 180, text_colour
    alert = style(
        app.locator(".nbstate-success .widget-html-content > div"),
        "color",
        "background-color",
        "padding-top",
        "border-top-left-radius",
    )
    expected_alert = {
        "light": ("rgb(12, 90, 68)", "rgb(241, 251, 246)"),
        "dark": ("rgb(126, 213, 176)", "rgb(14, 47, 36)"),
    }[theme]
    assert (alert["color"], alert["background-color"]) == expected_alert, alert
    assert (alert["padding-top"], alert["border-top-left-radius"]) == ("16px", "8px"), alert

    # 8. scoped: a plain ipywidgets Text elsewhere in the notebook keeps its own look
    plain = cell(page, 2).locator(".plain-text")
    assert abs(box(plain)["width"] - 300) <= 1  # ipywidgets' --jp-widgets-inline-width
    plain_label, plain_input = box(plain.locator(".widget-label")), box(plain.locator("input"))
    assert plain_label["right"] <= plain_input["left"] + 0.5  # label still left of its field
    # 9. number input: Streamlit's −/+ inside the field at the right, each 32 x 38 (±1);
    # a click steps the value and the app reruns with it
    qty = app.locator(".nbstate-key-qty")
    qty_field = box(qty.locator("input"))
    down, up = qty.locator(".nbstate-step-down"), qty.locator(".nbstate-step-up")
    for button in (down, up):
        b = box(button)
        assert abs(b["width"] - 32) <= 1 and abs(b["height"] - 38) <= 1, b
        assert qty_field["left"] <= b["left"] and b["right"] <= qty_field["right"], b
        assert qty_field["top"] <= b["top"] and b["bottom"] <= qty_field["bottom"], b
    assert box(up)["right"] >= qty_field["right"] - 2  # at the field's right end
    figures["number_input step buttons"] = [box(down)["width"], box(down)["height"]]
    shown = app.locator(".nbstate-markdown", has_text="Quantity:")
    expect(shown).to_have_text("Quantity: 5")
    up.click()
    expect(qty.locator("input")).to_have_value("6")
    expect(shown).to_have_text("Quantity: 6")
    down.click()
    down.click()
    expect(shown).to_have_text("Quantity: 4")

    # 10. container(border=True): 1 px in the field-border colour, radius 8, content 16 in
    boxed = app.locator(".nbstate-key-boxed")
    border = {"light": "rgb(220, 216, 212)", "dark": "rgb(74, 71, 66)"}[theme]
    boxed_style = style(boxed, "border-top-width", "border-top-color", "border-top-left-radius")
    assert boxed_style == {
        "border-top-width": "1px",
        "border-top-color": border,
        "border-top-left-radius": "8px",
    }, boxed_style
    inset = box(boxed.locator(".nbstate-markdown"))["left"] - box(boxed)["left"]
    assert abs(inset - 16) <= 0.5, inset

    # 11. expander: 40 tall closed (38 + 2 border, ±1), radius 8, label 14 px weight 400
    expander = app.locator(".nbstate-expander .jupyter-widget-Collapse")
    assert abs(box(expander)["height"] - 40) <= 1, box(expander)
    header = style(
        app.locator(".nbstate-expander .jupyter-widget-Collapse-header"), "font-size", "font-weight"
    )
    assert header == {"font-size": "14px", "font-weight": "400"}, header
    assert style(expander, "border-top-left-radius")["border-top-left-radius"] == "8px"
    # 12. tabs: 40 px row (±2), tabs 16 px apart (±1), the active one in the accent with a
    # 2 px accent underline
    tabs = app.locator(".nbstate-tabs .lm-TabBar-tab")
    first_tab, second_tab = box(tabs.nth(0)), box(tabs.nth(1))
    assert abs(second_tab["left"] - first_tab["right"] - 16) <= 1, (first_tab, second_tab)
    assert abs(box(app.locator(".nbstate-tabs .widget-tab-bar"))["height"] - 40) <= 2
    active = style(tabs.nth(0), "color", "border-bottom-color", "border-bottom-width")
    assert active == {
        "color": PRIMARY[theme],
        "border-bottom-color": PRIMARY[theme],
        "border-bottom-width": "2px",
    }, active
    figures["tab gap"] = second_tab["left"] - first_tab["right"]
    figures["expander height (closed)"] = box(expander)["height"]

    column = box(app.locator(".nbstate-column").first)
    figures["text_input width / column width"] = (
        box(app.locator(".nbstate-key-first input"))["width"] / column["width"]
    )
    (artifacts / f"look-lab-{theme}.json").write_text(json.dumps(figures, indent=1))
    shot(f"{theme}-measured")


def test_look_in_notebook_7(page: Page, lab, artifacts) -> None:
    """The same stylesheet in Notebook 7: columns, label above field, buttons, headings."""
    name = "look_nb7.ipynb"
    write_notebook(lab.root / name, [rerun_cell(LOOK_APP)])
    open_notebook(page, lab, name, "nb7", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-key-level")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('style#nbstate-stylesheet').length === 1")
    check_columns_do_not_overflow(app)
    name_field = app.locator(".nbstate-key-name")
    label, field = box(name_field.locator(".widget-label")), box(name_field.locator("input"))
    assert label["bottom"] <= field["top"] + 0.5, (label, field)
    go = app.locator(".nbstate-key-go")
    assert abs(box(go)["width"] - (go.evaluate(TEXT_WIDTH_JS) + 26)) <= 4
    subheader = style(app.locator(".nbstate-subheader h3"), "font-size")
    assert abs(px(subheader["font-size"]) - 28) <= 0.5
    app.screenshot(path=str(artifacts / "look-nb7-light.png"))


def test_running_mark_needs_no_emoji_font(page: Page, lab) -> None:
    """The "Running…" mark is text and a CSS ring, not an emoji."""
    name = "look_running.ipynb"
    write_notebook(
        lab.root / name,
        [
            rerun_cell(
                "import time\nst.button('Slow', key='slow')\ntime.sleep(1.5)\nst.write('done')"
            )
        ],
    )
    open_notebook(page, lab, name, "lab", n_cells=2)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    expect(app.locator(".nbstate-markdown")).to_have_text("done")
    app.locator(".nbstate-key-slow").click()  # this run is slow too, so it shows the mark
    running = app.locator(".nbstate-running")
    expect(running).to_have_text("Running…")
    ring: Any = running.evaluate(
        "el => { const s = getComputedStyle(el, '::before');"
        " return [s.width, s.borderTopStyle, s.animationName]; }"
    )
    assert ring == ["10px", "solid", "nbstate-spin"], ring
    expect(running).to_have_count(0, timeout=30_000)


@pytest.fixture
def voila_look(tmp_path):
    """Standalone Voilà serving the look app with a sidebar."""
    root = tmp_path / "root"
    root.mkdir()
    body = LOOK_APP + "st.sidebar.write('In the sidebar')\n"
    notebook = write_notebook(root / "look.ipynb", [rerun_cell(body)])
    server = start_voila(notebook, tmp_path, secrets.token_hex(16))
    yield server
    server.stop()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_look_in_voila(page: Page, voila_look, artifacts, theme: str) -> None:
    page.goto(voila_look.url("/") + f"&theme={theme}")  # Voilà's own theme switch
    light = "true" if theme == "light" else "false"
    page.wait_for_function(f"document.body.dataset.jpThemeLight === '{light}'")
    app = page.locator(".nbstate-app")
    expect(app.locator(".nbstate-key-level")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('style#nbstate-stylesheet').length === 1")
    check_columns_do_not_overflow(app)
    name = app.locator(".nbstate-key-name")
    assert box(name.locator(".widget-label"))["bottom"] <= box(name.locator("input"))["top"] + 0.5
    subheader = style(app.locator(".nbstate-subheader h3"), "font-size")
    assert abs(px(subheader["font-size"]) - 28) <= 0.5
    primary = style(app.locator(".nbstate-key-primary"), "background-color")
    assert primary["background-color"] == PRIMARY[theme]

    # the app alone, as `streamlit run` shows it: no Rerun/eraser buttons, a 300 px (±1)
    # sidebar in Streamlit's sidebar colour, a main column of at most 736 px
    expect(app.locator(".nbstate-rerun")).to_be_hidden()
    expect(app.locator(".nbstate-clear")).to_be_hidden()
    sidebar = app.locator(".nbstate-sidebar")
    expect(sidebar).to_contain_text("In the sidebar")
    assert abs(box(sidebar)["width"] - 300) <= 1, box(sidebar)
    sidebar_bg = {"light": "rgb(248, 248, 247)", "dark": "rgb(33, 32, 29)"}[theme]
    assert style(sidebar, "background-color")["background-color"] == sidebar_bg
    main = box(app.locator(".nbstate-body"))
    assert main["width"] <= 736 + 0.5, main
    assert main["left"] >= box(sidebar)["right"] - 0.5, (main, box(sidebar))
    expect(app.locator(".nbstate-key-boxed")).to_contain_text("In a bordered container")
    page.set_viewport_size({"width": 1280, "height": 1300})  # the whole app in the picture
    expect(app.locator(".nbstate-key-boxed")).to_be_in_viewport()
    app.screenshot(path=str(artifacts / f"look-voila-{theme}.png"))
