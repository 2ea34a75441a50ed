"""st.status, st.divider and st.link_button are element types of their own (so that AppTest
lists them apart, as Streamlit does) and still show as before: an Accordion, an <hr> and a link.
"""

from __future__ import annotations

import ipywidgets as W

from nbstate.testing import AppTest


def test_status_divider_and_link_button_render_as_before() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
with st.status("s"):
    st.text("x")
st.divider()
st.link_button("Docs", "https://example.org", help="opens")
"""
    ).run()
    status, divider, link = (view.widget for view in at._app.renderer.main.children)
    assert isinstance(status, W.Accordion) and status.titles == ("✅ s",)
    assert "nbstate-expander" in status._dom_classes
    assert "<hr" in divider.value
    assert 'href="https://example.org"' in link.value and ">Docs</a>" in link.value
    assert 'title="opens"' in link.value
    assert [e.type for e in at.main] == ["status", "text", "divider", "link_button"]
    assert (at.link_button[0].value, at.link_button[0].url) == ("Docs", "https://example.org")
