"""st.echo, st.mermaid_chart, st.iframe, st.pdf, st.skeleton, st.graphviz_chart and st.logo
(issue 19). st.echo's code and st.mermaid_chart's markdown are as Streamlit 1.67's AppTest
shows them (tests/differential/apps/echo_mermaid.py compares the two directly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbstate.errors import NbStateAPIException
from nbstate.testing import AppTest
from nbstate.views import EmbedView, MermaidView


def _views(at: AppTest) -> list:
    return list(at._app.renderer.main.children)


def test_echo_shows_the_block_above_or_below_and_runs_it() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
with st.echo():
    x = 1 + 1
    st.write(x)
with st.echo("below"):
    st.text("first")
def f():
    with st.echo(
        "above"
    ):
        if x:
            z = 3

        st.text(z)
f()
"""
    ).run()
    assert at.code.values == [
        "x = 1 + 1\nst.write(x)",
        'st.text("first")',
        "if x:\n    z = 3\n\nst.text(z)",
    ]
    kinds = [c.type for c in at.main.children]
    # "above": a placeholder filled after the block ran; "below": the code after its output
    assert kinds == ["empty", "markdown", "text", "code", "empty", "text"]


def test_echo_shows_nothing_when_the_block_raises_and_checks_its_argument() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nwith st.echo():\n    st.text("a")\n    1 / 0\n'
    ).run()
    assert at.code.values == [] and at.exception[0].type == "ZeroDivisionError"
    bad = AppTest.from_string('import nbstate as st\nwith st.echo("left"):\n    pass').run()
    assert "use 'above' or 'below'" in bad.exception[0].value


def test_mermaid_chart_is_markdown_with_a_mermaid_fence_drawn_by_jupyterlab() -> None:
    at = AppTest.from_string('import nbstate as st\nst.mermaid_chart("graph TD; A-->B")').run()
    assert [(m.type, m.value) for m in at.markdown] == [
        ("markdown", "````mermaid\ngraph TD; A-->B\n````")
    ]
    (view,) = _views(at)
    assert isinstance(view, MermaidView)
    assert view.widget.outputs[0]["data"]["text/markdown"] == "````mermaid\ngraph TD; A-->B\n````"


def test_iframe_sources(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>local</p>")
    at = AppTest.from_function(
        lambda path: __import__("nbstate").iframe(path, height=200), args=(page,)
    ).run()
    assert 'srcdoc="&lt;p&gt;local&lt;/p&gt;"' in _views(at)[0].widget.value
    at = AppTest.from_string(
        'import nbstate as st\nst.iframe("https://example.org")\nst.iframe("<b>x</b>", width=300)'
    ).run()
    url, html = (v.widget.value for v in _views(at))
    assert 'src="https://example.org"' in url and "height:400px" in url  # a URL: 400 px high
    assert 'srcdoc="&lt;b&gt;x&lt;/b&gt;"' in html and "width:300px" in html
    assert all(isinstance(v, EmbedView) for v in _views(at))


def test_pdf_from_bytes_url_and_file(tmp_path: Path) -> None:
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(b"%PDF-1.4 x")
    at = AppTest.from_function(
        lambda path: (
            __import__("nbstate").pdf(path, height=300),
            __import__("nbstate").pdf(b"%PDF-1.4 x"),
            __import__("nbstate").pdf("https://example.org/a.pdf"),
        ),
        args=(doc,),
    ).run()
    first, second, third = (v.widget.value for v in _views(at))
    assert "data:application/pdf;base64,JVBERi0xLjQgeA==" in first and "height:300px" in first
    assert "data:application/pdf;base64,JVBERi0xLjQgeA==" in second
    assert 'src="https://example.org/a.pdf"' in third
    bad = AppTest.from_string('import nbstate as st\nst.pdf("/no/such.pdf")').run()
    assert "Unable to read file '/no/such.pdf'" in bad.exception[0].value


def test_skeleton_is_replaced_by_what_is_written_to_it() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
s = st.skeleton(height=100)
if st.session_state.get("ready"):
    s.text("loaded")
"""
    ).run()
    (slot,) = at.main.children
    assert [c.type for c in slot.children] == ["skeleton"]
    assert "height:100px" in _views(at)[0].children[0].widget.value
    at.session_state.ready = True
    at.run()
    assert [c.type for c in at.main.children[0].children] == ["text"]


def test_graphviz_chart_without_graphviz_shows_the_dot_source_and_says_so() -> None:
    at = AppTest.from_string('import nbstate as st\nst.graphviz_chart("digraph { a -> b }")').run()
    html = _views(at)[0].widget.value
    assert "digraph { a -&gt; b }" in html and "Install the graphviz Python package" in html

    class Figure:  # what graphviz.Digraph offers
        source = "digraph { x }"

    at = AppTest.from_function(lambda f: __import__("nbstate").graphviz_chart(f), args=(Figure(),))
    assert "digraph { x }" in _views(at.run())[0].widget.value


def test_logo_goes_to_the_top_and_the_last_one_wins() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
st.text("a")
st.logo("https://example.org/one.png")
st.logo("https://example.org/two.png", link="https://example.org", size="large")
"""
    ).run()
    assert [c.type for c in at.main.children] == ["logo", "text"]
    html = _views(at)[0].widget.value
    assert "two.png" in html and 'href="https://example.org"' in html and "2rem" in html


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.iframe("https://x.org", height=-1)', "height=-1"),
        ("st.iframe(5)", "give a URL, a pathlib.Path or an HTML string"),
        ("st.pdf(5)", "st.pdf got data of type int"),
        ('st.skeleton(height="content")', "height='content'"),
        ("st.graphviz_chart(5)", "give a DOT string or a graphviz.Graph"),
        ('st.logo("https://x.org/a.png", size="huge")', "'small', 'medium' or 'large'"),
        ('st.logo("https://x.org/a.png", link="x.org")', "must start with http:// or https://"),
    ],
)
def test_bad_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    with pytest.raises(NbStateAPIException, match=message):
        raise NbStateAPIException(at.exception[0].value)
