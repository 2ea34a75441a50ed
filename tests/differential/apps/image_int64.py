"""An image from an int64 array (issue 16 item 6)."""

import numpy as np
import streamlit as st

st.image(np.repeat(0, 100).reshape(10, 10))
st.write("shown")
