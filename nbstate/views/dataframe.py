"""The views of `st.dataframe`: an ipydatagrid (sortable, resizable, every row by scrolling);
with ``on_select`` a widget whose selections are the app's selection state.

ipydatagrid is an optional extra (``pip install 'nbstate[data]'``); without it a dataframe
is shown as a static HTML table of its first 1,000 rows, and cannot be selected.
"""

from __future__ import annotations

import json
import math
from typing import Any

import ipywidgets as W

from ..tree import Element
from .base import View, WidgetView, close_widget, set_traits
from .cell_text import FALLING, THEME_COLORS, cell_color
from .datagrid import (
    DEFAULT_ROW_HEIGHT,
    GridPlan,
    grid_height,
    grid_selection_mode,
    grid_width,
    plan_grid,
    rects_from_selection,
    selection_from_rects,
)
from .registry import shows


def has_datagrid() -> bool:
    """True when ipydatagrid is installed."""
    try:
        import ipydatagrid  # noqa: F401
    except ImportError:
        return False
    return True


#: Streamlit's cell text: 14px Source Sans (a canvas font, so no CSS variable).
CELL_FONT = "14px 'Source Sans Pro', 'Source Sans 3', sans-serif"


def grid_renderers(plan: GridPlan, missing: str) -> tuple[Any, dict[str, Any]]:
    """The default renderer (missing values shown as `missing`) and the renderers of the
    columns drawn otherwise: right-aligned numbers with their formats, links, images,
    checkmarks, progress bars and coloured sparklines; a column with Styler colours gets a
    renderer of its own carrying them."""
    from ipydatagrid import TextRenderer

    default = TextRenderer(missing=missing, font=CELL_FONT)
    made: dict[Any, Any] = {}
    renderers = {}
    for label, how in plan.renderers.items():
        if label in plan.cell_colors:
            continue
        if how not in made:
            made[how] = _renderer(how, missing)
        renderers[label] = made[how]
    for label, (background, text) in plan.cell_colors.items():
        renderer = _renderer(plan.renderers.get(label, ("text", None)), missing)
        if background is not None:
            renderer.background_color = _by_row(background)
        if text is not None:
            renderer.text_color = _by_row(text)
        renderers[label] = renderer
    return default, renderers


def _by_row(colors: list[str | None]) -> Any:
    """A VegaExpr picking each cell's colour by its data row (ipydatagrid's hidden
    ``ipydguuid`` column, so sorting in the page keeps the colours on their rows); the
    renderer's default where there is none."""
    from ipydatagrid import VegaExpr

    listed = json.dumps(colors)
    return VegaExpr(f"{listed}[cell.metadata.data['ipydguuid']] || default_value")


def _renderer(how: tuple[str, Any], missing: str) -> Any:
    from ipydatagrid import HyperlinkRenderer, ImageRenderer, TextRenderer, VegaExpr

    kind, option = how
    if kind == "link":
        plain = isinstance(option, str) and option and not any(c in option for c in "()[]*+?^$\\")
        name = repr(option) if plain else "cell.value"
        return HyperlinkRenderer(url=VegaExpr("cell.value"), url_name=VegaExpr(name))
    if kind == "image":
        return ImageRenderer()
    if kind == "text":
        return TextRenderer(missing=missing, font=CELL_FONT)
    if kind == "progress":
        return progress_renderer(option, missing)
    if kind == "sparkline":
        return TextRenderer(text_color=sparkline_color(option), missing="", font=CELL_FONT)
    if kind == "checkbox":
        return TextRenderer(
            text_value=VegaExpr("cell.value ? '\u2611' : '\u2610'"),
            horizontal_alignment="center",
            missing=missing,
            font=CELL_FONT,
        )
    options: dict[str, Any] = {
        "horizontal_alignment": "right",
        "missing": missing,
        "font": CELL_FONT,
    }
    if option is not None:
        prefix, spec, suffix = option
        if prefix or suffix:
            options["text_value"] = VegaExpr(
                f"{prefix!r} + format(cell.value, {spec!r}) + {suffix!r}"
            )
        else:
            options["format"] = spec
    return TextRenderer(**options)


def _translucent(color: str) -> str:
    """A hex colour at half opacity (so a cell's text stays legible over its bar)."""
    if color.startswith("#") and len(color) in (4, 7):
        digits = color[1:] if len(color) == 7 else "".join(c * 2 for c in color[1:])
        r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
        return f"rgba({r}, {g}, {b}, 0.5)"
    return color


def progress_renderer(option: tuple[Any, ...], missing: str) -> Any:
    """A ProgressColumn's cells: ipydatagrid's BarRenderer filling the cell's share between
    min and max (values outside are clamped) under the formatted value, right-aligned; bad
    min/max show Streamlit's "Invalid min/max parameters" in each cell."""
    from ipydatagrid import BarRenderer, TextRenderer, VegaExpr

    low, high, fmt, color = option
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (low, high))
    if not numbers or math.isnan(low) or math.isnan(high) or low >= high:
        return TextRenderer(
            text_value=VegaExpr("isValid(cell.value) ? 'Invalid min/max parameters' : ''"),
            text_color=THEME_COLORS["red"],
            font=CELL_FONT,
            missing="",
        )
    share = f"clamp((cell.value - {low!r}) / {high - low!r}, 0, 1)"
    if color in ("auto", "auto-inverse"):
        up, down = THEME_COLORS["green"], THEME_COLORS["red"]
        if color == "auto-inverse":
            up, down = down, up
        bar_color: Any = VegaExpr(f"{share} > 0.5 ? {_translucent(up)!r} : {_translucent(down)!r}")
    else:
        bar_color = _translucent(cell_color(color) or THEME_COLORS["primary"])
    prefix, spec, suffix = fmt or ("", "", "")
    text = f"{prefix!r} + format(cell.value, {spec!r}) + {suffix!r}"
    return BarRenderer(
        bar_value=VegaExpr(f"isValid(cell.value) ? {share} : 0"),
        bar_color=bar_color,
        text_value=VegaExpr(f"isValid(cell.value) ? {text} : ''"),
        horizontal_alignment="right",
        font=CELL_FONT,
        missing="",
    )


def sparkline_color(color: Any) -> Any:
    """The text colour of a chart column's sparklines: its colour (the primary colour by
    default); "auto" green, red for a series marked falling (see `cell_text.sparkline`)."""
    from ipydatagrid import VegaExpr

    if color in ("auto", "auto-inverse"):
        red, green = THEME_COLORS["red"], THEME_COLORS["green"]
        return VegaExpr(f"indexof(cell.value, '{FALLING}') >= 0 ? {red!r} : {green!r}")
    return cell_color(color) or THEME_COLORS["primary"]


#: Frames with more rows than this are shown by ipydatagrid's StreamingDataGrid, which sends
#: only the rows the page shows (and sorts in the kernel); smaller ones are sent whole, so
#: that they scroll and sort in the page without the kernel.
STREAM_ROWS = 20_000


def streams(element: Element) -> bool:
    """True when `element`'s frame is large enough to be streamed to the page."""
    return element.data is not None and len(element.data) > STREAM_ROWS


def _skip_requests_in_cell_handler(grid: Any) -> None:
    """Keep the page's row requests away from DataGrid's cell-event handler, which expects an
    ``event_type`` in every custom message (and would log a KeyError for each request)."""
    handler = grid._DataGrid__handle_custom_msg
    grid.on_msg(handler, remove=True)
    grid.on_msg(
        lambda widget, content, buffers: (
            handler(widget, content, buffers)
            if isinstance(content, dict) and "event_type" in content
            else None
        )
    )


def missing_text(props: dict[str, Any]) -> str:
    """What a missing value shows: the placeholder, else "None" (as in Streamlit)."""
    placeholder = props.get("placeholder")
    return "None" if placeholder is None else str(placeholder)


class _GridView(View):
    """Shows a frame in an ipydatagrid (or, without ipydatagrid, as static HTML)."""

    def build(self, element: Element) -> W.Widget:
        self._grid_key: Any = None
        self._renderer_widgets: list[W.Widget] = []
        self.plan: GridPlan | None = None
        if not has_datagrid():
            return W.HTML(_dom_classes=("nbstate-element", "nbstate-dataframe"))
        from ipydatagrid import DataGrid, StreamingDataGrid

        self.plan = plan = plan_grid(element.data, element.props)
        if streams(element):
            plan.cell_colors = {}  # a streamed slice's ipydguuid counts from the slice
        default, renderers = grid_renderers(plan, missing_text(element.props))
        self._renderer_widgets = [default, *dict.fromkeys(renderers.values())]
        self._grid_key = self._key(element)
        grid_class = StreamingDataGrid if streams(element) else DataGrid
        grid = grid_class(
            plan.frame,
            _dom_classes=("nbstate-element", "nbstate-dataframe"),
            layout=W.Layout(),
            default_renderer=default,
            renderers=renderers,
            column_widths=plan.widths,
            header_visibility="column" if plan.index_hidden else "all",
        )
        if isinstance(grid, StreamingDataGrid):
            _skip_requests_in_cell_handler(grid)
        return grid

    @staticmethod
    def variant_of(element: Element) -> Any:
        return (element.kind, streams(element))

    @staticmethod
    def _key(element: Element) -> tuple[Any, ...]:
        props = element.props
        return (
            props["digest"],
            repr(props["columns"]),
            props["column_order"],
            props.get("placeholder"),
            repr(props.get("cell_colors")),
        )

    def _show_frame(self, element: Element) -> None:
        """Send the frame, its renderers and column widths (only when they changed)."""
        self.plan = plan = plan_grid(element.data, element.props)
        if streams(element):
            plan.cell_colors = {}  # a streamed slice's ipydguuid counts from the slice
        default, renderers = grid_renderers(plan, missing_text(element.props))
        old = self._renderer_widgets
        with self.widget.hold_sync():
            self.widget.data = plan.frame
            if streams(element):
                self.widget.tick()  # the page asks for the rows it shows again
            self.widget.default_renderer = default
            self.widget.renderers = renderers
            self.widget.column_widths = plan.widths
            self.widget.header_visibility = "column" if plan.index_hidden else "all"
        self._renderer_widgets = [default, *dict.fromkeys(renderers.values())]
        for renderer in old:
            close_widget(renderer)

    def _grid_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {
            "base_row_size": props.get("row_height") or DEFAULT_ROW_HEIGHT,
            "base_column_header_size": DEFAULT_ROW_HEIGHT,
            "base_column_size": 100,
            "selection_mode": grid_selection_mode(props.get("selection_mode") or ()),
        }

    def traits(self, props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def show(self, element: Element) -> None:
        if not isinstance(self.widget, W.HTML):
            key = self._key(element)
            if key != self._grid_key:
                self._show_frame(element)
                self._grid_key = key
            set_traits(self.widget, self._grid_traits(element.props))
            rows = len(element.data)
            layout = {
                "height": grid_height(element.props, rows),
                "width": grid_width(element.props),
            }
            set_traits(self.widget.layout, layout)
        else:  # no ipydatagrid: static HTML
            from ..markup import element_html

            html = element.data.to_html(max_rows=1000)
            set_traits(self.widget, {"value": element_html("dataframe", {"html": html})})
        self.props = element.props

    def close(self) -> None:
        for renderer in self._renderer_widgets:
            close_widget(renderer)
        super().close()


@shows("dataframe", wrapper="Dataframe")
class DataframeView(_GridView):
    """st.dataframe without ``on_select``: a read-only grid."""


class SelectableDataframeView(_GridView, WidgetView):
    """st.dataframe with ``on_select``: the grid's selections are the widget's value."""

    value_trait = "selections"
    compare_with_shown = False

    def accepts_custom(self, content: Any) -> bool:
        return isinstance(content, dict)  # ipydatagrid's own events (cell clicks)

    def _columns_and_rows(self) -> tuple[list[str], int, list[int] | None]:
        element = self.element
        columns = self.plan.columns if self.plan is not None else []
        visible = list(getattr(self.widget, "_visible_rows", None) or []) or None
        transformed = getattr(self.widget, "_transformed_data", None)
        if transformed is not None and self.plan is not None and self.plan.frame.index.is_unique:
            # A streaming grid sorts in the kernel: view row r shows this data position.
            visible = [int(i) for i in self.plan.frame.index.get_indexer(transformed.index)]
        return columns, len(element.data), visible

    def from_widget(self, value: Any) -> Any:
        from ..api.dataframe import validate_selection

        columns, rows, visible = self._columns_and_rows()
        modes = tuple(self.element.props.get("selection_mode") or ())
        state = selection_from_rects(list(value or []), modes, columns, rows, visible)
        all_columns = [str(c) for c in self.element.data.columns]
        return validate_selection(state, rows, all_columns, frozenset(modes))

    def to_widget(self, value: Any) -> Any:
        columns, rows, visible = self._columns_and_rows()
        return rects_from_selection(value, columns, rows, visible)

    def show(self, element: Element) -> None:
        self.element = element
        super().show(element)
        if self.plan is not None:
            rects = self.to_widget(element.props.get("value"))
            if list(self.widget.selections) != rects:
                self.widget.selections = rects
