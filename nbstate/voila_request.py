"""What Voilà tells a kernel about the page request that started it (environment variables).

Voilà starts one kernel per page load and passes the request in the kernel's environment:
``QUERY_STRING``, ``VOILA_REQUEST_URL``, and the headers listed in its
``http_header_envs`` setting as ``HTTP_<NAME>`` (CGI style). So under Voilà an app's first
run already sees the page's query parameters (all but the server's login ``token``), as a
Streamlit app's does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib import parse


def voila_request(environ: Mapping[str, str] | None = None) -> dict[str, object] | None:
    """The page request of a Voilà kernel (None elsewhere, or in a pre-heated kernel that
    no page has claimed yet): its query string, URL and forwarded headers."""
    env = os.environ if environ is None else environ
    url = env.get("VOILA_REQUEST_URL")
    if not url or env.get("VOILA_PREHEAT") == "True":
        return None
    parts = parse.urlsplit(url)
    headers = [
        (name[5:].replace("_", "-").title(), value)
        for name, value in env.items()
        if name.startswith("HTTP_")
    ]
    # The server's login token is a credential, not an app parameter (the page drops it too).
    query = parse.urlencode(
        [(k, v) for k, v in parse.parse_qsl(env.get("QUERY_STRING", ""), True) if k != "token"]
    )
    return {
        "search": f"?{query}" if query else "",
        "url": parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")),
        "headers": headers,
    }
