"""st.text_input's `live`, `validate` and `required` (Streamlit 1.67), checked as Streamlit does.

Streamlit runs the `validate` and `required` checks in the browser: a value that fails them
is not sent. nbstate runs them where the browser's message arrives (the text box's view), and
AppTest, like Streamlit's, sends values without them.
"""

from __future__ import annotations

from typing import Any

from ..caching.api import ttl_seconds
from ..errors import NbStateAPIException, NbStateValueError

_DEFAULT_LIVE_MS = 250
_MAX_LIVE_MS = 60_000


def live_ms(live: Any) -> int | None:
    """`live` as a pause in milliseconds before the text is sent (None: on Enter or blur)."""
    if live is False:
        return None
    if live is True:
        return _DEFAULT_LIVE_MS
    if not isinstance(live, str):
        detail = ""
        if isinstance(live, (int, float)):
            detail = (
                " A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms "
                "pause, or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not "
                "milliseconds (and `live=0.3` is not seconds); duration units must be explicit."
            )
        raise NbStateAPIException(
            "Invalid `live` type. Expected one of: bool, str. Provided type: "
            f"{type(live).__name__}.{detail}"
        )
    seconds = ttl_seconds(live)
    if seconds is None:
        raise NbStateValueError(f"st.text_input got live={live!r}; give a duration like '300ms'.")
    milliseconds = round(seconds * 1000)
    if seconds > 0 and milliseconds == 0:
        milliseconds = 1
    if seconds < 0 or milliseconds > _MAX_LIVE_MS:
        raise NbStateAPIException(
            f"The `live` parameter, set to {live}, is outside the required range [0ms, 1m]. "
            "Use `True` for the 250ms default, `'0ms'` to commit on every change, or a "
            "duration string up to `'1m'`."
        )
    return milliseconds


def validate_rule(validate: Any) -> tuple[str | None, str | None]:
    """`validate` as (regex, message): None, a regex, or a (regex, message) pair."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(item, str) for item in validate):
            return validate[0], validate[1]
        raise NbStateValueError(
            "Invalid `validate` value. Supported values: a regex string, a (regex, message) "
            "tuple of strings."
        )
    raise NbStateAPIException(
        "Invalid `validate` type. Expected one of: None, str, tuple. Provided type: "
        f"{type(validate).__name__}."
    )
