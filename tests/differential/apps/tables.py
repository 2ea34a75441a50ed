"""st.dataframe, st.table and st.write of a DataFrame."""

import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["a", "b"], "n": [1, 2]})
st.dataframe(df)
st.table(df)
st.write(df)
n = st.slider("rows", 1, 2, 2, key="rows")
st.dataframe(df.head(n))

INTERACTIONS = [{"do": "set", "type": "slider", "key": "rows", "value": 1}]
