"""st.table's border, hide_index, hide_header (1.67): the values AppTest sees."""

import pandas as pd
import streamlit as st

st.table(pd.DataFrame({"a": [1, 2]}, index=["x", "y"]), hide_index=True, border="horizontal")
st.table({"k": 1, "j": 2}, hide_header=False, width="content", height=200, alt="pairs")
st.table([[1, 2], [3, 4]], border=False)

INTERACTIONS = [{"do": "run"}]
