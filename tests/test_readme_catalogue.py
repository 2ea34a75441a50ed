"""The README's bad-input catalogue stays true: every row names tests, and they exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def catalogue_rows() -> list[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Bad input and faults", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ")][2:]


def test_every_row_of_the_catalogue_names_tests_that_pytest_collects() -> None:
    rows = catalogue_rows()
    assert len(rows) > 40
    ids: list[str] = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        if cells[0].startswith("**"):  # a heading row
            continue
        found = re.findall(r"`(tests/[^`]+::[^`]+)`", cells[2])
        assert found, f"a catalogue row without a test: {cells[0]}"
        ids += found
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *ids],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
