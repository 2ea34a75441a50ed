"""The differential harness's own parts, without Streamlit: reading interactions, making
values comparable, finding differences, running the nbstate side."""

from __future__ import annotations

import datetime
from pathlib import Path

import diffharness
import pandas as pd
import pytest
from diffcommon import exception_type, jsonable, load_interactions, steps_of
from nb_side import run_app, translate


def test_interactions_are_read_without_running_the_app(tmp_path: Path):
    app = tmp_path / "app.py"
    app.write_text(
        "raise SystemExit('never run')\nINTERACTIONS = [{'do': 'run'}, [{'do': 'run'}]]\n"
    )
    assert steps_of(load_interactions(app)) == [[], [{"do": "run"}], [{"do": "run"}]]
    with pytest.raises(ValueError, match="a dict or a list of dicts"):
        steps_of(["click"])


def test_values_become_plain_json():
    frame = pd.DataFrame({"a": [1, 2]})
    assert jsonable(frame) == {"__type__": "DataFrame", "columns": ["a"], "data": [[1], [2]]}
    assert jsonable((1, {2})) == [1, [2]]
    assert jsonable(datetime.date(2024, 1, 2)) == {"__type__": "date", "value": "2024-01-02"}
    assert jsonable(object()) == {"__type__": "object"}


def test_streamlit_exception_names_map_to_nbstates():
    assert exception_type("streamlit.errors.StreamlitAPIException") == "NbStateAPIException"
    assert exception_type("ValueError") == "ValueError"


def test_differences_name_the_step_and_the_field():
    base = {"action": "first run", "page": {"main": [[0, "markdown", {"value": "a"}]]}, "state": {}}
    other = {
        "action": "first run",
        "page": {"main": [[0, "markdown", {"value": "b"}]]},
        "state": {"k": 1},
    }
    found = diffharness.differences([base], [other])
    assert (
        "step 0 (first run).page.main[0]: Streamlit [0, 'markdown', {'value': 'a'}] != "
        "nbstate [0, 'markdown', {'value': 'b'}]" in found
    )
    assert "step 0 (first run).state.k: only nbstate has 1" in found
    assert diffharness.differences([base], [base]) == []


def test_the_nbstate_side_runs_a_streamlit_script_with_its_interactions(tmp_path: Path):
    assert translate("import streamlit as st\n") == "import nbstate as st\n"
    app = tmp_path / "count.py"
    app.write_text(
        "import streamlit as st\n"
        "st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "st.button('Go', key='go')\n"
        "INTERACTIONS = [{'do': 'click', 'type': 'button', 'key': 'go'}]\n"
    )
    first, second = run_app(app)
    assert first["state"] == {"go": False, "n": 1}
    assert second["state"] == {"go": False, "n": 2}  # a trigger resets after its run
    assert second["page"]["main"] == [[0, "button", {"label": "Go", "value": True, "key": "go"}]]
