"""AppTest reports st.help and a submitted chat_input as Streamlit 1.67's AppTest does
(checked by tests/differential/apps/write_special.py and chat_input_key.py)."""

from __future__ import annotations

from nbstate.testing import AppTest


def test_help_is_listed_as_help_with_type_help_info_and_the_name_as_value() -> None:
    # Streamlit 1.67: at.help[0].type == "help_info", value "math.sqrt" (the name, since the
    # shown value "math.sqrt(x, /)" is a signature); a plain value keeps its repr.
    at = AppTest.from_string(
        "import math\nimport nbstate as st\nst.write(math.sqrt)\nst.help([1, 2])"
    ).run()
    sqrt, items = at.help
    assert (sqrt.type, sqrt.value, sqrt.name) == ("help_info", "math.sqrt", "math.sqrt")
    assert sqrt.doc_string == "Return the square root of x."
    assert items.value == "[1, 2]"
    assert [e.type for e in at.get("help_info")] == ["help_info", "help_info"]
    assert len(at.get("help")) == 2


def test_chat_input_value_is_the_message_in_the_run_that_submitted_it() -> None:
    at = AppTest.from_string(
        "import nbstate as st\nm = st.chat_input('Say', key='msg')\nst.write(repr(m))"
    ).run()
    assert at.chat_input[0].value is None
    at.chat_input[0].set_value("hello").run()
    assert at.chat_input[0].value == "hello"
    assert at.markdown.values == ["'hello'"]
    assert at.session_state.msg is None  # a trigger: back to None once the run is over
    at.run()
    assert at.chat_input[0].value is None
