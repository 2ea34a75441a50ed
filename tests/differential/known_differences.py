"""The apps of tests/differential/apps that differ from Streamlit 1.67 today, and why.

test_differential.py marks them as strict xfails; run.py prints the reason next to them.
Delete an entry when its bug is fixed (the strict xfail then fails, to remind you).
"""

#: app file -> why it differs today (issue 16 item, or a finding of this harness).
KNOWN_DIFFERENCES = {
    "data_editor_rows.py": "new finding (issue 18): Streamlit's AppTest seeds a read-only "
    "widget's state from at.session_state as if the browser had sent it (no value_changed), "
    "nbstate's AppTest treats it as a script assignment and raises "
    "ValueAssignmentNotAllowedError; the rows Streamlit shows are what tests/"
    "test_data_editor_config.py asserts",
}
