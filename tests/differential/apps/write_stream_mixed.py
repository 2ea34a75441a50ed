"""st.write_stream of strings and a DataFrame (issue 16 item 11)."""

import pandas as pd
import streamlit as st


def parts():
    yield "a "
    yield pd.DataFrame({"x": [1, 2]})
    yield "b"


st.write_stream(parts())
