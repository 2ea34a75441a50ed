"""st.echo (code above or below what the block shows) and st.mermaid_chart (a markdown
element holding a mermaid code fence, as Streamlit 1.67's AppTest sees it)."""

import streamlit as st

with st.echo():
    total = sum(range(4))
    st.write(total)

with st.echo("below"):
    st.text("shown first")


def nested():
    with st.echo():
        if total:
            label = "yes"

        st.text(label)


nested()
st.mermaid_chart("""
    graph TD
    A --> B
""")

INTERACTIONS = [{"do": "run"}]
