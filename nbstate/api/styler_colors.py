"""The background and text colours a pandas Styler gives each cell, for st.dataframe's grid.

Only ``background-color`` (or ``background``) and ``color`` are read, as Streamlit 1.67 shows
a Styler's colours; other CSS (fonts, borders) is not drawn.
"""

from __future__ import annotations

from typing import Any

#: CSS properties read, and the key each is stored under.
_PROPERTIES = {"background-color": "background", "background": "background", "color": "text"}


def styler_colors(styler: Any) -> dict[str, dict[str, list[str | None]]]:
    """Each styled column's colours by data row: ``{column: {"background": [...], "text":
    [...]}}`` (None where a cell has none); columns without colours are left out."""
    styler._compute()  # fills styler.ctx: {(row, column position): [(property, value)]}
    rows = len(styler.data)
    names = [str(c) for c in styler.data.columns]
    colors: dict[str, dict[str, list[str | None]]] = {}
    for (row, position), declarations in styler.ctx.items():
        for prop, value in declarations:
            key = _PROPERTIES.get(prop.strip().lower())
            if key is None or not str(value).strip():
                continue
            column = colors.setdefault(names[position], {})
            column.setdefault(key, [None] * rows)[row] = str(value).strip()
    return colors
