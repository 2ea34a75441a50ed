"""Whether the tests run in CI: the one place that reads the ``CI`` environment variable.

Both conftests ask `running_in_ci()`, so the Hypothesis profile and the browser tests (which
fail instead of skipping without Chromium under CI) agree on what CI means.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

#: Values of ``CI`` that mean "this is a CI run" (compared case-insensitively).
CI_VALUES = frozenset({"true", "1", "yes"})


def running_in_ci(environ: Mapping[str, str] | None = None) -> bool:
    """True when ``CI`` is "true", "1" or "yes" (any case, surrounding spaces ignored)."""
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() in CI_VALUES
