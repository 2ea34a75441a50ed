"""Test nbstate apps headlessly: ``from nbstate.testing import AppTest``."""

from .app_test import AppTest, patch_options
from .elements import AppTestError

__all__ = ["AppTest", "AppTestError", "patch_options"]
