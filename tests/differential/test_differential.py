"""Every app in tests/differential/apps behaves as under real Streamlit 1.67.

Each app runs under Streamlit's AppTest (in the scratch venv of diffharness, one subprocess for
all apps) and under nbstate's AppTest with the same interactions; page, exceptions and
session_state must be equal after every step. Apps that differ because of a known bug are
strict xfails naming the issue item, so they flip to a failure once the bug is fixed.
"""

from __future__ import annotations

import os

import diffharness
import pytest

pytestmark = pytest.mark.differential

#: app file -> why it differs today (issue 16 item, or a finding of this harness).
KNOWN_DIFFERENCES = {
    "cached_widget.py": "issue 16 item 16: no CachedWidgetWarning, no element replay on a "
    "cache hit",
    "chart_numpy.py": "issue 16 item 5: a chart of a numpy array (int column names) fails "
    "with SchemaValidationError",
    "chat_input_key.py": "issue 16 item 8: a keyed chat_input's session_state value is False, "
    "Streamlit's None",
    "data_editor_disabled.py": "issue 16 item 18: the data_editor id ignores `disabled`",
    "disabled_after_click.py": "issue 16 item 9: a button disabled by its own callback still "
    "returns True",
    "display.py": "issue 16 item 2: st.divider is an 'html' element, Streamlit's AppTest "
    "lists a 'divider' (at.divider)",
    "download_callable.py": "issue 16 item 17: download_button(data=callable) is rejected",
    "duplication_warning.py": "new finding (not in issue 16): Streamlit 1.67 only logs the "
    "'default value + Session State API' warning; nbstate shows an st.warning on the page",
    "element_handles.py": "issue 16 item 10: element functions return None, not a handle",
    "image_int64.py": "issue 16 item 6: st.image of an int64 array raises TypeError",
    "markdown_dedent.py": "new finding (not in issue 16): Streamlit dedents and strips a "
    "markdown/caption body (and st.write's joined strings); nbstate keeps the indentation, "
    "so an indented triple-quoted string shows as a code block",
    "submit_outside_form.py": "issue 16 item 3: NbStateAPIException instead of "
    "NbStateInvalidLayoutContextError",
    "tabs_expander_keys.py": "issue 16 item 4: st.tabs/st.expander reject key=",
    "write_special.py": "issue 16 item 13: st.write(st.session_state) is markdown, "
    "st.write(function) a repr",
    "write_stream_mixed.py": "issue 16 item 11: write_stream of a DataFrame between strings",
}

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
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
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
