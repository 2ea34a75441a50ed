"""bind="query-params" on every widget that has it: the URL seeds a widget shown for the
first time; a value it cannot take, or its default, is removed from the URL; a value it
adjusts is written back corrected; a widget no longer shown loses its parameter."""

import datetime

import streamlit as st

B = {"bind": "query-params"}
if st.toggle("show", key="show"):
    st.slider("x", 0, 10, 2, key="x", **B)
    st.slider("xf", 0.0, 1.0, 0.5, key="xf", **B)
    st.slider("r", 0, 10, (2, 5), key="r", **B)
    st.slider("d", datetime.date(2020, 1, 1), datetime.date(2020, 12, 31), key="d", **B)
    st.checkbox("c", key="c", **B)
    st.toggle("tg", key="tg", **B)
    st.selectbox("s", ["a", "b", "c"], key="s", format_func=str.upper, **B)
    st.radio("ra", [1, 2, 3], key="ra", **B)
    st.multiselect("m", ["a", "b", "c"], key="m", **B)
    st.select_slider("ss", ["a", "b", "c"], key="ss", **B)
    st.select_slider("ssr", ["a", "b", "c"], value=("a", "b"), key="ssr", **B)
    st.text_input("t", key="t", **B)
    st.text_area("ta", key="ta", max_chars=3, **B)
    st.number_input("n", key="n", max_value=5.0, **B)
    st.number_input("ni", value=3, key="ni", **B)
    st.color_picker("cp", key="cp", **B)
    st.date_input("di", datetime.date(2020, 1, 1), key="di", **B)
    st.time_input("ti", datetime.time(1, 2), key="ti", **B)
    st.pills("p", ["a", "b"], key="p", **B)
    st.pills("pm", ["a", "b"], key="pm", selection_mode="multi", **B)
    st.segmented_control("sc", ["a", "b"], key="sc", **B)
    st.feedback(key="fb", **B)
    st.pagination(10, key="pg", **B)
    st.datetime_input("dti", datetime.datetime(2020, 1, 1, 3, 4), key="dti", **B)
    st.date_input("dr", (datetime.date(2020, 1, 1), datetime.date(2020, 2, 1)), key="dr", **B)
st.write("seen", st.query_params.to_dict())

INTERACTIONS = [
    [
        {
            "do": "query",
            "params": {
                "x": "7",
                "xf": "0.25",
                "r": ["1", "3"],
                "d": "2020-03-04",
                "c": "true",
                "tg": "True",
                "s": "B",
                "ra": "2",
                "m": ["a", "c"],
                "ss": "c",
                "ssr": ["b", "c"],
                "t": "hi",
                "ta": "abcdef",
                "n": "9",
                "ni": "4",
                "cp": "#FF0000",
                "di": "2021-05-06",
                "ti": "03:45",
                "p": "b",
                "pm": ["a", "b"],
                "sc": "a",
                "fb": "1",
                "pg": "3",
                "dti": "2021-01-02T03:04",
                "dr": ["2020-01-02", "2020-01-05"],
                "other": "kept",
            },
        },
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
    {"do": "set", "type": "toggle", "key": "show", "value": False},
    [
        {
            "do": "query",
            "params": {
                "x": ["3", "4"],
                "xf": "0.255",
                "r": "4",
                "d": "2021-03-04",
                "c": "yes",
                "tg": "false",
                "s": "b",
                "ra": "x",
                "m": ["z"],
                "ss": "z",
                "ssr": ["c", "b"],
                "t": "",
                "ta": "",
                "n": "abc",
                "ni": "4.5",
                "cp": "red",
                "di": "2040-05-06",
                "ti": "3:45",
                "p": "z",
                "pm": ["a", "a"],
                "sc": "",
                "fb": "5",
                "pg": "30",
                "dti": "2021-01-02",
                "dr": ["2020-01-02"],
            },
        },
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
    {"do": "set", "type": "toggle", "key": "show", "value": False},
    [
        {
            "do": "query",
            "params": {
                "x": "3.0",
                "xf": "2",
                "r": ["1", "3", "5"],
                "c": "",
                "s": "C",
                "ra": "3",
                "pg": "0",
                "ni": "",
                "n": "",
                "m": "",
                "ti": "",
                "fb": "0",
                "dti": "2021-01-02T03:04:05",
                "d": "1583280000000000",
                "EMBED": "true",
            },
        },
        {"do": "set", "type": "toggle", "key": "show", "value": True},
    ],
    {"do": "set", "type": "toggle", "key": "show", "value": False},
]
