"""The apps of tests/differential/apps that differ from Streamlit 1.67 today, and why.

test_differential.py marks them as strict xfails; run.py prints the reason next to them.
Delete an entry when its bug is fixed (the strict xfail then fails, to remind you).
"""

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
    "status_elements.py": "issue 16 item 2: at.progress[0].value is the progress text, not "
    "40; st.status is an 'expander', Streamlit's AppTest shows a 'status' block",
    "submit_outside_form.py": "issue 16 item 3: NbStateAPIException instead of "
    "NbStateInvalidLayoutContextError",
    "tabs_expander_keys.py": "issue 16 item 4: st.tabs/st.expander reject key=",
    "write_special.py": "issue 16 item 13: st.write(st.session_state) is markdown, "
    "st.write(function) a repr",
    "write_stream_mixed.py": "issue 16 item 11: write_stream of a DataFrame between strings",
}
