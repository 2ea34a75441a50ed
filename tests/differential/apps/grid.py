"""st.grid (Streamlit 1.67): elements as cells, grid.cell() spanning columns, the grid's
parameters as AppTest reports them."""

import streamlit as st

g = st.grid(3, gap=("small", 10), border=True, key="g")
g.text("a")
with g.cell(column_span=2):
    st.text("b")
    clicked = st.button("in a cell", key="cell_button")
auto = st.grid()
auto.text("c")
st.write(repr((type(g).__name__, clicked)))

INTERACTIONS = [{"do": "click", "type": "button", "key": "cell_button"}]
