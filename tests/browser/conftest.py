"""Real-browser tests: JupyterLab 4, Notebook 7 and Voilà in headless Chromium.

Chromium is Debian's ``/usr/bin/chromium`` (``apt-get install chromium``; never
``playwright install``), or the path in ``E2E_CHROMIUM``. Without it (or without the
``browser`` extra) the browser tests are skipped with a loud message, except with
``CI=true``, where that is a failure. Screenshots go to ``E2E_ARTIFACTS``
(default ``test-results/browser``).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ci_env import running_in_ci

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # st.camera_input/st.audio_input: grant the camera and microphone without a prompt and
    # use Chromium's fake devices (a test pattern, a beep); no test here wants real ones
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
]
IN_CI = running_in_ci()  # CI=true, 1 or yes (tests/ci_env.py)

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` extra is not installed
    PLAYWRIGHT_MISSING = True
    # test_browser_available.py still runs and says why (and fails under CI=true)
    collect_ignore_glob = ["test_[!b]*.py"]
else:
    PLAYWRIGHT_MISSING = False
    expect.set_options(timeout=30_000)  # the default of 5 s is too short for kernel round trips

_MISSING: list[str] = []


def missing_browser_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if PLAYWRIGHT_MISSING:
        return 'playwright is not installed: pip install -e ".[test,browser]" (or `make test`)'
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return (
            f"no Chromium at {CHROMIUM}: apt-get install -y chromium (as root; `make test` does "
            "it) or set E2E_CHROMIUM"
        )
    return None


def require_browser() -> None:
    """Skip the calling test loudly when the browser is missing; under CI=true, fail it."""
    reason = missing_browser_reason()
    if reason is None:
        return
    if reason not in _MISSING:
        _MISSING.append(reason)
    if IN_CI:
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Repeat, in capitals, that the browser tests did not run."""
    for reason in _MISSING:
        terminalreporter.write_sep("!", "REAL-BROWSER TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(f"  {reason}", red=True, bold=True)
        terminalreporter.write_sep("!", red=True, bold=True)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this directory carries the `browser` marker, and they run last.

    `trylast`: after pytest's own reordering by fixture scope, which pytest 9 may do after
    this hook otherwise (it moved the browser tests between two halves of a module).

    Playwright's sync API leaves its asyncio loop registered as the running loop for the rest
    of the session, which code that asks `asyncio.get_running_loop()` would see; the other
    tests run before it exists (and get quick feedback first).
    """
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: here in Path(item.path).parents)  # stable: keeps the order


# ----------------------------------------------------------------- browser (pytest-playwright)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's Chromium; skip (or, under CI=true, fail) when it is missing."""
    require_browser()
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """A desktop-sized viewport."""
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def artifacts(pytestconfig: pytest.Config) -> Path:
    """The directory for screenshots: ``$E2E_ARTIFACTS`` or ``test-results/browser``."""
    path = Path(os.environ.get("E2E_ARTIFACTS", "test-results/browser"))
    if not path.is_absolute():
        path = pytestconfig.rootpath / path
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def shot(page: Any, artifacts: Path, request: pytest.FixtureRequest):
    """``shot("step")`` saves a screenshot of the page as ``<test>-<step>.png``."""

    def take(step: str) -> Path:
        path = artifacts / f"{_safe(request.node.name)}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Right after each browser test (passed or not), save a screenshot of its last page."""
    outcome = yield
    if call.when != "call":
        return
    page = getattr(item, "funcargs", {}).get("page")
    if page is None:
        return
    report = outcome.get_result()
    root = item.config.rootpath
    path = Path(os.environ.get("E2E_ARTIFACTS", "test-results/browser"))
    path = path if path.is_absolute() else root / path
    path.mkdir(parents=True, exist_ok=True)
    suffix = "final" if report.passed else "FAILED"
    try:
        page.screenshot(path=str(path / f"{_safe(item.name)}-{suffix}.png"), full_page=True)
    except Exception as exc:  # a closed or crashed page: the report says why already
        report.sections.append(("screenshot", f"no final screenshot: {exc!r}"))


# ----------------------------------------------------------------- servers


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory: pytest.TempPathFactory):
    """One ``jupyter lab`` per test module (tests use their own notebook files)."""
    require_browser()
    from browser_support import start_lab

    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "root"
    root.mkdir()
    server = start_lab(root, tmp, secrets.token_hex(16))
    yield server
    server.stop()


@pytest.fixture
def lab(lab_server):
    """The module's lab server; the kernels a test started are shut down after it."""
    yield lab_server
    lab_server.shutdown_kernels()


@pytest.fixture
def browser_ready() -> None:
    """Skip loudly (fail under CI=true) when the browser tests cannot run here."""
    require_browser()
