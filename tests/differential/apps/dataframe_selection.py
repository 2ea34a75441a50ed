"""st.dataframe selections: the returned state, session_state, modes and errors (issue 18)."""

import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})


def preset_m():
    st.session_state.m = {"selection": {"rows": [1, 2, 7], "columns": ["a"]}}


st.button("preset m", on_click=preset_m)
if "preset" not in st.session_state:
    st.session_state.preset = {"selection": {"rows": [2, 0, 9], "columns": ["b", "zz"]}}
event = st.dataframe(df, on_select="rerun", selection_mode="single-row", key="preset")
st.write("preset", event, event.selection.rows, event["selection"]["columns"])
multi = st.dataframe(df, on_select="rerun", selection_mode=["multi-row", "multi-column"], key="m")
st.write("multi", multi.selection.rows, multi.selection.columns, multi.selection.cells)
required = st.dataframe(
    df,
    on_select="rerun",
    selection_mode="single-row-required",
    selection_default={"selection": {"rows": [5]}},
)
st.write("required", required)
cells = st.dataframe(
    df,
    on_select="rerun",
    selection_mode="multi-cell",
    selection_default={"selection": {"cells": [[0, "a"], [1, "zz"], [2, "b"]]}},
)
st.write("cells", cells)
st.dataframe(df)
for kwargs in (
    {"on_select": "rerun", "selection_mode": "bogus"},
    {"on_select": "rerun", "selection_mode": ["single-row", "multi-row"]},
    {"on_select": "rerun", "selection_mode": ["single-column", "multi-column"]},
    {"selection_default": {"selection": {"rows": [1]}}},
    {"on_select": "bogus"},
    {"column_config": {"a": 3}},
):
    try:
        st.dataframe(df, **kwargs)
    except Exception as exc:  # noqa: BLE001
        st.write(type(exc).__name__.replace("Streamlit", "").replace("NbState", ""), str(exc))
try:
    event["x"] = 1
except TypeError as exc:
    st.write("read-only", str(exc))

INTERACTIONS = [
    {"do": "click", "type": "button", "label": "preset m"},
    {"do": "run"},
]
