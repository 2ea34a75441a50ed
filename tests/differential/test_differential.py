"""Every app in tests/differential/apps behaves as under real Streamlit 1.67.

Each app runs under Streamlit's AppTest (in the scratch venv of diffharness, one subprocess for
all apps) and under nbstate's AppTest with the same interactions; page, exceptions and
session_state must be equal after every step. Apps that differ because of a known bug are
strict xfails naming the issue item, so they flip to a failure once the bug is fixed.
"""

from __future__ import annotations

import diffharness
import pytest
from ci_env import running_in_ci
from known_differences import KNOWN_DIFFERENCES

pytestmark = pytest.mark.differential

APPS = diffharness.app_paths()


def test_every_known_difference_names_an_app():
    names = {path.name for path in APPS}
    assert set(KNOWN_DIFFERENCES) <= names


@pytest.fixture(scope="session")
def streamlit_results():
    """Every app's step records under Streamlit (one worker process for all apps)."""
    problem = diffharness.venv_problem()
    if problem:
        message = (
            f"DIFFERENTIAL TESTS NOT RUN: {problem}. Run `make streamlit-venv` (needs network "
            "access to PyPI) or point NBSTATE_STREAMLIT_VENV at a venv with streamlit==1.67.0."
        )
        if running_in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return diffharness.run_streamlit(APPS)


@pytest.mark.parametrize(
    "app",
    [
        pytest.param(
            path,
            id=path.stem,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[path.name])]
            if path.name in KNOWN_DIFFERENCES
            else [],
        )
        for path in APPS
    ],
)
def test_app_behaves_as_under_streamlit(app, streamlit_results):
    streamlit = streamlit_results[str(app)]
    assert streamlit and streamlit[0].get("action") != "setup", streamlit
    nb = diffharness.run_nbstate(app)
    found = diffharness.differences(streamlit, nb)
    assert not found, f"{app.name} differs from Streamlit 1.67:\n" + "\n".join(found)
