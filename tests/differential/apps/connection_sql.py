"""st.connection("sql") on a SQLite file the app creates: a cached query with params, the
same connection object on every rerun, and Streamlit's errors for a bad type."""

import os
import sqlite3
import tempfile

import streamlit as st

# one file per process: Streamlit and nbstate run the app in different processes
path = os.path.join(tempfile.gettempdir(), f"nbstate-diff-connection-{os.getpid()}.db")
with sqlite3.connect(path) as db:
    db.execute("CREATE TABLE IF NOT EXISTS pets (name TEXT, owner TEXT)")
    if db.execute("SELECT count(*) FROM pets").fetchone()[0] == 0:
        db.executemany("INSERT INTO pets VALUES (?, ?)", [("Rex", "ada"), ("Tom", "bob")])

conn = st.connection("sql", url=f"sqlite:///{path}")
# counts the runs that got this same object (1, 2, 3: kept across reruns)
conn.runs = getattr(conn, "runs", 0) + 1
st.write("runs of this connection", conn.runs, conn.driver)
owner = st.selectbox("owner", ["ada", "bob"], key="owner")
pets = conn.query("SELECT name FROM pets WHERE owner = :owner", params={"owner": owner}, ttl=60)
st.dataframe(pets)
st.write(list(pets["name"]))
try:
    st.connection("bad", type=dict)
except Exception as error:
    st.write(str(error).split("!")[0])
try:
    st.connection("other", type="sql", dialect="postgresql", username="u")
except Exception as error:
    st.write(str(error))

INTERACTIONS = [
    {"do": "run"},
    {"do": "set", "type": "selectbox", "key": "owner", "value": "bob"},
    {"do": "run"},
]
