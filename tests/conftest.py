"""Shared fixtures: real ipykernels driven through the frontend in ``tests/frontend.py``."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from frontend import KernelFrontend


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KernelFrontend]:
    """One kernel shared by a test module; tests use fresh names or ``%reset -f``."""
    with KernelFrontend(cwd=tmp_path_factory.mktemp("kernel-cwd")) as frontend:
        yield frontend


@pytest.fixture
def fresh_kernel(tmp_path: Path) -> Iterator[KernelFrontend]:
    """A kernel of the test's own, started in ``tmp_path``."""
    with KernelFrontend(cwd=tmp_path) as frontend:
        yield frontend


# Hypothesis profiles for the stateful test in test_fuzz.py: "dev" (the default) is quick;
# "ci" (HYPOTHESIS_PROFILE=ci, the default in CI: ci_env.running_in_ci) runs enough examples to matter
# and stays under a minute on a 2-core machine. derandomize=False keeps CI exploring new
# cases on every run; a failure prints the steps to replay it.
import os  # noqa: E402

from ci_env import running_in_ci  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "dev",
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=600,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if running_in_ci() else "dev"))
