"""Every st.X nbstate provides accepts Streamlit 1.67's parameters (issue 16 item 4).

The snapshot tests/data/streamlit_signatures.json comes from scripts/gen_streamlit_signatures.py
run in a venv with Streamlit 1.67, so this test runs without Streamlit. A parameter missing in
nbstate (or swallowed by ``**kwargs`` without a documented reason, or at another position)
fails the test unless tests/data/signature_gaps.txt lists it; a listed gap that has closed
fails it too, so the file only shrinks.
"""

from __future__ import annotations

import json

from signatures import SNAPSHOT, classify, documented, known_gaps, provided


def test_the_snapshot_is_streamlit_167():
    assert json.loads(SNAPSHOT.read_text())["streamlit"] == "1.67.0"


def test_no_streamlit_parameter_is_missing_unless_it_is_a_known_gap():
    found = classify()
    new = sorted(set(found["gaps"]) - known_gaps())
    assert not new, (
        f"{len(new)} Streamlit 1.67 parameter(s) that nbstate neither honours nor documents "
        "(docs/parameters-without-effect.md):\n" + "\n".join(new)
    )


def test_every_known_gap_is_still_a_gap_so_the_list_shrinks():
    closed = sorted(known_gaps() - set(classify()["gaps"]))
    assert not closed, (
        "these gaps are closed: delete their lines from tests/data/signature_gaps.txt:\n"
        + "\n".join(closed)
    )


def test_every_documented_parameter_is_accepted_by_nbstate():
    found = classify()
    accepted = {tuple(label.split()) for label in found["documented"]}
    for (name, param), reason in documented().items():
        assert provided(name) is not None, f"st.{name} is documented but nbstate has no st.{name}"
        assert reason, f"st.{name}({param}=) has no reason"
        assert (name, param) in accepted, f"st.{name} does not accept {param}="


def test_the_set_option_parameters_are_named_as_in_streamlit():
    # a gap this comparison found and closed (nbstate called it `name`)
    assert "set_option key" in classify()["honoured"]
    assert "get_option key" in classify()["honoured"]
