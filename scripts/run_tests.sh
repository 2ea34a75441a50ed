#!/usr/bin/env bash
# The whole test suite in two lanes at once (what `make test` runs after lint and types):
#   - the real-browser tests (tests/browser) in one pytest process, in the background: they
#     wait on servers and Chromium more than they compute, and must have a process of their
#     own, since Playwright's sync API keeps its asyncio loop registered as the running loop
#     until the process ends (nbstate's runner would schedule onto it and never run);
#   - every other test spread over $NBSTATE_TEST_WORKERS pytest-xdist workers (default 2).
# The browser lane's output is printed after the other lane's; the exit status is non-zero
# when either lane failed. Extra arguments go to both pytest runs.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
WORKERS=${NBSTATE_TEST_WORKERS:-2}

browser_log=$(mktemp)
trap 'rm -f "$browser_log"' EXIT

start=$(date +%s)
"$PYTHON" -m pytest -m browser "$@" >"$browser_log" 2>&1 &
browser_pid=$!

"$PYTHON" -m pytest -m "not browser" -n "$WORKERS" "$@"
other_rc=$?
echo "== the non-browser lane ended after $(($(date +%s) - start)) s (exit $other_rc)"

wait "$browser_pid"
browser_rc=$?
echo "== the browser lane (tests/browser) ended after $(($(date +%s) - start)) s (exit $browser_rc):"
cat "$browser_log"

# pytest exits 5 when a lane selected no test (e.g. a -k matching only the other lane)
for rc in "$other_rc" "$browser_rc"; do
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 5 ]; then
        exit "$rc"
    fi
done
if [ "$other_rc" -eq 5 ] && [ "$browser_rc" -eq 5 ]; then
    exit 5
fi
