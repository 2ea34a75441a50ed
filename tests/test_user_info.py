"""st.user, st.login, st.logout (nbstate.hub_login): AppTest's user, the hub's user, errors."""

from __future__ import annotations

import pytest

import nbstate as st
from nbstate.errors import NbStateAPIException, NbStateValueError
from nbstate.hub_login import UserInfoProxy, hub_logout_url
from nbstate.session import Session, user_from_environment
from nbstate.testing import AppTest
from nbstate.testing.base import AppTestError

SHOW_USER = """
import nbstate as st
st.write(st.user.to_dict())
if st.button("Log in"):
    st.login()
if st.button("Log out"):
    st.logout()
    st.write("after", st.user.to_dict())
"""


def test_apptest_user_defaults_to_streamlits_test_email_without_is_logged_in() -> None:
    at = AppTest.from_string(SHOW_USER).run()
    assert at.json[0].value == '{"email": "test@example.com"}'
    assert at.user == {"email": "test@example.com"}


def test_a_seeded_user_is_read_by_key_and_attribute_and_cannot_be_modified() -> None:
    def app() -> None:
        import nbstate as st

        st.write(st.user.name, st.user["is_logged_in"], len(st.user), sorted(st.user))
        for change in (
            lambda: setattr(st.user, "name", "x"),
            lambda: st.user.__setitem__("name", "x"),
        ):
            try:
                change()
            except NbStateAPIException as exc:
                st.text(str(exc))
        for read in (lambda: st.user.email, lambda: st.user["email"]):
            try:
                read()
            except (AttributeError, KeyError) as exc:
                st.text(f"{type(exc).__name__}: {exc}")

    at = AppTest.from_function(app)
    at.user = {"is_logged_in": True, "name": "ann"}
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "ann `True` `2`"
    assert at.json[0].value == '["is_logged_in", "name"]'
    assert [t.value for t in at.text] == [
        "st.user cannot be modified",
        "st.user cannot be modified",
        'AttributeError: st.user has no attribute "email".',
        "KeyError: 'st.user has no key \"email\".'",
    ]


def test_logout_under_apptest_clears_the_user_as_streamlit_does() -> None:
    at = AppTest.from_string(SHOW_USER).run()
    seeded = {"is_logged_in": True, "name": "ann"}
    at.user = seeded
    at.button[1].click().run()
    assert "after" in at.markdown[0].value
    assert at.json[-1].value == '{"is_logged_in": false}'
    assert at.user == {"is_logged_in": False}
    assert seeded == {"is_logged_in": True, "name": "ann"}  # the test's own dict is kept
    at.user = {"email": "a@b.c"}
    at.button[1].click().run()
    assert at.user == {}


def test_apptest_user_must_be_a_dict() -> None:
    at = AppTest.from_string(SHOW_USER)
    at.user = [("name", "ann")]  # type: ignore[assignment]
    with pytest.raises(AppTestError, match="AppTest.user must be a dict, not list"):
        at.run()


def test_login_outside_jupyterhub_says_how_to_serve_the_app_through_it() -> None:
    at = AppTest.from_string(SHOW_USER).run()
    at.button[0].click().run()
    (error,) = at.exception
    assert error.type.endswith("NbStateAuthError")
    assert "JUPYTERHUB_USER is not set" in error.message
    assert "make hub" in error.message and "Serving an app to many users" in error.message


def test_login_rejects_a_provider_that_is_not_a_name() -> None:
    at = AppTest.from_string("import nbstate as st\nst.login(3)").run()
    assert "provider name (a str) or None, not int" in at.exception[0].message
    with pytest.raises(NbStateValueError, match="not int"):
        st.login(3)  # type: ignore[arg-type]


def test_under_the_hub_login_says_logged_in_and_logout_links_to_the_hub() -> None:
    at = AppTest.from_string(SHOW_USER)
    at._session.user_from_hub = True  # what kernel_session() sets from JUPYTERHUB_USER
    at.user = {"is_logged_in": True, "name": "alice"}
    at.run()
    at.button[0].click().run()
    assert not at.exception
    assert at.toast[0].value == "You are logged in to JupyterHub as alice."
    at.button[1].click().run()
    assert "hub/logout" in at.info[0].value
    assert at.user == {"is_logged_in": True, "name": "alice"}  # the hub still has them


def test_the_hub_user_comes_from_jupyterhub_user_and_nothing_is_invented() -> None:
    assert user_from_environment({"JUPYTERHUB_USER": "alice", "HOME": "/x"}) == {
        "is_logged_in": True,
        "name": "alice",
    }
    assert user_from_environment({}) is None
    assert user_from_environment({"JUPYTERHUB_USER": ""}) is None
    assert Session().user == {"is_logged_in": False}
    assert hub_logout_url({"JUPYTERHUB_BASE_URL": "/team/"}) == "/team/hub/logout"
    assert hub_logout_url({}) == "/hub/logout"


def test_tokens_are_read_only_and_hidden_when_shown() -> None:
    session = Session()
    session.user = {"is_logged_in": True, "tokens": {"id": "secret"}}
    user = UserInfoProxy(lambda: session)
    assert user.tokens.id == "secret" and user["tokens"].to_dict() == {"id": "secret"}
    with pytest.raises(AttributeError, match='Token "access" is not exposed'):
        user.tokens.access  # noqa: B018
    with pytest.raises(NbStateAPIException, match="st.user.tokens cannot be modified"):
        user.tokens["id"] = "x"  # type: ignore[index]
    at = AppTest.from_string("import nbstate as st\nst.write(st.user)")
    at.user = {"tokens": {"id": "secret"}}
    at.run()
    assert "secret" not in str(at.json[0].value) and "***" in str(at.json[0].value)


def test_st_user_outside_a_run_is_the_kernel_sessions_user() -> None:
    from nbstate.session import kernel_session

    assert st.user.to_dict() == kernel_session().user
    assert "user" in st.__all__ and "login" in st.__all__ and "logout" in st.__all__
