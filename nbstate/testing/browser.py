"""AppTest's simulated browser: the `st.context` values a test gives (`AppTest.context`)."""

from __future__ import annotations

from typing import Any

from .base import AppTestError

#: The st.context names a test may set, with the type of each value (Streamlit 1.67's AppTest
#: accepts these; headers, cookies and ip_address come from the connection, not the page).
CONTEXT_FIELDS: dict[str, type] = {
    "timezone": str,
    "timezone_offset": int,
    "locale": str,
    "url": str,
    "is_embedded": bool,
    "theme": str,
}


def page_from_context(context: object) -> dict[str, Any]:
    """`AppTest.context` checked and turned into what a page reports (`Session.browser`).

    A None value leaves the field unset (st.context reads None); an unknown key or a value
    of the wrong type raises AppTestError before the script runs.
    """
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    page: dict[str, Any] = {}
    for key, value in context.items():
        if key not in CONTEXT_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(CONTEXT_FIELDS))
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: {supported}."
            )
        if value is None:
            continue
        kind = CONTEXT_FIELDS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {kind.__name__}, not {type(value).__name__}."
            )
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
        if key == "timezone_offset" and not -(2**31) <= int(value) < 2**31:  # type: ignore[call-overload]
            raise AppTestError(
                f"AppTest.context['timezone_offset'] has an invalid value {value!r}: it must "
                "fit in 32 bits."
            )
        page[key] = value
    return page
