"""st.context: what the simulated browser tells (AppTest.context), None where nothing did,
empty headers and cookies, key and attribute access, membership, and its errors."""

import streamlit as st

ctx = st.context
st.write("tz", ctx.timezone, "offset", ctx.timezone_offset, "locale", ctx.locale)
# (ip_address is left out: Streamlit's AppTest gives a MagicMock of its fake runtime)
st.write("url", ctx.url, "embedded", ctx.is_embedded)
st.write("theme", ctx.theme.type, ctx.theme["type"], ctx["theme"].type)
st.write("headers", ctx.headers.to_dict(), len(ctx.headers), ctx.headers.get_all("x"))
st.write("cookies", ctx.cookies.to_dict(), len(ctx.cookies))
st.write("in", "timezone" in ctx, "nope" in ctx, "item", ctx["locale"])
try:
    ctx["nope"]
except KeyError as exc:
    st.write("key error", str(exc))
try:
    iter(ctx)
except TypeError:
    st.write("not iterable")

INTERACTIONS = [
    {
        "do": "context",
        "context": {
            "timezone": "Europe/Berlin",
            "timezone_offset": -60,
            "locale": "de-DE",
            "url": "http://localhost:8501/app",
            "is_embedded": True,
            "theme": "dark",
        },
    },
    {"do": "context", "context": {"timezone": None, "theme": "light"}},
    {"do": "context", "context": {"theme": "blue"}},
    {"do": "context", "context": {"headers": {"a": "b"}}},
    {"do": "context", "context": {"timezone_offset": True}},
]
