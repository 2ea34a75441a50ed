"""st.badge, added by ARCHITECTURE.md's recipe: its element function, its view, one export.

Streamlit 1.67 (measured with its AppTest): ``st.badge("Home")`` is a Markdown element whose
value is ``":blue-badge[Home]"`` (``at.markdown``; AppTest has no ``badge`` list); square
brackets in the label are escaped; the icon comes first; any color name is passed on; an icon
that is neither an emoji nor a Material shortcode, and a width that is not "content",
"stretch" or a positive int, are errors.
"""

from __future__ import annotations

import pytest

import nbstate as st
from nbstate.errors import NbStateAPIException
from nbstate.testing import AppTest


def test_a_badge_is_listed_with_the_markdown_elements_as_streamlit_shows_it() -> None:
    def app() -> None:
        import nbstate as st

        st.badge("Home")
        st.badge("Done [x]", icon="🔥", color="green", help="tip")
        st.badge("Odd", color="pink", icon="")
        st.markdown("plain")

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert at.markdown.values == [
        ":blue-badge[Home]",
        ":green-badge[🔥 Done \\[x\\]]",
        ":pink-badge[Odd]",
        "plain",
    ]
    assert at.markdown[1].proto.props["help"] == "tip"
    with pytest.raises(AttributeError):
        at.badge  # noqa: B018 - Streamlit's AppTest has no badge list either


def test_a_badge_is_shown_as_a_colored_html_label() -> None:
    def app() -> None:
        import nbstate as st

        st.badge("**New**", icon="✨", color="violet", width=120, help="fresh")
        with st.sidebar:
            st.badge("Side", icon=":material/check:", color="red", width="stretch")

    at = AppTest.from_function(app).run()
    views = at._app.renderer.main.children
    html = views[0].widget.value
    assert "nbstate-badge" in views[0].widget._dom_classes
    assert "<strong>New</strong>" in html and "✨ " in html
    assert "#583f84" in html and "width:120px" in html and 'title="fresh"' in html
    side = at._app.renderer.sidebar.children[0].widget.value
    assert "display:block" in side and "#bd4043" in side
    assert ":material/" not in side and ">Side</span>" in side


def test_a_badge_view_is_reused_and_updated_across_runs() -> None:
    def app() -> None:
        import nbstate as st

        color = st.radio("Color", ["blue", "green"])
        st.badge("Status", color=color)

    at = AppTest.from_function(app).run()
    widget = at._app.renderer.main.children[1].widget
    assert "#0054a3" in widget.value
    at.radio[0].set_value("green").run()
    assert at._app.renderer.main.children[1].widget is widget
    assert "#158237" in widget.value
    assert at.markdown.values == [":green-badge[Status]"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.badge('x', icon='notanicon')", 'The value "notanicon" is not a valid icon'),
        ("st.badge(3)", "st.badge got label=3 (of type int); give a str."),
        ("st.badge('x', width=-1)", "Invalid width value: -1."),
        ("st.badge('x', width=True)", "Invalid width value: True."),
        ("st.badge('x', width='wide')", "Invalid width value: 'wide'."),
    ],
)
def test_bad_badge_arguments_are_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate as st\n{call}").run()
    assert len(at.exception) == 1
    assert at.exception[0].type == "NbStateAPIException"
    assert message in at.exception[0].value


def test_badge_is_public_and_callable_on_containers() -> None:
    assert "badge" in st.__all__

    def app() -> None:
        import nbstate as st

        left, _right = st.columns(2)
        left.badge("In a column")

    at = AppTest.from_function(app).run()
    assert at.columns[0].children[0].value == ":blue-badge[In a column]"


def test_badge_outside_an_app_says_where_it_may_run() -> None:
    with pytest.raises(NbStateAPIException, match="must run inside an app"):
        st.badge("x")
