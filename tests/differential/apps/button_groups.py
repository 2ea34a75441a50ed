"""st.pills, st.segmented_control (single and multi) and st.feedback: values, callbacks,
session_state, format_func, options of any type."""

import streamlit as st


def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1


if st.session_state.get("fix"):
    st.session_state.fix = False
    st.session_state.many = [1, 9]
    st.session_state.plain = "zz"
    st.session_state.thumbs = 7
one = st.pills("One", ["x", "y", 3], key="one", on_change=changed)
plain = st.pills("Plain", ["p", "q"], key="plain")
many = st.pills(
    "Many", [1, 2, 3], selection_mode="multi", key="many", format_func=lambda n: f"#{n}"
)
seg = st.segmented_control("Seg", ["a", "b"], default="a", required=True, key="seg")
segm = st.segmented_control("SegM", ["a", "b", "c"], selection_mode="multi", default="b")
thumbs = st.feedback(key="thumbs")
stars = st.feedback("stars", default=2, key="stars")
st.write(repr((one, plain, many, seg, segm, thumbs, stars)))

INTERACTIONS = [
    {"do": "set", "type": "pills", "key": "one", "value": 3},
    {"do": "set", "type": "pills", "key": "many", "value": [3, 1]},
    {"do": "set", "type": "segmented_control", "key": "seg", "value": "b"},
    {"do": "set", "type": "segmented_control", "label": "SegM", "value": ["c", "a"]},
    {"do": "set", "type": "feedback", "key": "thumbs", "value": 1},
    {"do": "set", "type": "feedback", "key": "stars", "value": None},
    {"do": "set", "type": "pills", "key": "one", "value": None},
    {"do": "state", "key": "fix", "value": True},
    {"do": "state", "key": "plain", "value": "q"},
]
