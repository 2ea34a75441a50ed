"""st.connection("sql") against a real SQLite file, and its errors, as Streamlit 1.67's.

The messages quoted here were read from Streamlit 1.67's AppTest running the same scripts
(``import streamlit as st``) in /work/st-venv with SQLAlchemy installed; where nbstate's
message says more (how to fix it in a notebook), the test names what both share.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy  # noqa: F401 - a test dependency: missing, the module fails loudly

import nbstate as st
from nbstate.connections import BaseConnection, SQLConnection
from nbstate.errors import NbStateAPIException, NbStateMissingRequiredParameterError
from nbstate.testing import AppTest


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A notebook directory with a SQLite file and its secrets.toml, as the cwd."""
    db = tmp_path / "pets.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE pets (name TEXT, owner TEXT)")
        conn.executemany("INSERT INTO pets VALUES (?, ?)", [("Rex", "ada"), ("Tom", "bob")])
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        f'[connections.sql]\nurl = "sqlite:///{db}"\n\n'
        f'[connections.pets_db]\ntype = "sql"\nurl = "sqlite:///{db}"\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NBSTATE_CACHE_DIR", str(tmp_path / "cache"))
    st.secrets.reload()
    st.cache_data.clear()
    st.cache_resource.clear()
    yield tmp_path
    st.cache_data.clear()
    st.cache_resource.clear()
    st.secrets.reload()


def add_pet(db: Path, name: str, owner: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO pets VALUES (?, ?)", (name, owner))


def run(script: str) -> AppTest:
    return AppTest.from_string("import nbstate as st\n" + script).run()


def error_of(script: str) -> str:
    at = run(script)
    assert len(at.exception) == 1, "the script should have failed"
    return str(at.exception[0].value)


# ------------------------------------------------------------------ the connection


def test_sql_reads_its_url_from_secrets_and_queries_the_file() -> None:
    conn = st.connection("sql")
    assert isinstance(conn, SQLConnection)
    df = conn.query("SELECT name FROM pets ORDER BY name")
    assert isinstance(df, pd.DataFrame)
    assert list(df["name"]) == ["Rex", "Tom"]
    assert conn.driver == "pysqlite"  # Streamlit 1.67 shows the same for sqlite://
    assert conn.engine.dialect.name == "sqlite"


def test_a_named_connection_takes_its_type_from_its_secrets() -> None:
    # [connections.pets_db] names its type = "sql"
    conn = st.connection("pets_db")
    assert isinstance(conn, SQLConnection)
    assert conn.query("SELECT count(*) AS n FROM pets")["n"][0] == 2


def test_keyword_arguments_win_over_the_secrets(project: Path) -> None:
    other = project / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE pets (name TEXT, owner TEXT)")
    conn = st.connection("sql", url=f"sqlite:///{other}")
    assert conn.query("SELECT count(*) AS n FROM pets")["n"][0] == 0


def test_params_are_bound_and_index_col_is_passed_to_pandas() -> None:
    conn = st.connection("sql")
    df = conn.query("SELECT * FROM pets WHERE owner = :owner", params={"owner": "bob"})
    assert df.to_dict("records") == [{"name": "Tom", "owner": "bob"}]
    by_name = conn.query("SELECT * FROM pets", index_col="name")
    assert by_name.loc["Rex", "owner"] == "ada"


def test_query_results_are_cached_until_their_ttl_expires(project: Path) -> None:
    conn = st.connection("sql")
    count = "SELECT count(*) AS n FROM pets"
    assert conn.query(count, ttl=0.5)["n"][0] == 2
    add_pet(project / "pets.db", "Kit", "cy")
    assert conn.query(count, ttl=0.5)["n"][0] == 2  # cached
    assert conn.query(count)["n"][0] == 3  # another ttl: another cache
    time.sleep(0.7)
    assert conn.query(count, ttl=0.5)["n"][0] == 3  # expired: read again
    st.cache_data.clear()
    add_pet(project / "pets.db", "Max", "cy")
    assert conn.query(count)["n"][0] == 4


def test_the_connection_is_created_once_per_name_and_arguments() -> None:
    first = st.connection("sql")
    assert st.connection("sql") is first
    assert st.connection("sql", ttl=None) is first  # omitted ttl: the option's None
    assert st.connection("sql", ttl=60) is not first  # another ttl: another cache entry
    assert st.connection("sql", ttl=60) is st.connection("sql", ttl=60.0)
    assert st.connection("sql", echo=False) is not first
    assert st.connection("sql", echo=False) is st.connection("sql", echo=False)


def test_the_same_connection_is_returned_on_every_rerun() -> None:
    at = run(
        'conn = st.connection("sql")\n'
        "st.session_state.setdefault('ids', []).append(id(conn))\n"
        "st.dataframe(conn.query('SELECT * FROM pets'))\n"
    )
    at.run()
    ids = at.session_state["ids"]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert at.exception == [] or len(at.exception) == 0


def test_session_connect_reset_and_a_write() -> None:
    conn = st.connection("sql")
    from sqlalchemy import text

    with conn.session as session:
        session.execute(text("INSERT INTO pets VALUES ('Bo', 'dee')"))
        session.commit()
    with conn.connect() as c:
        assert c.execute(text("SELECT count(*) FROM pets")).scalar() == 3
    engine = conn.engine
    conn.reset()
    assert conn.engine is not engine  # reconnected on next use


def test_autocommit_opens_the_engine_in_autocommit_mode() -> None:
    conn = st.connection("sql", autocommit=True)
    assert conn.engine.get_execution_options()["isolation_level"] == "AUTOCOMMIT"


def test_an_unknown_attribute_points_at_the_underlying_engine() -> None:
    # Streamlit 1.67: "`dispose` doesn't exist here, but you can call `._instance.dispose` instead"
    message = error_of('st.connection("sql").dispose')
    assert message == "`dispose` doesn't exist here, but you can call `._instance.dispose` instead"


def test_a_user_defined_connection_class_through_st_connections() -> None:
    class Counter(BaseConnection[dict]):
        def _connect(self, start: int = 0, **kwargs: object) -> dict:
            return {"n": start, "secret": self._secrets.get("token")}

        def next(self) -> int:
            self._instance["n"] += 1
            return int(self._instance["n"])

    (Path.cwd() / ".streamlit" / "secrets.toml").write_text('[connections.counter]\ntoken = "t"\n')
    st.secrets.reload()
    conn = st.connection("counter", type=Counter, start=5)
    assert isinstance(conn, st.connections.BaseConnection)
    assert conn.next() == 6 and st.connection("counter", type=Counter, start=5).next() == 7
    assert conn._instance["secret"] == "t"
    assert st.connections.ExperimentalBaseConnection is BaseConnection


def test_a_session_scoped_connection_is_one_per_session() -> None:
    script = (
        "class Per(st.connections.BaseConnection):\n"
        "    @classmethod\n"
        "    def scope(cls):\n"
        "        return 'session'\n"
        "    def _connect(self, **kw):\n"
        "        return object()\n"
        "st.session_state.conn = st.connection('per', type=Per)\n"
    )
    first, second = run(script), run(script)
    assert first.session_state["conn"] is not second.session_state["conn"]


def test_type_as_a_dotted_path_and_as_streamlits_path() -> None:
    mine = st.connection("sql", type="nbstate.connections.SQLConnection")
    assert isinstance(mine, SQLConnection)
    theirs = st.connection("sql", type="streamlit.connections.SQLConnection")
    assert isinstance(theirs, SQLConnection)


def test_env_prefix_reads_the_name_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DB_NAME", "pets_db")
    assert st.connection("env:DB_NAME") is st.connection("pets_db")


def test_connection_default_ttl_option_applies_when_ttl_is_omitted(project: Path) -> None:
    from nbstate.options import reload_config_files

    config = project / ".streamlit" / "config.toml"
    config.write_text('[runner]\nconnectionDefaultTTL = "-1"\n')
    reload_config_files()
    try:
        with pytest.raises(NbStateAPIException, match="Invalid `runner.connectionDefaultTTL`"):
            st.connection("sql")
        st.connection("sql", ttl=None)  # explicit: the option is not read
        config.write_text("[runner]\nconnectionDefaultTTL = 0.3\n")
        reload_config_files()
        first = st.connection("sql")
        assert st.connection("sql") is first
        time.sleep(0.5)
        assert st.connection("sql") is not first  # expired after the option's 0.3 s
    finally:
        config.unlink()
        reload_config_files()


# ------------------------------------------------------------------ errors


def test_no_configuration_is_streamlits_error(project: Path) -> None:
    (project / ".streamlit" / "secrets.toml").unlink()
    st.secrets.reload()
    message = error_of('st.connection("sql")')
    assert message.startswith(
        "Missing SQL DB connection configuration. Did you forget to set this in "
        "`secrets.toml` or as kwargs to `st.connection`?"
    )
    assert "[connections.sql]" in message


def test_a_missing_required_url_part_is_named() -> None:
    with pytest.raises(NbStateMissingRequiredParameterError) as raised:
        st.connection("other", type="sql", dialect="postgresql", username="u")
    assert str(raised.value) == (
        "The `host` parameter is required. Set this SQL DB connection parameter in "
        "`secrets.toml` or pass it as a kwarg to `st.connection`."
    )


def test_a_class_that_is_not_a_connection_is_refused() -> None:
    # Streamlit 1.67: "<class 'dict'> is not a subclass of BaseConnection!"
    message = error_of('st.connection("x", type=dict)')
    assert message.startswith("<class 'dict'> is not a subclass of BaseConnection!")


def test_an_unknown_type_lists_the_supported_ones() -> None:
    # Streamlit 1.67: "Invalid connection 'foo'. Supported connection classes: {...}"
    message = error_of('st.connection("x", type="foo")')
    assert message.startswith("Invalid connection 'foo'. Supported connection")
    assert "'sql'" in message and "BaseConnection" in message


@pytest.mark.parametrize("kind", ["snowflake", "snowflake-callers-rights", "snowpark"])
def test_streamlits_other_built_in_types_say_what_to_do(kind: str) -> None:
    message = error_of(f'st.connection("x", type="{kind}")')
    assert f'type "{kind}" is not available in nbstate' in message
    assert 'type="sql"' in message
    assert kind in error_of(f'st.connection("{kind}")')


def test_a_name_without_a_type_says_where_to_give_one() -> None:
    # Streamlit 1.67 raises a KeyError from st.secrets here; nbstate says what to add.
    message = error_of('st.connection("mydb")')
    assert 'pass type="sql"' in message and "[connections.mydb]" in message


def test_missing_sqlalchemy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlalchemy", None)
    with pytest.raises(ModuleNotFoundError, match=r"pip install nbstate\[sql\]"):
        st.connection("sql")


def test_a_missing_driver_names_its_pip_package() -> None:
    # Streamlit 1.67 adds "You need to install the 'psycopg2-binary' package" too
    with pytest.raises(ModuleNotFoundError, match="install the 'psycopg2-binary' package"):
        st.connection("pg", type="sql", url="postgresql+psycopg2://u@h/db")


def test_a_database_error_is_retried_reconnecting_then_raised(
    monkeypatch: pytest.MonkeyPatch, project: Path
) -> None:
    from sqlalchemy.exc import OperationalError

    from nbstate.connections import sql

    monkeypatch.setattr(sql, "QUERY_RETRY_WAIT", 0.0)
    conn = st.connection("sql", url=f"sqlite:///{project}/no/such/dir.db")
    engines = []
    original = SQLConnection._connect

    def counting(self: SQLConnection, **kwargs: object):  # type: ignore[no-untyped-def]
        engines.append(original(self, **kwargs))
        return engines[-1]

    monkeypatch.setattr(SQLConnection, "_connect", counting)
    with pytest.raises(OperationalError, match="unable to open database file"):
        conn.query("SELECT 1")
    assert len(engines) == 2  # reset after each failure: attempts 2 and 3 reconnected


def test_an_error_in_the_sql_is_raised_at_once_as_pandas_reports_it() -> None:
    # Streamlit 1.67 with pandas 3: pandas' DatabaseError "Execution failed on sql ...",
    # not retried (it is not one of SQLAlchemy's errors)
    started = time.monotonic()
    with pytest.raises(pd.errors.DatabaseError, match="Execution failed on sql"):
        st.connection("sql").query("SELECT * FROM missing")
    assert time.monotonic() - started < 0.9


def test_close_is_called_when_the_cache_lets_the_connection_go() -> None:
    closed = []

    class Closing(BaseConnection[object]):
        def _connect(self, **kwargs: object) -> object:
            return object()

        def close(self) -> None:
            closed.append(self._connection_name)

    st.connection("c", type=Closing)
    st.cache_resource.clear()
    assert closed == ["c"]


def test_new_secrets_for_the_connection_reconnect_it(project: Path) -> None:
    conn = st.connection("sql")
    engine = conn.engine
    assert conn.engine is engine
    other = project / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE pets (name TEXT, owner TEXT)")
    secrets_file = project / ".streamlit" / "secrets.toml"
    text = secrets_file.read_text()
    # another connection's section changes: this one keeps its engine
    secrets_file.write_text(text.replace("[connections.pets_db]", "[connections.pets_db]\nx = 1"))
    st.secrets.reload()
    assert conn.engine is engine
    secrets_file.write_text(text.replace(str(project / "pets.db"), str(other), 1))
    st.secrets.reload()
    assert conn.engine is not engine  # as Streamlit resets a connection on its secrets' change
    assert conn.query("SELECT count(*) AS n FROM pets", ttl=1)["n"][0] == 0


def test_apptest_secrets_configure_the_connection(project: Path) -> None:
    at = AppTest.from_string(
        "import nbstate as st\n"
        'st.write(str(st.connection("memo").query("SELECT 41 + 1 AS n")["n"][0]))\n'
    )
    at.secrets["connections"] = {"memo": {"type": "sql", "url": "sqlite://"}}
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "42"
