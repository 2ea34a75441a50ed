"""Feedback that needs no answer: st.status, st.toast, st.balloons and st.snow."""

from __future__ import annotations

from typing import Any

from ..errors import NbStateValueError
from ..layout import Container, ElementHandle, add_element
from ..run_context import SLOT, current_context
from ..tree import Element
from .sizes import check_width

_STATE_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


class StatusContainer(Container):
    """The container `st.status` returns; `update()` changes its label, state or expansion."""

    def update(
        self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None
    ) -> None:
        """Change the status label, state ("running", "complete", "error") or expansion."""
        props = dict(self._element.props)  # type: ignore[union-attr]
        if label is not None:
            props["label"] = str(label)
        if expanded is not None:
            props["expanded"] = bool(expanded)
        if state is not None:
            props["state"] = state
        props["title"] = f"{_STATE_ICONS.get(props['state'], '')} {props['label']}".strip()
        self._element.props = props  # type: ignore[union-attr]
        current_context().flush()

    def __exit__(self, *exc_info: Any) -> None:
        super().__exit__(*exc_info)
        if self._element.props.get("state") == "running":  # type: ignore[union-attr]
            self.update(state="error" if exc_info[0] else "complete")


def status(
    label: str,
    *,
    expanded: bool = False,
    state: str = "running",
    type: str = "default",
    width: Any = "stretch",
) -> Any:
    """A collapsible box that shows the progress of a long task: "running" while its
    ``with`` block runs, then "complete" (or "error" if the block raised)."""
    ctx = current_context()
    if type not in ("default", "compact", "step"):
        raise NbStateValueError(
            "Invalid `type` value. Supported values: 'default', 'compact', 'step'."
        )
    props = {
        "label": str(label),
        "expanded": bool(expanded),
        "state": state,
        "title": f"{_STATE_ICONS.get(state, '')} {label}".strip(),
        "type": type,
        "width": check_width(width),
    }
    element = ctx.add(Element("status", props, children=[]))
    ctx.flush()
    return StatusContainer(ctx, element)


def toast(body: str, *, icon: str | None = None, duration: Any = "short") -> ElementHandle:
    """Show a short message at the top of the app area, until the next run.

    Returns its handle: ``msg.toast("Ready!")`` replaces the message.
    """
    ctx = current_context()
    element = Element("toast", {"body": str(body), "icon": icon or ""})
    if ctx.container.kind == SLOT:  # called on a handle: in that element's place
        handle = add_element(element)
    else:
        with ctx.inside(ctx.callback_area):
            handle = add_element(element)
    ctx.flush()
    return handle


def balloons() -> ElementHandle:
    """Celebrate (a notebook shows a small 🎈 message)."""
    return toast("Hooray!", icon="🎈")


def snow() -> ElementHandle:
    """Celebrate in winter (a notebook shows a small ❄️ message)."""
    return toast("Let it snow!", icon="❄️")
