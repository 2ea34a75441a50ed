"""Data and status elements, and runs that show their progress before they end."""

from __future__ import annotations

import time

import nbstate as st
from nbstate.runner import App
from nbstate.script import Script
from nbstate.session import Session
from nbstate.testing import AppTest


def test_dataframe_table_metric_and_write_of_a_dataframe() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, pandas as pd
df = pd.DataFrame({"A": [1, 2, 3]})
st.dataframe(df)
st.table({"x": [1, 2]})
st.metric("Temp", "70 °F", "-1.2 °F")
st.write(df)
"""
    ).run()
    assert not at.exception
    assert [e.type for e in at.main] == ["dataframe", "table", "metric", "dataframe"]
    assert list(at.dataframe[0].value["A"]) == [1, 2, 3]
    assert at.metric[0].value == "70 °F"
    html = at._app.renderer.main.widget.children[2].value
    assert "↓ 1.2 °F" in html and "#ff2b2b" in html  # a negative delta is red


def test_progress_accepts_ints_and_floats_and_rejects_out_of_range() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nbar = st.progress(10)\nbar.progress(0.5, text="half")'
    ).run()
    assert at.progress[0].proto.props == {"value": 0.5, "body": "half"}
    for bad in ("101", "1.5", "'a'"):
        at = AppTest.from_string(f"import nbstate as st\nst.progress({bad})").run()
        assert "st.progress got" in at.exception[0].value


def test_spinner_is_gone_after_its_block() -> None:
    at = AppTest.from_string(
        'import nbstate as st\nwith st.spinner("Working"):\n    st.write("inside")\nst.write("after")'
    ).run()
    assert [e.type for e in at.main] == ["markdown", "markdown"]


def test_a_slow_run_shows_its_elements_before_it_ends() -> None:
    session = Session()
    seen_during_run: list[int] = []

    def script() -> None:
        st.write("first")
        time.sleep(0.3)
        st.write("second")  # past 0.25 s: this element is shown at once
        seen_during_run.append(len(app.renderer.main.widget.children))
        with st.spinner("Working"):
            seen_during_run.append(len(app.renderer.main.widget.children))
        st.write("third")

    app = App(session, "slow", Script(function=script))
    app.live = True
    app.run()
    assert seen_during_run == [2, 3]
    assert len(app.renderer.main.widget.children) == 3  # the spinner went away
    app.close()


def test_a_fast_run_renders_once_at_its_end() -> None:
    session = Session()
    seen_during_run: list[int] = []

    def script() -> None:
        st.write("first")
        st.write("second")
        seen_during_run.append(len(app.renderer.main.widget.children))

    app = App(session, "fast", Script(function=script))
    app.live = True
    app.run()
    assert seen_during_run == [0]
    app.close()
