"""Run apps under Streamlit 1.67 and nbstate and print their differences.

    python tests/differential/run.py [APP.py ...] [--create-venv] [--json]

Without APP arguments it runs every app in tests/differential/apps. An app is a Streamlit
script (``import streamlit as st``) with an ``INTERACTIONS = [...]`` list (see the README).
Exits 1 when an app differs that known_differences.py does not list, or a listed one no
longer differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diffharness  # noqa: E402
from known_differences import KNOWN_DIFFERENCES  # noqa: E402


def main() -> int:
    """Parse the arguments, run both sides, print the differences."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apps", nargs="*", help="app scripts (default: tests/differential/apps)")
    parser.add_argument("--create-venv", action="store_true", help="create the Streamlit venv")
    parser.add_argument("--json", action="store_true", help="print both sides' step records")
    args = parser.parse_args()
    if args.create_venv:
        diffharness.ensure_venv()
    problem = diffharness.venv_problem()
    if problem:
        print(f"cannot run Streamlit: {problem}", file=sys.stderr)
        return 2
    paths = diffharness.app_paths(args.apps)
    streamlit = diffharness.run_streamlit(paths)
    failed = 0
    for path in paths:
        nb = diffharness.run_nbstate(path)
        st_steps = streamlit[str(path)]
        if args.json:
            print(json.dumps({"streamlit": st_steps, "nbstate": nb}, indent=1, default=str))
        found = diffharness.differences(st_steps, nb)
        known = KNOWN_DIFFERENCES.get(path.name)
        note = f" - known: {known}" if known else ""
        if known and not found:
            note = " - listed in known_differences.py but now the same: delete its entry"
        print(f"{'DIFFERS' if found else 'same   '} {path.name} ({len(st_steps)} steps){note}")
        for line in found:
            print(f"    {line}")
        failed += bool(found) != bool(known)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
