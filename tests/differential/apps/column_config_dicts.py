"""st.column_config: every column type returns Streamlit 1.67's dict (issue 18)."""

import datetime as dt

import streamlit as st

cc = st.column_config
configs = {
    "column": cc.Column("C", width="small", help="h", disabled=True, required=True, pinned=True),
    "text": cc.TextColumn("T", default="d", max_chars=5, validate="^a", alignment="center"),
    "number": cc.NumberColumn("N", format="$%.2f", min_value=0, max_value=9, step=0.5, default=1),
    "checkbox": cc.CheckboxColumn("B", default=True),
    "selectbox": cc.SelectboxColumn("S", options=["a", "b"], default="a"),
    "selectbox_fmt": cc.SelectboxColumn(options=[1, 2], format_func=lambda o: f"#{o}"),
    "multiselect": cc.MultiselectColumn(
        "M", options=["x", "y", "z"], color=["red", "blue"], format_func=str.upper, default=["x"]
    ),
    "multiselect_one_color": cc.MultiselectColumn(options=["x"], color="green"),
    "datetime": cc.DatetimeColumn(
        min_value=dt.datetime(2020, 1, 2, 3, 4),
        step=dt.timedelta(minutes=5),
        timezone="UTC",
        format="iso8601",
        default=dt.datetime(2021, 1, 1),
    ),
    "date": cc.DateColumn(min_value=dt.date(2020, 1, 1), max_value=dt.date(2021, 1, 1), step=2),
    "time": cc.TimeColumn(default=dt.time(1, 2), step=60, format="localized"),
    "list": cc.ListColumn("L", default=("a", "b")),
    "link": cc.LinkColumn(display_text="Open", validate="^https://"),
    "link_icon": cc.LinkColumn(display_text=":material/search:"),
    "image": cc.ImageColumn("I", width=120),
    "audio": cc.AudioColumn(),
    "video": cc.VideoColumn(alignment="right"),
    "line": cc.LineChartColumn(y_min=0, y_max=10, color="#ff0000"),
    "bar": cc.BarChartColumn(color="auto-inverse"),
    "area": cc.AreaChartColumn(color="rgb(1, 2, 3)"),
    "progress": cc.ProgressColumn(format="percent", min_value=0, max_value=1, color="primary"),
    "json": cc.JsonColumn("J"),
    "markdown": cc.MarkdownColumn(default="**m**"),
    "button": cc.ButtonColumn("Go", type="primary"),
}
for name, config in configs.items():
    st.write(name, config)
for bad in (
    lambda: cc.BarChartColumn(color="pink"),
    lambda: cc.ProgressColumn(color="nope"),
    lambda: cc.ButtonColumn(on_click=print),
):
    try:
        bad()
    except Exception as exc:  # noqa: BLE001
        st.write(type(exc).__name__.replace("Streamlit", "").replace("NbState", ""), str(exc))

INTERACTIONS = []
