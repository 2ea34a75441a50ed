"""st.popover (with and method forms, stateful with a key), st.space and st.container's
1.67 layout parameters."""

import streamlit as st


def opened():
    st.session_state.opens = st.session_state.get("opens", 0) + 1


pop = st.popover("Open", help="more", key="pop", on_change=opened)
with pop:
    st.write("inside")
    clicked = st.button("In popover", key="inner")
pop.markdown("by method")
plain = st.popover("Plain")
plain.text("always runs")
st.space("large")
st.space(30)
row = st.container(horizontal=True, gap="large", horizontal_alignment="center", key="row")
row.button("Left", key="left")
row.button("Right", key="right")
box = st.container(height=120, vertical_alignment="center", border=False)
box.text("in a box")
st.write(repr((pop.open, plain.open, clicked)))

INTERACTIONS = [
    {"do": "click", "type": "button", "key": "inner"},
    {"do": "state", "key": "pop", "value": True},
    {"do": "click", "type": "button", "key": "right"},
]
