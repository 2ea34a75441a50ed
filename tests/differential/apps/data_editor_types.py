"""st.data_editor refuses a column type that cannot edit its column's data (issue 18)."""

import datetime as dt

import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {"n": [1.5], "s": ["x"], "b": [True], "d": [dt.date(2020, 1, 1)], "t": [pd.Timestamp(0)]}
)
cc = st.column_config
for column, config in (
    ("n", cc.CheckboxColumn()),
    ("s", cc.DateColumn()),
    ("b", cc.NumberColumn()),
    ("d", cc.TextColumn()),
    ("t", cc.NumberColumn()),
    ("n", cc.NumberColumn()),
    ("s", cc.SelectboxColumn(options=["x"])),
    ("d", cc.DateColumn()),
    ("t", cc.TimeColumn()),
):
    try:
        st.data_editor(
            df, column_config={column: config}, key=f"{column}-{config['type_config']['type']}"
        )
        st.write(column, "ok")
    except Exception as exc:  # noqa: BLE001
        st.write(
            column, type(exc).__name__.replace("Streamlit", "").replace("NbState", ""), str(exc)
        )
st.data_editor(df, column_config={"n": cc.CheckboxColumn(disabled=True)}, key="disabled")
st.write("a disabled column is not checked")

INTERACTIONS = []
