"""st.cache_data and st.cache_resource, checked against Streamlit 1.67's behaviour.

Each AppTest script here gives the same results under Streamlit's AppTest with
``import streamlit as st`` (the error messages differ in wording, not in what they name).
Caches are process-wide, as in Streamlit: the autouse fixture clears them around every test
and points the disk cache at a temporary folder.
"""

from __future__ import annotations

import datetime
import os
import pickle
import runpy
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import nbstate as st
from nbstate.caching import api as caching_api
from nbstate.caching import default_cache_dir, hashing
from nbstate.caching.api import parse_time, ttl_seconds
from nbstate.caching.hashing import Hasher, UnhashableTypeError
from nbstate.errors import (
    NbStateAPIException,
    NbStateUnhashableParamError,
    NbStateUserHashError,
    NbStateValueError,
)
from nbstate.testing import AppTest


@pytest.fixture(autouse=True)
def _fresh_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NBSTATE_CACHE_DIR", str(tmp_path / "cache"))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def calls_of(at: AppTest) -> list:
    return list(at.session_state["calls"])


# ---------------------------------------------------------------------- AppTest: semantics


def test_cache_data_runs_once_per_argument_value_across_reruns() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def square(n):
    calls.append(n)
    return n * n
st.write("squares", square(2), square(3), square(2))
"""
    ).run()
    at.run()
    assert not at.exception
    assert calls_of(at) == [2, 3]
    assert at.markdown[0].value == "squares `4` `9` `4`"


def test_two_apps_share_the_cache_which_is_not_session_state() -> None:
    script = """
import nbstate as st
st.session_state.setdefault("calls", [])
@st.cache_data
def load():
    st.session_state.calls.append("load")
    return [1, 2, 3]
@st.cache_resource
def connect():
    st.session_state.calls.append("connect")
    return {"connection": object()}
st.session_state.connection_id = id(connect())
st.write(load())
"""
    first = AppTest.from_string(script).run()
    second = AppTest.from_string(script).run()
    assert calls_of(first) == ["connect", "load"]
    assert calls_of(second) == []  # another session: same cache, its own session_state
    assert first.session_state.connection_id == second.session_state.connection_id
    assert second.json[0].value == "[1, 2, 3]"  # JSON text, as Streamlit 1.67 AppTest


def test_session_scoped_caches_are_per_session_and_emptied_by_a_reset() -> None:
    script = """
import nbstate as st
st.session_state.setdefault("calls", [])
@st.cache_data(scope="session")
def mine(x):
    st.session_state.calls.append("data")
    return x
@st.cache_resource(scope="session")
def own():
    st.session_state.calls.append("resource")
    return object()
@st.cache_data
def shared():
    st.session_state.calls.append("shared")
    return 1
mine(1); own(); shared()
"""
    first = AppTest.from_string(script).run()
    first.run()
    assert calls_of(first) == ["data", "resource", "shared"]
    second = AppTest.from_string(script).run()
    assert calls_of(second) == ["data", "resource"]  # its own session caches
    first._session.reset()  # what a page reload does: a new session
    assert calls_of(first) == ["data", "resource"]  # ran again; the global cache was kept


def test_dataframe_and_numpy_arguments_are_hashed_by_value() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, numpy as np, pandas as pd
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def total(df):
    calls.append("df")
    return int(df["a"].sum())
@st.cache_data
def doubled(arr):
    calls.append("arr")
    return arr * 2
total(pd.DataFrame({"a": [1, 2, 3]}))
total(pd.DataFrame({"a": [1, 2, 3]}))          # an equal, new DataFrame: a hit
total(pd.DataFrame({"a": [1, 2, 4]}))          # one value changed
total(pd.DataFrame({"a": [1, 2, 3]}, index=[7, 8, 9]))  # another index
total(pd.DataFrame({"a": [1.0, 2.0, 3.0]}))    # another dtype
doubled(np.arange(3)); doubled(np.arange(3)); doubled(np.arange(4))
doubled(np.arange(3).reshape(1, 3))
"""
    ).run()
    assert [e.value for e in at.exception] == []
    assert calls_of(at) == ["df", "df", "df", "df", "arr", "arr", "arr"]


def test_underscore_parameters_are_not_hashed() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, threading
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def query(_connection, sql):
    calls.append(sql)
    return sql.upper()
query(threading.Lock(), "select 1")
query(threading.Lock(), "select 1")   # another connection, same query: a hit
query(_connection=threading.Lock(), sql="select 2")
"""
    ).run()
    assert not at.exception
    assert calls_of(at) == ["select 1", "select 2"]


def test_cache_data_returns_a_copy_and_cache_resource_the_shared_object() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
@st.cache_data
def data():
    return {"rows": [1, 2]}
@st.cache_resource
def resource():
    return {"rows": [1, 2]}
first = data()
first["rows"].append(99)                      # the caller's own copy
st.session_state.data = [data(), data() is data()]
shared = resource()
shared["rows"].append(99)
st.session_state.resource = [resource(), resource() is shared]
"""
    ).run()
    assert not at.exception
    assert at.session_state.data == [{"rows": [1, 2]}, False]
    assert at.session_state.resource == [{"rows": [1, 2, 99]}, True]


def test_editing_the_function_invalidates_its_cache() -> None:
    script = """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def f(x):
    calls.append(x)
    return x + OFFSET
st.write("f", f(1))
"""
    assert calls_of(AppTest.from_string(script.replace("OFFSET", "1")).run()) == [1]
    assert calls_of(AppTest.from_string(script.replace("OFFSET", "1")).run()) == []
    edited = AppTest.from_string(script.replace("OFFSET", "2")).run()
    assert calls_of(edited) == [1]
    assert edited.markdown[0].value == "f `3`"


def test_an_unhashable_argument_is_an_error_naming_the_function_and_the_parameter() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, threading
@st.cache_data
def load(lock, n):
    return n
load(threading.Lock(), 1)
"""
    ).run()
    [error] = at.exception
    assert error.type == "NbStateUnhashableParamError"
    assert "Cannot hash argument 'lock' (of type `_thread.lock`) in 'load'." in error.value
    assert "def load(_lock, ...):" in error.value  # the fix: a leading underscore
    assert 'hash_funcs={"_thread.lock": lambda value: ...}' in error.value  # or hash_funcs
    assert any("load(threading.Lock(), 1)" in line for line in error.stack_trace)


@pytest.mark.parametrize(
    ("call", "param", "type_name"),
    [
        ("g(1, (i for i in range(3)))", "(unnamed)", "builtins.generator"),  # in *args
        ("g(1, extra=lambda: 1)", "extra", "builtins.function"),
        ("g(Plain())", "n", "__main__.Plain"),  # plain instances cannot be reduced
    ],
)
def test_unhashable_values_as_in_streamlit(call: str, param: str, type_name: str) -> None:
    at = AppTest.from_string(
        f"""
import nbstate as st
class Plain:
    pass
@st.cache_resource
def g(n, *rest, **options):
    return n
{call}
"""
    ).run()
    [error] = at.exception
    assert f"Cannot hash argument '{param}' (of type `{type_name}`) in 'g'." in error.value
    assert "@st.cache_resource\n" in error.value


def test_hash_funcs_by_type_and_by_qualified_name() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
class Point:
    def __init__(self, x):
        self.x = x
@st.cache_data(hash_funcs={Point: lambda p: p.x})
def by_type(p):
    calls.append(("type", p.x))
    return p.x
@st.cache_data(hash_funcs={"__main__.Point": lambda p: p.x % 2})
def by_name(p):
    calls.append(("name", p.x))
    return p.x
by_type(Point(1)); by_type(Point(1)); by_type(Point(2))
by_name(Point(1)); by_name(Point(3)); by_name(Point(2))
"""
    ).run()
    assert not at.exception
    assert calls_of(at) == [("type", 1), ("type", 2), ("name", 1), ("name", 2)]


def test_a_failing_hash_func_is_reported_with_the_type_and_the_function() -> None:
    @st.cache_data(hash_funcs={datetime.date: lambda d: d.isoformat() + 1})
    def for_day(day: datetime.date) -> str:
        return str(day)

    with pytest.raises(NbStateUserHashError) as info:
        for_day(datetime.date(2024, 1, 1))
    message = str(info.value)
    assert "TypeError" in message and "`datetime.date`" in message
    assert "`@st.cache_data` decorator of `for_day()`" in message


def test_ttl_expires_entries() -> None:
    at = AppTest.from_string(
        """
import nbstate as st, time, datetime
calls = st.session_state.setdefault("calls", [])
@st.cache_data(ttl=0.15)
def short(x):
    calls.append("short")
    return x
@st.cache_resource(ttl=datetime.timedelta(hours=1))
def hour(x):
    calls.append("hour")
    return x
@st.cache_data(ttl="1h")
def text_ttl(x):
    calls.append("text")
    return x
short(1); short(1); hour(1); hour(1); text_ttl(1); text_ttl(1)
time.sleep(0.2)
short(1); hour(1); text_ttl(1)
"""
    ).run()
    assert not at.exception
    assert calls_of(at) == ["short", "hour", "text", "short"]


def test_max_entries_drops_the_least_recently_used_entry() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
@st.cache_data(max_entries=2)
def f(x):
    calls.append(x)
    return x
f(1); f(2); f(1); f(3)   # f(1) was used after f(2): f(2) goes
f(1); f(2)
"""
    ).run()
    assert calls_of(at) == [1, 2, 3, 2]


def test_clear_one_value_one_function_and_each_kind_of_cache() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
calls = st.session_state.setdefault("calls", [])
@st.cache_data
def c(x):
    calls.append(("c", x))
    return x
@st.cache_resource
def r(x):
    calls.append(("r", x))
    return x
c(1); c(2); c.clear(1); c(1); c(2)
c.clear(); c(1); c(2)
calls.append("|")
r(1); st.cache_data.clear(); r(1); c(1)
st.cache_resource.clear(); r(1); c(1)
"""
    ).run()
    assert not at.exception
    assert calls_of(at) == [
        ("c", 1), ("c", 2), ("c", 1), ("c", 1), ("c", 2),
        "|", ("r", 1), ("c", 1), ("r", 1),
    ]  # fmt: skip


def test_show_spinner_while_the_function_runs_only_for_the_outer_cached_function() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
from nbstate.run_context import active_context
seen = st.session_state.setdefault("seen", [])
def spinners():
    return [e.props["body"] for e in active_context().main.walk() if e.kind == "spinner"]
@st.cache_data
def inner(x):
    seen.append(("inner", spinners()))
    return x
@st.cache_data
def outer(x):
    seen.append(("outer", spinners()))
    return inner(x)
@st.cache_resource(show_spinner="Loading the model...")
def model():
    seen.append(("model", spinners()))
    return 1
@st.cache_data(show_spinner=False)
def quiet():
    seen.append(("quiet", spinners()))
    return 1
@st.cache_data
def no_args():
    seen.append(("no_args", spinners()))
    return 1
outer(1); model(); quiet(); no_args(); outer(1)
st.write("done")
"""
    ).run()
    assert not at.exception
    assert at.session_state.seen == [
        ("outer", ["Running `outer(...)`."]),
        ("inner", ["Running `outer(...)`."]),  # nested: no second spinner
        ("model", ["Loading the model..."]),
        ("quiet", []),
        ("no_args", ["Running `no_args()`."]),
    ]
    assert [e.type for e in at.main] == ["markdown"]  # spinners go when the function ends


def test_validate_and_on_release_of_cache_resource() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
log = st.session_state.setdefault("calls", [])
@st.cache_resource(validate=lambda conn: conn["open"],
                   on_release=lambda conn: log.append(("released", conn["id"])))
def connect():
    log.append(("made", len(log)))
    return {"open": True, "id": len(log)}
conn = connect()
conn["open"] = False            # validate fails on the next call: made again
connect()
log.append("clear")
connect.clear()
@st.cache_resource(max_entries=1, on_release=lambda n: log.append(("evicted", n)))
def small(n):
    return n
small(1); small(2)
"""
    ).run()
    assert not at.exception
    # As in Streamlit, an entry that fails validate is dropped without on_release.
    assert calls_of(at) == [("made", 0), ("made", 1), "clear", ("released", 2), ("evicted", 1)]


def test_unpicklable_return_value_and_bad_parameters_are_clear_errors() -> None:
    cases = {
        "@st.cache_data\ndef f():\n    return threading.Lock()\nf()": (
            "NbStateUnserializableReturnValueError",
            "Cannot serialize the return value (of type `_thread.lock`) in `f()`",
        ),
        '@st.cache_data(persist="memory")\ndef f(): pass': (
            "NbStateValueError",
            "Invalid `persist` value. Supported values: 'disk', None.",
        ),
        '@st.cache_resource(persist="disk")\ndef f(): pass': (
            "TypeError",
            "unexpected keyword argument 'persist'",
        ),
        '@st.cache_data(scope="user")\ndef f(): pass': (
            "NbStateValueError",
            "Invalid `scope` value. Supported values: 'global', 'session'.",
        ),
        '@st.cache_data(ttl="soon")\ndef f(): pass': (
            "NbStateValueError",
            "Time string doesn't look right",
        ),
    }
    for body, (type_name, message) in cases.items():
        at = AppTest.from_string("import nbstate as st, threading\n" + body).run()
        [error] = at.exception
        assert (error.type, message in error.value) == (type_name, True), (body, error.value)


# ---------------------------------------------------------------------- outside of apps


def test_caching_works_in_plain_code_outside_any_run() -> None:
    calls = []

    @st.cache_data
    def load(n: int) -> list[int]:
        calls.append(n)
        return list(range(n))

    @st.cache_resource()
    def shared() -> dict:
        return {}

    assert load(3) == load(3) == [0, 1, 2]
    assert calls == [3]
    assert shared() is shared()
    assert load.__name__ == "load" and load.__wrapped__(2) == [0, 1]  # functools.wraps
    with pytest.raises(NbStateUnhashableParamError) as info:
        load(threading.Lock())
    assert info.value.param == "n" and info.value.function_name == "load"


def test_an_exception_is_not_cached_and_recursive_cached_functions_work() -> None:
    attempts = []

    @st.cache_data
    def flaky(n: int) -> int:
        attempts.append(n)
        if len(attempts) == 1:
            raise ConnectionError("try again")
        return n

    with pytest.raises(ConnectionError):
        flaky(1)
    assert flaky(1) == flaky(1) == 1
    assert attempts == [1, 1]

    computed = []

    @st.cache_resource
    def fib(n: int) -> int:
        computed.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    assert fib(30) == 832040
    assert sorted(computed) == list(range(31))  # each value once


def test_keys_follow_streamlit_argument_and_value_rules() -> None:
    calls = []

    @st.cache_data
    def f(a, b=2, *rest, **options):
        calls.append((a, b, rest, options))
        return a

    f(1)
    f(a=1)  # the same name and value as f(1)
    f(1, 2)  # a default given explicitly is a different call, as in Streamlit
    f(True)  # True and 1 differ (the type is part of the hash)
    f(1.0)
    f(1, 2, 3)
    f(1, 2, 3)
    f({"x": 1, "y": 2})
    f({"y": 2, "x": 1})  # dict order counts, as in Streamlit
    f({1, 2, 3})
    f({3, 2, 1})  # set order does not
    assert len(calls) == 8


def test_cached_methods_take_the_instance_as_first_argument() -> None:
    class Repo:
        def __init__(self) -> None:
            self.calls = 0

        @st.cache_data
        def rows(_self, n: int) -> list[int]:
            _self.calls += 1
            return list(range(n))

    repo = Repo()
    assert repo.rows(2) == repo.rows(2) == [0, 1]
    assert repo.calls == 1
    repo.rows.clear()
    repo.rows(2)
    assert repo.calls == 2


def test_hasher_digests_are_stable_and_distinguish_types() -> None:
    hasher = Hasher()
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert hasher.digest(df) == Hasher().digest(df.copy())
    assert hasher.digest(df) != hasher.digest(df.set_index("a"))
    assert hasher.digest(pd.Series([1, 2])) != hasher.digest(pd.Series([1, 3]))
    big = np.arange(600_000)
    assert hasher.digest(big) == hasher.digest(big.copy())
    values = [1, 1.0, True, "1", b"1", None, (1,), [1], datetime.date(2020, 1, 1)]
    assert len({hasher.digest(v) for v in values}) == len(values)
    cycle: list = [1]
    cycle.append(cycle)
    assert hasher.digest(cycle) == Hasher().digest(cycle)
    with pytest.raises(UnhashableTypeError):
        hasher.digest(threading.Lock())
    # Stable across processes: the digest of a set does not depend on PYTHONHASHSEED.
    code = (
        "import importlib.util as u\n"
        f"spec = u.spec_from_file_location('hashing', {hashing.__file__!r})\n"
        "module = u.module_from_spec(spec); spec.loader.exec_module(module)\n"
        "print(module.Hasher().digest({'a', 'b', 'c'}).hex())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert digests == {hasher.digest({"a", "b", "c"}).hex()}


def test_ttl_values() -> None:
    assert ttl_seconds(None) is None
    assert ttl_seconds(5) == 5.0
    assert ttl_seconds(datetime.timedelta(minutes=2)) == 120
    assert ttl_seconds("1h") == 3600
    assert ttl_seconds("1d2h34m") == 86400 + 7200 + 34 * 60
    assert ttl_seconds("00:30:00") == 1800  # read by pandas
    assert parse_time("1d2h34m") == 86400 + 7200 + 34 * 60
    assert parse_time("1.5 days") == 1.5 * 86400
    assert parse_time("1h23s") == 3623
    assert parse_time("soon") is None and parse_time("3 parsecs") is None
    with pytest.raises(NbStateValueError):
        ttl_seconds("soon")


def test_unsupported_streamlit_parameters_say_so() -> None:
    with pytest.raises(NbStateAPIException, match='refresh_mode="background"'):
        st.cache_data(ttl=60, refresh_mode="background")
    with pytest.raises(NbStateAPIException, match="max_size"):
        st.cache_data(max_size="1GB")
    with pytest.raises(NbStateAPIException, match="async"):

        @st.cache_resource
        async def connect() -> None:
            pass


# ---------------------------------------------------------------------- persist="disk"

WORKER = """
import os, sys, time
import nbstate as st

@st.cache_data(persist="disk")
def square(n):
    with open(os.environ["CALLS_LOG"], "a") as log:
        log.write(f"{os.getpid()} {n}\\n")
    # Some values are larger than diskcache keeps in SQLite, so files are written too.
    return {"n": n, "square": n * n, "payload": "x" * (n * 2000)}

@st.cache_data
def in_memory_only(n):
    with open(os.environ["CALLS_LOG"], "a") as log:
        log.write(f"memory {n}\\n")
    return n

if os.environ.get("BARRIER"):
    # Start together: say "ready", then wait for "go".
    barrier = os.environ["BARRIER"]
    open(os.path.join(barrier, f"ready-{os.getpid()}"), "w").close()
    while not os.path.exists(os.path.join(barrier, "go")):
        time.sleep(0.001)
    started = time.time()
    for n in range(40):
        assert square(n)["square"] == n * n
        in_memory_only(n)
    print(started, time.time())
"""


def _calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_persist_disk_is_shared_by_processes_writing_it_at_the_same_time(tmp_path: Path) -> None:
    worker = tmp_path / "worker.py"
    worker.write_text(textwrap.dedent(WORKER))
    cache_dir = tmp_path / "cache"
    assert default_cache_dir() == cache_dir
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "NBSTATE_CACHE_DIR": str(cache_dir), "BARRIER": str(barrier)}
    workers = [
        subprocess.Popen(
            [sys.executable, str(worker)],
            env={**env, "CALLS_LOG": str(tmp_path / f"calls-{i}.log")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    deadline = time.monotonic() + 30
    while len(list(barrier.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    (barrier / "go").touch()
    spans = []
    for process in workers:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        spans.append([float(t) for t in out.split()])
    # The two processes were reading and writing the same cache at the same time.
    assert max(start for start, _end in spans) < min(end for _start, end in spans)
    assert (cache_dir / "cache.db").exists()
    # Each process computed what it did not find on disk; both wrote concurrently.
    computed = [line for i in range(2) for line in _calls(tmp_path / f"calls-{i}.log")]
    assert len([c for c in computed if not c.startswith("memory")]) >= 40

    # A third process (here: this one) finds every value on disk and computes nothing.
    log = tmp_path / "calls-reader.log"
    os.environ["CALLS_LOG"] = str(log)
    try:
        namespace = runpy.run_path(str(worker), run_name="__main__")
        square, in_memory_only = namespace["square"], namespace["in_memory_only"]
        for n in range(40):
            value = square(n)
            assert (value["square"], len(value["payload"])) == (n * n, n * 2000)
        in_memory_only(1)
        assert _calls(log) == ["memory 1"]  # only the cache without persist computed
        # st.cache_data.clear() empties the disk cache too.
        st.cache_data.clear()
        square(3)
        assert _calls(log) == ["memory 1", f"{os.getpid()} 3"]
    finally:
        del os.environ["CALLS_LOG"]


def test_disk_cache_reads_and_clears_one_function_without_touching_others() -> None:
    calls: list[str] = []

    @st.cache_data(persist=True)
    def a(n: int) -> int:
        calls.append("a")
        return n

    @st.cache_data(persist="disk")
    def b(n: int) -> int:
        calls.append("b")
        return n

    a(1), b(1)
    # Forget the in-memory layer: the values come back from disk.
    caching_api._data_caches.clear()
    assert (a(1), b(1)) == (1, 1)
    assert calls == ["a", "b"]
    a.clear()
    caching_api._data_caches.clear()
    a(1), b(1)
    assert calls == ["a", "b", "a"]
    b.clear(1)
    b(1)
    assert calls == ["a", "b", "a", "b"]
    assert pickle.loads(pickle.dumps(a(1))) == 1
