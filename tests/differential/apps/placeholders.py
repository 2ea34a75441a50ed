"""st.empty replaced and cleared; a container filled out of order."""

import streamlit as st

slot = st.empty()
slot.write("first")
slot.write("second")
gone = st.empty()
gone.write("will be cleared")
gone.empty()
box = st.container()
st.write("below")
box.write("inside, above 'below'")
if st.button("Swap", key="swap"):
    slot.info("swapped")

INTERACTIONS = [{"do": "click", "type": "button", "key": "swap"}]
