"""A chart of a numpy array, whose column names are ints (issue 16 item 5)."""

import numpy as np
import streamlit as st

st.line_chart(np.arange(5).reshape(5, 1))
st.write("drawn")
