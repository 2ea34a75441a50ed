"""The apps of tests/differential/apps that differ from Streamlit 1.67 today, and why.

test_differential.py marks them as strict xfails; run.py prints the reason next to them.
Delete an entry when its bug is fixed (the strict xfail then fails, to remind you).
"""

#: app file -> why it differs today (issue 16 item, or a finding of this harness).
KNOWN_DIFFERENCES = {
    "cached_widget.py": "issue 16 item 16: no CachedWidgetWarning, no element replay on a "
    "cache hit",
    "chat_input_key.py": "issue 16 item 8 (session_state now None as in Streamlit): in the "
    "run of a submit, nbstate's at.chat_input[0].value is None, Streamlit's the message",
    "duplication_warning.py": "new finding (not in issue 16): Streamlit 1.67 only logs the "
    "'default value + Session State API' warning; nbstate shows an st.warning on the page",
    "element_handles.py": "issue 16 item 10: element functions return None, not a handle",
    "markdown_dedent.py": "new finding (not in issue 16): Streamlit dedents and strips a "
    "markdown/caption body (and st.write's joined strings); nbstate keeps the indentation, "
    "so an indented triple-quoted string shows as a code block",
    "write_special.py": "issue 16 item 13 (help element built): Streamlit's AppTest lists it "
    "as type 'help_info' with the name as value; nbstate's as 'help' with no value",
    "write_stream_mixed.py": "issue 16 item 11 (three elements now): the markdown body is "
    "not stripped ('a ' against Streamlit's 'a'), as in markdown_dedent.py",
}
