"""Says loudly when the real-browser tests cannot run (and fails then under CI=true).

The other modules of this directory are not even collected without playwright, so this one
imports nothing from it.
"""

import os


def test_browser_can_run_here(browser_ready: None) -> None:
    chromium = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
    assert os.access(chromium, os.X_OK)
