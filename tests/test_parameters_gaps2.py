"""Streamlit 1.67 parameters closed from the signature gap list (issue 16 item 4), part 2.

As in test_parameters.py: an app, a probe for Streamlit's AppTest and one for nbstate's
(the effect is only in the element's proto), and the result Streamlit 1.67.0 gave; the
recorded result is re-measured when a Python with Streamlit is found.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from streamlit_oracle import run_nbstate, run_streamlit, streamlit_python

LINK_APP = """
import streamlit as st
def cb(*a, **k):
    st.session_state.calls = st.session_state.get("calls", []) + [(a, k)]
r = st.link_button("Go", "https://x.org", key="k", on_click=cb, args=(1,), kwargs={"b": 2},
                   shortcut="Ctrl+K")
s = st.link_button("Go2", "https://y.org", on_click="rerun")
t = st.link_button("Go3", "https://z.org", key="z")
st.write(repr(r), repr(s), repr(not isinstance(t, bool)))
for call in (lambda: st.link_button("B", "u", on_click="x"),
             lambda: st.link_button("B", "u", on_click=None),
             lambda: st.link_button("B", "u", shortcut="Ctrl")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
"""
PYPLOT_APP = """
import streamlit as st
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([1, 2])
st.pyplot(fig, alt="A line")
st.pyplot(fig, width=300)
st.pyplot(fig, use_container_width=False)
st.pyplot(fig, width=300, use_container_width=True)
for call in (lambda: st.pyplot(fig, width=0), lambda: st.pyplot(fig, width="auto")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
"""
CHART_APP = """
import streamlit as st, pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.line_chart(df, x_label="Time", y_label="Amount", y="b")
st.bar_chart(df, x="a", y="b", x_label="A", y_label="B", horizontal=True)
st.area_chart(df, x_label="X")
st.scatter_chart(df, x="a", y="b", y_label="Y")
"""
# The (channel, title) pairs of a Vega-Lite spec's x/y encodings that are labels or fields.
TITLES = """
import json
def titles(spec):
    found = set()
    def walk(node):
        if isinstance(node, dict):
            for channel in ("x", "y"):
                enc = (node.get("encoding") or {}).get(channel)
                if isinstance(enc, dict) and enc.get("title") in ("Time", "Amount", "A", "B",
                                                                  "X", "Y", "b"):
                    found.add((channel, enc["title"]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(spec)
    return sorted(found)
"""
EXTRAS_APP = """
import streamlit as st, pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3, 4], "c": [5, 6]})
st.bar_chart(df, stack=False)
st.bar_chart(df, stack="normalize")
st.bar_chart(df, x="a", y="b", sort="-b")
st.bar_chart(df, x="a", y="b", sort=False)
st.bar_chart(df, x="a", y="b", sort="c", horizontal=True, stack="layered")
st.area_chart(df, stack=True)
st.area_chart(df, stack="center")
st.scatter_chart(df, x="a", y="b", size="c")
st.scatter_chart(df, x="a", y="b", size=50)
for call in (lambda: st.bar_chart(df, stack="x"), lambda: st.bar_chart(df, sort="zz"),
             lambda: st.scatter_chart(df, size="zz")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
"""
# Per chart: its channels with their stack, sort order and size (field names aside).
ENCODINGS = """
import json
def encodings(spec):
    out = []
    def walk(node):
        if isinstance(node, dict):
            enc = node.get("encoding")
            if isinstance(enc, dict):
                for name in sorted(enc):
                    v = enc[name]
                    if name not in ("x", "y", "xOffset", "yOffset", "size"):
                        continue
                    if name.endswith("Offset") and not v.get("field"):
                        continue  # Streamlit adds an empty one (no effect)
                    sort = v.get("sort", "-")
                    out.append((name, v.get("stack", "-"),
                                sort if not isinstance(sort, dict) else sort["order"],
                                v.get("value", "-") if name == "size" else "-",
                                v.get("field") if name == "size" else "-"))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)
    walk(spec)
    return sorted(set(out), key=repr)
"""
EXTRAS_RESULT = (
    "([[('x', '-', '-', '-', '-'), ('xOffset', '-', '-', '-', '-'), ('y', False, '-', "
    "'-', '-')], [('x', '-', '-', '-', '-'), ('y', 'normalize', '-', '-', '-')], [('x', "
    "'-', 'descending', '-', '-'), ('y', '-', '-', '-', '-')], [('x', '-', None, '-', "
    "'-'), ('y', '-', '-', '-', '-')], [('x', False, '-', '-', '-'), ('y', '-', 'ascending', "
    "'-', '-')], [('x', '-', '-', '-', '-'), ('y', True, '-', '-', '-')], [('x', '-', "
    "'-', '-', '-'), ('y', 'center', '-', '-', '-')], [('size', '-', '-', '-', 'c'), "
    "('x', '-', '-', '-', '-'), ('y', '-', '-', '-', '-')], [('size', '-', '-', 50, None), "
    "('x', '-', '-', '-', '-'), ('y', '-', '-', '-', '-')]], [\"Invalid `stack` value. "
    "Supported values: True, False, 'normalize', 'center', 'layered', None.\", 'Data does "
    'not have a column named `"zz"`. Available columns are `a, b, c`\', "Invalid `size` '
    "value. Supported values: a column name, a number. Got 'zz'.\"])"
)
ALT_APP = """
import streamlit as st, pandas as pd, altair as alt
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.line_chart(df, alt="Lines")
st.area_chart(df, alt="  Areas ")
st.bar_chart(df, alt="   ")
st.scatter_chart(df, alt="Dots")
st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"), alt="Altair")
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a"}}}, alt="Vega")
"""
SIZE_APP = """
import streamlit as st, pandas as pd, altair as alt
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
chart = alt.Chart(df).mark_point().encode(x="a", y="b")
spec = {"mark": "point", "encoding": {"x": {"field": "a"}}}
st.altair_chart(chart, width=300, height=200)
st.altair_chart(chart, width="stretch")
st.altair_chart(chart, width=300, use_container_width=False)
st.vega_lite_chart(df, spec, use_container_width=True, width=300)
st.vega_lite_chart(df, spec, width="content", height=150)
st.line_chart(df, use_container_width=True)
st.bar_chart(df, use_container_width=False)
st.area_chart(df, use_container_width=True)
st.scatter_chart(df, use_container_width=True, width=200)
for call in (lambda: st.altair_chart(chart, width=0),
             lambda: st.altair_chart(chart, height="auto"),
             lambda: st.vega_lite_chart(df, spec, width="wide")):
    try:
        call()
    except Exception as exc:
        st.write(str(exc))
"""
PROTO_CASES: dict[str, tuple[str, str, str, str]] = {
    # st.metric(chart_data=, chart_type=, format=): the value stays as given, the format and
    # the sparkline's numbers travel with it; non-numeric chart data is an error
    "metric_chart_data_chart_type_format": (
        """
import streamlit as st, pandas as pd
st.metric("A", 1234.567, -5, format="dollar", chart_data=[1, 2.5, "3"], chart_type="bar")
st.metric("B", "abc", chart_data=pd.DataFrame({"x": [4, 5], "y": [6, 7]}), chart_type="area")
st.metric("C", 3, chart_data=[], chart_type="pie", format="%.2f")
st.metric("D", 3, chart_data=7)
try:
    st.metric("E", 1, chart_data=[1, "x"])
except Exception as exc:
    st.write(str(exc))
""",
        """
at.run()
kinds = {0: "line", 1: "bar", 2: "area"}
result = ([(m.value, m.proto.format or None, list(m.proto.chart_data) or None,
            kinds[m.proto.chart_type]) for m in at.metric], [x.value for x in at.markdown])
""",
        """
at.run()
result = ([(m.value, m.proto.props["format"], list(m.proto.props["chart_data"] or []) or None,
            m.proto.props["chart_type"]) for m in at.metric], [x.value for x in at.markdown])
""",
        "([('1234.567', 'dollar', [1.0, 2.5, 3.0], 'bar'), ('abc', None, [4.0, 5.0], 'area'), "
        "('3', '%.2f', None, 'line'), ('3', None, [7.0], 'line')], [\"Only numeric values are "
        "supported for chart data sequence. The value 'x' is of type <class 'str'> and cannot "
        'be converted to float."])',
    ),
    # st.link_button(key=, on_click=, args=, kwargs=, shortcut=): with on_click other than
    # "ignore" it is a widget returning a click trigger (False without a click)
    "link_button_on_click_key_shortcut": (
        LINK_APP,
        """
at.run()
result = ([(b.proto.shortcut or None, not b.proto.ignore_rerun, b.key, b.value)
           for b in at.link_button], [x.value for x in at.markdown],
          "k" in at.session_state, "z" in at.session_state)
""",
        """
at.run()
result = ([(b.proto.props["shortcut"], b.proto.kind == "link_button_trigger", b.key, b.value)
           for b in at.link_button], [x.value for x in at.markdown],
          "k" in at.session_state, "z" in at.session_state)
""",
        "([('ctrl+k', True, 'k', 'Go'), (None, True, None, 'Go2'), (None, False, 'z', 'Go3'), "
        "(None, True, None, 'B')], ['False False True', \"Invalid `on_click` value. Supported "
        "values: 'rerun', 'ignore', a callback function.\", \"The `shortcut` must include a "
        "non-modifier key such as 'K' or 'Ctrl+K'.\"], True, False)",
    ),
    # st.pyplot(alt=, width=, use_container_width=): the alt text is the image's; widths are
    # checked as in Streamlit (their effect is in the layout, which AppTest does not keep)
    "pyplot_alt_width": (
        PYPLOT_APP,
        """
at.run(timeout=60)
result = ([[i.alt if i.HasField("alt") else None for i in e.proto.imgs] for e in at.get("image")],
          [x.value for x in at.markdown])
""",
        """
at.run(timeout=60)
result = ([[e.proto.props["alt"]] for e in at.get("pyplot")], [x.value for x in at.markdown])
""",
        "([['A line'], [None], [None], [None]], [\"Invalid width value: 0. Width must be either "
        "a positive integer (pixels), 'stretch', or 'content'.\", \"Invalid width value: 'auto'. "
        "Width must be either a positive integer (pixels), 'stretch', or 'content'.\"])",
    ),
    # x_label/y_label of the simple charts title the axes (each with its column, so a
    # horizontal bar chart's x_label titles the vertical axis); horizontal swaps the axes
    "simple_chart_labels_and_horizontal": (
        CHART_APP,
        TITLES
        + """
at.run(timeout=60)
result = [titles(json.loads(e.proto.spec)) for e in at.get("vega_lite_chart")]
""",
        TITLES
        + """
at.run(timeout=60)
result = [titles(e.proto.props["outputs"][0]["data"]["application/vnd.vegalite.v5+json"])
          for k in ("line_chart", "bar_chart", "area_chart", "scatter_chart") for e in at.get(k)]
""",
        "[[('x', 'Time'), ('y', 'Amount')], [('x', 'B'), ('y', 'A')], [('x', 'X')], [('y', 'Y')]]",
    ),
    # stack (bar, area), sort (bar) and size (scatter) become Vega-Lite encodings as in
    # Streamlit: stack on the values, sort on the x column (None: data order), a size field
    # or value; bad values are errors
    "simple_chart_stack_sort_size": (
        EXTRAS_APP,
        ENCODINGS
        + """
at.run(timeout=60)
result = ([encodings(json.loads(e.proto.spec)) for e in at.get("vega_lite_chart")],
          [m.value for m in at.markdown])
""",
        ENCODINGS
        + """
at.run(timeout=60)
result = ([encodings(e.proto.props["outputs"][0]["data"]["application/vnd.vegalite.v5+json"])
           for k in ("bar_chart", "area_chart", "scatter_chart") for e in at.get(k)],
          [m.value for m in at.markdown])
""",
        EXTRAS_RESULT,
    ),
    # alt of the Vega-Lite charts: stripped, blank means none; Streamlit's frontend makes it
    # the spec's description (Vega's accessible name), where nbstate puts it
    "chart_alt": (
        ALT_APP,
        """
at.run(timeout=60)
result = [e.proto.alt or None for e in at.get("vega_lite_chart")]
""",
        """
at.run(timeout=60)
kinds = ("line_chart", "area_chart", "bar_chart", "scatter_chart", "altair_chart",
         "vega_lite_chart")
result = [e.proto.props["outputs"][0]["data"]["application/vnd.vegalite.v5+json"]
          .get("description") for k in kinds for e in at.get(k)]
""",
        "['Lines', 'Areas', None, 'Dots', 'Altair', 'Vega']",
    ),
    # width/height of st.altair_chart and st.vega_lite_chart: checked as in Streamlit
    "vega_chart_size_errors": (
        SIZE_APP,
        "at.run(timeout=60)\nresult = [m.value for m in at.markdown]",
        "at.run(timeout=60)\nresult = [m.value for m in at.markdown]",
        "[\"Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', "
        "or 'content'.\", \"Invalid height value: 'auto'. Height must be either a positive "
        "integer (pixels), 'stretch', or 'content'.\", \"Invalid width value: 'wide'. Width must "
        "be either a positive integer (pixels), 'stretch', or 'content'.\"]",
    ),
}


@pytest.mark.parametrize("name", sorted(PROTO_CASES))
def test_same_as_streamlit_in_the_proto(name: str) -> None:
    app, _streamlit_probe, probe, expected = PROTO_CASES[name]
    assert run_nbstate(app, probe) == expected


@pytest.mark.parametrize("name", sorted(PROTO_CASES))
def test_recorded_proto_value_is_streamlits(name: str) -> None:
    python = streamlit_python()
    if python is None:
        pytest.skip("no Python with Streamlit 1.67 (set NBSTATE_STREAMLIT_PYTHON)")
    app, streamlit_probe, _probe, expected = PROTO_CASES[name]
    assert run_streamlit({name: (app, streamlit_probe)}, python)[name] == expected


# Streamlit's frontend (static/js/formatNumber.*.js) formats a metric's numbers with
# Intl.NumberFormat (navigator's locale; en-US here): these options per named format.
INTL_OPTIONS = {
    "localized": {},
    "percent": {"style": "percent", "minimumFractionDigits": 0, "maximumFractionDigits": 2},
    "dollar": {"style": "currency", "currency": "USD", "currencyDisplay": "narrowSymbol"},
    "euro": {"style": "currency", "currency": "EUR", "currencyDisplay": "narrowSymbol"},
    "yen": {"style": "currency", "currency": "JPY", "currencyDisplay": "narrowSymbol"},
    "compact": {"notation": "compact"},
    "scientific": {"notation": "scientific"},
    "engineering": {"notation": "engineering"},
    "bytes": {
        "notation": "compact",
        "style": "unit",
        "unit": "byte",
        "unitDisplay": "narrow",
        "maximumFractionDigits": 1,
    },
}
NUMBERS = (1234.567, -1234.567, 0.5, 12.345, 1.2345, 123456789, 1e9, 0, 7)
# What node's Intl.NumberFormat("en-US", INTL_OPTIONS[name]) gave for NUMBERS.
INTL_RECORDED = {
    "localized": "1,234.567 -1,234.567 0.5 12.345 1.235 123,456,789 1,000,000,000 0 7",
    "percent": "123,456.7% -123,456.7% 50% 1,234.5% 123.45% 12,345,678,900% "
    "100,000,000,000% 0% 700%",
    "dollar": "$1,234.57 -$1,234.57 $0.50 $12.35 $1.23 $123,456,789.00 $1,000,000,000.00 "
    "$0.00 $7.00",
    "euro": "€1,234.57 -€1,234.57 €0.50 €12.35 €1.23 €123,456,789.00 €1,000,000,000.00 €0.00 €7.00",
    "yen": "¥1,235 -¥1,235 ¥1 ¥12 ¥1 ¥123,456,789 ¥1,000,000,000 ¥0 ¥7",
    "compact": "1.2K -1.2K 0.5 12 1.2 123M 1B 0 7",
    "scientific": "1.235E3 -1.235E3 5E-1 1.235E1 1.235E0 1.235E8 1E9 0E0 7E0",
    "engineering": "1.235E3 -1.235E3 500E-3 12.345E0 1.235E0 123.457E6 1E9 0E0 7E0",
    "bytes": "1.2KB -1.2KB 0.5B 12.3B 1.2B 123.5MB 1GB 0B 7B",
}


def test_metric_named_formats_show_as_streamlits_frontend():
    from nbstate.metric_text import format_number

    for name, expected in INTL_RECORDED.items():
        assert " ".join(format_number(repr(n), name) for n in NUMBERS) == expected, name
    assert format_number("1234.567", "plain") == "1234.567"
    assert format_number("-1234.567", "accounting") == "(1,234.57)"
    assert format_number("1234.567", "%d") == "1234"
    assert format_number("1234.567", "%,d") == "1,234"
    assert format_number("1234.5", "$%.2f USD") == "$1234.50 USD"
    assert format_number("12 apples", "dollar") == "12 apples"  # not a number: as given
    assert format_number("5", None) == "5"


def test_recorded_intl_formats_are_nodes():
    node = shutil.which("node")
    if node is None:
        pytest.skip("no node to re-measure Intl.NumberFormat")
    script = (
        f"const opts={json.dumps(INTL_OPTIONS)};const nums={json.dumps(NUMBERS)};"
        "const out={};for(const k in opts){out[k]=nums.map(n=>new Intl.NumberFormat("
        "'en-US',opts[k]).format(n).replace('BB','GB')).join(' ')};"
        "console.log(JSON.stringify(out))"
    )
    done = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == INTL_RECORDED


def test_a_metric_shows_its_format_and_sparkline():
    from nbstate.markup import element_html
    from nbstate.testing import AppTest

    app = PROTO_CASES["metric_chart_data_chart_type_format"][0]
    at = AppTest.from_string(app.replace("import streamlit", "import nbstate")).run()
    shown = [element_html("metric", m.proto.props) for m in at.metric]
    assert "$1,234.57</div>" in shown[0] and "↓ $5.00" in shown[0]
    assert shown[0].count("<rect") == 3 and "<polyline" not in shown[0]
    assert "abc</div>" in shown[1] and "<polygon" in shown[1] and "<polyline" in shown[1]
    assert "3.00</div>" in shown[2] and "<svg" not in shown[2]
    assert "<polyline" in shown[3] and "<polygon" not in shown[3]


def test_a_link_button_click_reruns_with_its_callback_and_returns_true_once():
    from nbstate.testing import AppTest

    at = AppTest.from_string(LINK_APP.replace("import streamlit", "import nbstate")).run()
    button = at.link_button[0]
    assert 'href="https://x.org"' in button.proto.props["html"]
    view = at._app.renderer.widget_views[button.proto.widget_id]
    assert view.widget.html.count('href="https://x.org"') == 1  # the link the browser opens
    view.simulate_click()
    at.run()
    assert at.markdown[0].value == "True False True"
    assert at.session_state.calls == [((1,), {"b": 2})]
    at.run()
    assert at.markdown[0].value == "False False True"
    assert at.session_state.calls == [((1,), {"b": 2})]


def test_a_pyplot_figure_shows_its_width_and_alt_text():
    from nbstate.testing import AppTest

    at = AppTest.from_string(PYPLOT_APP.replace("import streamlit", "import nbstate"))
    at.run(timeout=60)
    tags = [e.proto.props["outputs"][0]["data"]["text/html"] for e in at.get("pyplot")]
    assert 'alt="A line" style="width:100%"' in tags[0]  # width="stretch" by default
    assert "alt=" not in tags[1] and 'style="width:300px;max-width:100%"' in tags[1]
    assert 'style="max-width:100%"' in tags[2]  # use_container_width=False: "content"
    assert 'style="width:100%"' in tags[3]  # use_container_width=True wins over width


def test_vega_charts_are_sized_by_width_height_and_use_container_width():
    from nbstate.testing import AppTest

    at = AppTest.from_string(SIZE_APP.replace("import streamlit", "import nbstate"))
    at.run(timeout=60)
    vl = "application/vnd.vegalite.v5+json"
    sizes = [
        (spec.get("width"), spec.get("height"))
        for kind in (
            "altair_chart",
            "vega_lite_chart",
            "line_chart",
            "bar_chart",
            "area_chart",
            "scatter_chart",
        )
        for spec in (e.proto.props["outputs"][0]["data"][vl] for e in at.get(kind))
    ]
    assert sizes == [
        (300, 200),
        ("container", None),
        (300, None),  # use_container_width=False keeps a given width
        ("container", None),  # use_container_width=True wins over a width
        (None, 150),
        ("container", 300),
        (600, 300),
        ("container", 300),
        ("container", 300),  # True wins over a width, as in Streamlit
    ]
