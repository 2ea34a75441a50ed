"""Two data editors that differ only in `disabled` (issue 16 item 18)."""

import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.data_editor(df, disabled=True)
st.data_editor(df, disabled=["a"])
st.write("two editors")
