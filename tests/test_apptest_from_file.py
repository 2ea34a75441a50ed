"""AppTest.from_file runs the script with ``__file__`` set as Streamlit sets it (issue 16
item 7). The Streamlit side is checked by tests/differential/apps/file_dunder.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbstate.testing import AppTest

APP = """
import nbstate as st
st.write(__file__)
st.write(__name__)
"""


def test_from_file_sets_dunder_file_to_the_absolute_path_given(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP)
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [str(script), "__main__"]


def test_from_file_with_a_relative_path_sets_it_relative_to_the_calling_file(tmp_path):
    here = Path(__file__).parent
    script = tmp_path / "rel_app.py"
    script.write_text(APP)
    # a path relative to this test file's folder, as a Streamlit test would write it
    rel = Path(*[".."] * len(here.parts[1:])) / script.relative_to("/")
    at = AppTest.from_file(str(rel)).run()
    assert not at.exception
    assert at.markdown[0].value == str(here / rel)


def test_from_file_of_a_missing_file_is_a_file_not_found_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="AppTest script not found"):
        AppTest.from_file(tmp_path / "missing.py")
