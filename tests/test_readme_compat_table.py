"""The README's "What `st.*` provides" table against Streamlit 1.67's public names.

tests/data/streamlit_names.json (written by scripts/gen_streamlit_names.py from a Streamlit
install) holds every public callable and namespace of ``dir(streamlit)``. Each must be in the
table with a status; a name the table calls supported must exist in nbstate; a name it calls
not available must raise `NbStateNotAvailableError` with a reason of its own (`compat.
ALTERNATIVES`), not a guessed look-alike.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import nbstate
from nbstate.compat import ALTERNATIVES
from nbstate.errors import NbStateNotAvailableError

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = json.loads((ROOT / "tests" / "data" / "streamlit_names.json").read_text())
API_NAMES = sorted(SNAPSHOT["callable"] + SNAPSHOT["namespace"])
STATUSES = {"supported", "not available", "different"}


def table_statuses() -> dict[str, str]:
    """Each name in the first cell of a table row (the identifier a backticked call starts
    with: `rerun(scope=...)` names `rerun`), with the row's status."""
    text = (ROOT / "README.md").read_text()
    section = text.split("## What `st.*` provides", 1)[1].split("\n## ", 1)[0]
    statuses: dict[str, str] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) < 3 or cells[1] in ("status", "---"):
            continue
        for code in re.findall(r"`([^`]+)`", cells[0]):
            name = re.match(r"[A-Za-z_]\w*", code)
            if name:
                assert name[0] not in statuses, f"{name[0]} is in two rows of the table"
                statuses[name[0]] = cells[1]
    return statuses


def test_the_snapshot_is_streamlit_1_67_and_complete() -> None:
    assert SNAPSHOT["streamlit"] == "1.67.0"
    assert len(API_NAMES) == 114 and {"user", "login", "column_config", "sidebar"} <= set(API_NAMES)


def test_every_streamlit_name_is_in_the_table_with_a_known_status() -> None:
    statuses = table_statuses()
    missing = [name for name in API_NAMES if name not in statuses]
    assert missing == [], f"add these to the README's table: {missing}"
    unknown = {name: s for name, s in statuses.items() if s not in STATUSES}
    assert unknown == {}


def test_every_name_the_table_calls_supported_exists_in_nbstate() -> None:
    supported = [name for name, status in table_statuses().items() if status == "supported"]
    assert len(supported) > 90
    absent = []
    for name in supported:
        try:
            getattr(nbstate, name)
        except NbStateNotAvailableError:
            absent.append(name)
    assert absent == []


NOT_AVAILABLE = [n for n, status in table_statuses().items() if status == "not available"]


@pytest.mark.parametrize(
    "name",
    # Streamlit's old names (ALTERNATIVES) too: the list stays non-empty once every current
    # name is supported (st.bottom was the last).
    sorted(set(NOT_AVAILABLE) | set(ALTERNATIVES)),
)
def test_a_name_the_table_calls_not_available_raises_with_its_own_reason(name: str) -> None:
    assert name in ALTERNATIVES, f"give st.{name} a reason in nbstate/compat.py ALTERNATIVES"
    with pytest.raises(NbStateNotAvailableError) as raised:
        getattr(nbstate, name)
    assert f"st.{name} is not available in nbstate" in str(raised.value)
    assert ALTERNATIVES[name] in str(raised.value)


def test_every_name_nbstate_lacks_is_marked_not_available_in_the_table() -> None:
    statuses = table_statuses()
    lacking = []
    for name in API_NAMES:
        try:
            getattr(nbstate, name)
        except NbStateNotAvailableError:
            lacking.append(name)
    assert {name: statuses.get(name) for name in lacking} == dict.fromkeys(lacking, "not available")


def test_streamlits_internal_modules_raise_not_available_but_errors() -> None:
    """`st.config`, `st.runtime`...: Streamlit's internals, never nbstate's modules
    (`nbstate.errors` holds nbstate's exception classes, as `streamlit.errors` holds its;
    `nbstate.connections` the connection classes users subclass, as `streamlit.connections`)."""
    assert "config" in SNAPSHOT["internal"] and "runtime" in SNAPSHOT["internal"]
    assert {"BaseConnection", "SQLConnection"} <= set(nbstate.connections.__all__)
    for name in SNAPSHOT["internal"]:
        if name in ("errors", "connections"):
            continue
        with pytest.raises(NbStateNotAvailableError, match=f"st.{name} is not available"):
            getattr(nbstate, name)


def test_the_readme_says_that_internal_modules_and_old_names_raise() -> None:
    """The table has no "not available" row left; the paragraph under it says what raises."""
    text = (ROOT / "README.md").read_text()
    section = text.split("## What `st.*` provides", 1)[1].split("\n## ", 1)[0]
    assert "Streamlit's internal modules (`st.config`, `st.runtime`" in section
    assert "`st.experimental_rerun`" in section and "NbStateNotAvailableError" in section
    for name in ("config", "runtime"):
        assert name in SNAPSHOT["internal"]
    assert "experimental_rerun" in ALTERNATIVES
