"""The view of st.container: a box laid out as its parameters ask (a row, gaps, alignment)."""

from __future__ import annotations

from typing import Any

from ..container_options import flex_layout
from .layout import BoxView
from .registry import shows


@shows("container", wrapper="Container")
class ContainerView(BoxView):
    """st.container: a VBox, or a wrapping row with ``horizontal=True``."""

    def layout_traits(self, props: dict[str, Any]) -> dict[str, Any]:
        traits = super().layout_traits(props)
        traits.update(flex_layout(props))
        return traits
