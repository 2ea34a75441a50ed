"""The README and the docs stand on their own: every link points into the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    return {
        slug(line.lstrip("#"))
        for line in page.read_text().splitlines()
        if re.match(r"#{1,6} ", line)
    }


def local_links(page: Path) -> list[str]:
    return [
        target
        for target in LINK.findall(page.read_text())
        if not re.match(r"[a-z]+:", target)  # http(s), mailto
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_local_link_points_to_a_file_and_heading_of_the_repository(page: Path) -> None:
    assert local_links(ROOT / "README.md"), "the README links to docs/semantics.md"
    for target in local_links(page):
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.is_relative_to(ROOT), f"{page.name} links outside the repository: {target}"
        assert file.exists(), f"{page.name} links to a missing file: {target}"
        if anchor:
            assert anchor in anchors(file), f"{page.name}: no heading for #{anchor} in {file.name}"


def test_the_readme_cites_no_document_outside_the_repository() -> None:
    text = (ROOT / "README.md").read_text()
    assert "shared/reference" not in text
    assert "§" not in text  # section numbers of a document users do not have
    assert "docs/semantics.md" in text


def test_the_rules_page_covers_what_the_readme_sends_readers_there_for() -> None:
    headings = anchors(ROOT / "docs" / "semantics.md")
    for needed in (
        "widget-ids",
        "the-three-layers-of-session-state",
        "callbacks",
        "cleanup",
        "values-given-to-widgets-through-session-state",
    ):
        assert needed in headings


def test_the_table_of_calls_gives_number_input_numbers_only() -> None:
    # number_input takes no dates or times (as in Streamlit; tests/test_apptest_value_checks.py)
    rows = [
        line
        for line in (ROOT / "README.md").read_text().splitlines()
        if line.startswith("| ") and "`number_input`" in line.split("|")[1]
    ]
    assert rows, "the README's table has a number_input row"
    for row in rows:
        notes = row.split("|")[3]
        assert "date" not in notes and "time" not in notes, row
