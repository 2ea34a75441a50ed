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
