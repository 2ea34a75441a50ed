"""Test nbstate apps headlessly: ``from nbstate.testing import AppTest``."""

from .app_test import AppTest, patch_options

__all__ = ["AppTest", "patch_options"]
