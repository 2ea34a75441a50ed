"""st.user under AppTest: AppTest.user's default (an email, no is_logged_in), a seeded
logged-in user, key and attribute access with their errors, read-only, tokens, and
st.logout() clearing the user (to {"is_logged_in": False} when it had that key)."""

import streamlit as st

user = st.user
st.write("user", user.to_dict(), len(user), sorted(user), "email" in user)
st.write("get", user.get("name", "nobody"), user.get("is_logged_in"))
st.write(user)
try:
    st.write("logged in", user.is_logged_in, "name", user["name"], user.name)
except AttributeError as exc:
    st.write("attribute error", str(exc))
except KeyError as exc:
    st.write("key error", str(exc))
try:
    user.name = "mallory"
except Exception as exc:
    st.write(type(exc).__name__.replace("Streamlit", "NbState"), str(exc))
try:
    user["name"] = "mallory"
except Exception as exc:
    st.write(type(exc).__name__.replace("Streamlit", "NbState"), str(exc))
st.write("tokens", user.tokens.to_dict(), len(user.tokens))
try:
    st.write(user.tokens.id)
except AttributeError as exc:
    st.write("token error", str(exc))
if st.button("Log out"):
    st.logout()
    st.write("after logout", st.user.to_dict())

INTERACTIONS = [
    {"do": "click", "type": "button", "label": "Log out"},
    {"do": "run"},
    {"do": "user", "user": {"is_logged_in": True, "name": "ann", "tokens": {"id": "t"}}},
    {"do": "click", "type": "button", "label": "Log out"},
    {"do": "run"},
]
