"""Text bodies are dedented and stripped, as Streamlit 1.67 shows them (`clean_text`:
``textwrap.dedent(str(body)).strip()`` in st.markdown, st.caption, st.text, st.latex, the
headings and the alerts; st.write's joined strings and st.write_stream's text go through
st.markdown). st.code keeps its body as it is. Checked against Streamlit's AppTest by
tests/differential/apps/markdown_dedent.py and write_stream_mixed.py."""

from __future__ import annotations

from nbstate.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import nbstate as st\n" + script).run()


def test_an_indented_triple_quoted_markdown_is_dedented_not_a_code_block() -> None:
    at = run('st.markdown("""\n    ### Indented\n    text\n    """)')
    assert at.markdown.values == ["### Indented\ntext"]


def test_every_text_element_strips_its_body() -> None:
    at = run(
        """
st.caption("  spaced  ")
st.text("\\n    fixed\\n      width\\n")
st.title(" title ")
st.header("  a header  ")
st.subheader("\\tsub ")
st.info("\\n    an info\\n    ")
st.warning("  careful ")
st.error(" bad\\n")
st.success(" ok ")
st.latex("\\n    a^2\\n    ")
st.code("  kept as is  ")
"""
    )
    assert at.caption.values == ["spaced"]
    assert at.text.values == ["fixed\n  width"]
    assert [h.value for h in at.title + at.header + at.subheader] == ["title", "a header", "sub"]
    assert at.info.values == ["an info"]
    assert (at.warning.values, at.error.values, at.success.values) == (["careful"], ["bad"], ["ok"])
    assert at.latex.values == ["$$\na^2\n$$"]
    assert at.code.values == ["  kept as is  "]


def test_write_joins_strings_then_strips_and_write_stream_returns_the_raw_text() -> None:
    at = run(
        """
st.write("  joined", "strings  ")
st.write("", 0, "")
out = st.write_stream(iter(["a ", "b "]))
st.text(repr(out))
"""
    )
    assert at.markdown.values == ["joined strings", "`0`", "a b"]
    assert at.text.values == ["'a b '"]  # what write_stream returns is not stripped
