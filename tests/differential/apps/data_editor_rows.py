"""st.data_editor with num_rows="dynamic": edits, deletions and additions applied as Streamlit
1.67 applies them (the edit state seeded through session_state, as its AppTest allows)."""

import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
out = st.data_editor(df, key="ed", num_rows="dynamic")
st.write("rows", out)
st.write("index", list(out.index))
other = pd.DataFrame({"v": [10, 20]}, index=[5, 9])
st.write("integer index", list(st.data_editor(other, key="int", num_rows="add").index))

INTERACTIONS = [
    {
        "do": "state",
        "key": "ed",
        "value": {
            "edited_rows": {"2": {"a": 30}},
            "added_rows": [{"a": 4, "b": "w"}, {"b": "v"}],
            "deleted_rows": [0],
        },
    },
    {
        "do": "state",
        "key": "int",
        "value": {"edited_rows": {}, "added_rows": [{"v": 1}], "deleted_rows": []},
    },
]
