"""The test suite itself: no test dependency skips a module, and one reading of ``CI``."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from ci_env import running_in_ci

TESTS = Path(__file__).parent
REPO = TESTS.parent


def _test_dependencies() -> set[str]:
    """Import names of the packages in pyproject's `test` extra (Pillow imports as PIL)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = set()
    for requirement in extra["optional-dependencies"]["test"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        names.add({"pillow": "PIL"}.get(name, name.replace("-", "_")))
    return names


def _module_level_importorskips(path: Path) -> list[str]:
    """Packages that `path` skips its whole module for, with a top-level importorskip."""
    skipped = []
    for statement in ast.parse(path.read_text()).body:
        for node in ast.walk(statement):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                break  # inside a test: skipping that one test is fine
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "importorskip"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                skipped.append(node.args[0].value)
    return skipped


def test_no_test_module_is_skipped_whole_for_a_missing_test_dependency() -> None:
    # A missing pandas once silently dropped ~700 lines of tests: test dependencies are
    # imported normally, so a broken environment fails loudly instead.
    dependencies = _test_dependencies()
    assert {"pandas", "numpy", "pytest"} <= dependencies
    offenders = {
        str(path.relative_to(REPO)): sorted(set(names) & dependencies)
        for path in sorted(TESTS.rglob("*.py"))
        if (names := _module_level_importorskips(path)) and set(names) & dependencies
    }
    assert offenders == {}


def test_the_importorskip_finder_sees_a_module_level_skip(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import pytest\npd = pytest.importorskip('pandas')\n"
        "def test_x():\n    pytest.importorskip('altair')\n"
    )
    assert _module_level_importorskips(sample) == ["pandas"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True),
        ("TRUE", True),
        ("True", True),
        ("1", True),
        ("yes", True),
        ("Yes ", True),
        ("", False),
        ("false", False),
        ("0", False),
        ("no", False),
        ("anything", False),
    ],
)
def test_running_in_ci_reads_the_ci_variable(value: str, expected: bool) -> None:
    assert running_in_ci({"CI": value}) is expected


def test_running_in_ci_is_false_without_the_variable() -> None:
    assert running_in_ci({}) is False


def test_running_in_ci_reads_the_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "Yes")
    assert running_in_ci() is True
    monkeypatch.setenv("CI", "false")
    assert running_in_ci() is False


def test_ci_is_read_in_one_place_only() -> None:
    # Both conftests (the Hypothesis profile, and the browser tests that fail instead of
    # skipping under CI) ask ci_env.running_in_ci(); nothing else reads CI its own way.
    readers = [
        str(path.relative_to(REPO))
        for path in sorted(TESTS.rglob("*.py"))
        if path.name != "ci_env.py"
        and re.search(r"""environ(\.get)?\s*[(\[]\s*["']CI["']""", path.read_text())
    ]
    assert readers == []
    for conftest in (TESTS / "conftest.py", TESTS / "browser" / "conftest.py"):
        assert "running_in_ci()" in conftest.read_text(), conftest


def test_the_ci_entry_point_says_it_is_ci() -> None:
    # .ci/run must not rely on the CI runner to set CI: without it a missing Chromium
    # would pass as a skip.
    script = REPO / ".ci" / "run"
    lines = [line.strip() for line in script.read_text().splitlines()]
    assert "export CI=true" in lines
    assert lines.index("export CI=true") < lines.index("make test")


def test_the_browser_tests_are_collected_last() -> None:
    # Playwright's sync API leaves its loop registered as the running loop for the rest of
    # the session; a test after it that schedules work with asyncio.get_running_loop() sees
    # that loop and waits forever (the toolbar's clear button did, under pytest 9, whose
    # reordering by fixture scope moved the browser tests between two halves of a module).
    import subprocess

    listing = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    files = [line.split("::")[0] for line in listing.splitlines() if "::" in line]
    in_browser = [name.startswith("tests/browser/") for name in files]
    assert True in in_browser and False in in_browser, listing[-2000:]
    first_browser = in_browser.index(True)
    assert all(in_browser[first_browser:]), [
        name for name in files[first_browser:] if not name.startswith("tests/browser/")
    ][:5]
