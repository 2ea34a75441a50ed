"""st.query_params: reading (item, attribute, get_all, to_dict, repeated keys, embed hidden)
and every way of writing, with the errors Streamlit raises."""

import streamlit as st

qp = st.query_params
st.write("to_dict", qp.to_dict())
st.write("tag", qp.get_all("tag"), "nope", qp.get_all("nope"), "embed", qp.get_all("embed"))
st.write("len", len(qp), "keys", sorted(qp), "tag in", "tag" in qp, "embed in", "embed" in qp)
st.write("item", qp["tag"] if "tag" in qp else None, "attr", qp.x if "x" in qp else None)
st.write("get", qp.get("nope", "default"), "str", str(qp) != "")

op = st.radio(
    "op",
    [
        "none",
        "set",
        "attr",
        "update",
        "pairs",
        "delete",
        "delattr",
        "clear",
        "from_dict",
        "from_pairs",
        "list",
        "number",
        "embed",
        "embed_upper",
        "dict",
        "missing_item",
        "missing_attr",
        "missing_del",
        "missing_delattr",
        "embed_item",
    ],
    key="op",
)


def error_kind(exc):
    for kind in (KeyError, AttributeError):
        if isinstance(exc, kind):
            return kind.__name__
    return "API error"


try:
    if op == "set":
        qp["a"] = "1"
    elif op == "attr":
        qp.b = "two"
    elif op == "update":
        qp.update({"c": "3"}, d=["x", "y"])
    elif op == "pairs":
        qp.update([("e", "1"), ("e", "2")])
    elif op == "delete":
        del qp["x"]
    elif op == "delattr":
        del qp.tag
    elif op == "clear":
        qp.clear()
    elif op == "from_dict":
        qp.from_dict({"only": "this", "many": ["1", "2"]})
    elif op == "from_pairs":
        qp.from_dict([("p", "1"), ("q", "2")])
    elif op == "list":
        qp["l"] = [1, 2.5, True]
    elif op == "number":
        qp["n"] = 7
    elif op == "embed":
        qp["embed"] = "false"
    elif op == "embed_upper":
        qp.update(EMBED_options="x")
    elif op == "dict":
        qp["d"] = {"a": 1}
    elif op == "missing_item":
        st.write(qp["nope"])
    elif op == "missing_attr":
        st.write(qp.nope)
    elif op == "missing_del":
        del qp["nope"]
    elif op == "missing_delattr":
        del qp.nope
    elif op == "embed_item":
        st.write(qp["embed"])
except Exception as exc:  # noqa: BLE001 - shown, to compare the errors
    st.write("error", error_kind(exc), str(exc))
st.write("after", qp.to_dict(), qp.get_all("d"), qp.get_all("e"), qp.get_all("many"))

INTERACTIONS = [
    {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1", "blank": ""}},
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "set"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "attr"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "update"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "pairs"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "delete"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "delattr"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "clear"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "from_dict"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "from_pairs"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "list"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "number"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "embed"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "embed_upper"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "dict"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "missing_item"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "missing_attr"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "missing_del"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "missing_delattr"},
    ],
    [
        {"do": "query", "params": {"tag": ["a", "b"], "embed": "true", "x": "1"}},
        {"do": "set", "type": "radio", "key": "op", "value": "embed_item"},
    ],
    {"do": "set", "type": "radio", "key": "op", "value": "none"},
]
