"""AppTest wrappers of display elements and containers, with Streamlit's testing attributes."""

from __future__ import annotations

import json
import re
from typing import Any

from .base import AppTestError, Block, TestElement

_HEADING_TAGS = {"title": "h1", "header": "h2", "subheader": "h3"}
_STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}
_DEFAULT_AVATARS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


class Markdown(TestElement):
    """st.markdown, st.caption, st.latex and st.divider: ``value`` is the Markdown source."""

    @property
    def allow_html(self) -> bool:
        """True when the script allowed raw HTML (``unsafe_allow_html=True``)."""
        return bool(self.proto.props.get("unsafe_allow_html"))

    @property
    def is_caption(self) -> bool:
        """True for st.caption."""
        return self.type == "caption"

    @property
    def help(self) -> str:
        """The tooltip ("" when none)."""
        return self.proto.props.get("help") or ""


class Latex(Markdown):
    """st.latex: ``value`` is the expression between ``$$`` lines, as in Streamlit."""

    @property
    def value(self) -> str:
        """The expression as Markdown math: ``"$$\\nx^2\\n$$"``."""
        return f"$$\n{self.proto.props['body']}\n$$"


class Divider(Markdown):
    """st.divider: ``value`` is ``"---"`` (Markdown's horizontal rule), as in Streamlit."""

    @property
    def value(self) -> str:
        """The Markdown of a horizontal rule."""
        return "---"


class Heading(Markdown):
    """st.title, st.header and st.subheader."""

    @property
    def tag(self) -> str:
        """The HTML tag: h1, h2 or h3."""
        return _HEADING_TAGS[self.type]

    @property
    def anchor(self) -> str | None:
        """The anchor the script gave, if any."""
        anchor = self.proto.props.get("anchor")
        return anchor if isinstance(anchor, str) else None

    @property
    def hide_anchor(self) -> bool:
        """True when the script passed ``anchor=False``."""
        return self.proto.props.get("anchor") is False

    @property
    def icon(self) -> str:
        """The heading's icon ("" when none)."""
        return self.proto.props.get("icon") or ""


class Text(TestElement):
    """st.text."""

    @property
    def help(self) -> str:
        """The tooltip ("" when none)."""
        return self.proto.props.get("help") or ""


class Code(TestElement):
    """st.code: ``value`` is the code, ``language`` its language."""

    @property
    def language(self) -> str:
        """The language used for highlighting."""
        return self.proto.props.get("language") or ""

    @property
    def show_line_numbers(self) -> bool:
        """True when line numbers are shown."""
        return bool(self.proto.props.get("line_numbers"))


class Json(TestElement):
    """st.json: ``value`` is the JSON text, as in Streamlit."""

    @property
    def value(self) -> str:
        """The JSON text of the object shown."""
        return json.dumps(self.proto.props.get("body"), default=str)

    @property
    def expanded(self) -> bool:
        """True when the tree starts expanded."""
        return bool(self.proto.props.get("expanded"))


class Alert(TestElement):
    """st.success, st.info, st.warning and st.error: ``value`` is the message."""

    @property
    def icon(self) -> str:
        """The alert's icon ("" when none)."""
        return self.proto.props.get("icon") or ""

    @property
    def title(self) -> str:
        """The alert's bold title ("" when none)."""
        return self.proto.props.get("title") or ""


class Toast(Alert):
    """st.toast, shown until the next run."""


class Metric(TestElement):
    """st.metric: ``value``, ``label``, ``delta`` and ``help`` as texts."""

    @property
    def label(self) -> str:
        """The metric's label."""
        return self.proto.props.get("label", "")

    @property
    def delta(self) -> str:
        """The change shown under the value ("" when none)."""
        return self.proto.props.get("delta") or ""

    @property
    def help(self) -> str:
        """The tooltip ("" when none)."""
        return self.proto.props.get("help") or ""


class Progress(TestElement):
    """st.progress: ``value`` is the percentage (0-100), ``text`` the label."""

    @property
    def value(self) -> int:
        """The progress as a whole percentage."""
        return round(self.proto.props["value"] * 100)

    @property
    def text(self) -> str:
        """The text shown with the bar."""
        return self.proto.props.get("body") or ""


class Html(TestElement):
    """st.html: ``value`` is the HTML inserted."""

    @property
    def value(self) -> str:
        """The HTML source."""
        return self.proto.props["html"]


class LinkButton(TestElement):
    """st.link_button: ``value`` is its label, ``url`` where it leads."""

    @property
    def value(self) -> str:
        """The button's label."""
        return self.proto.props["label"]

    @property
    def url(self) -> str:
        """The address the button opens."""
        return self.proto.props["url"]


#: Help types whose value is a signature (Streamlit's AppTest then gives the name as value).
_SIGNATURE_TYPES = frozenset(
    {
        "builtin_function_or_method", "class", "classmethod", "classmethod_descriptor",
        "function", "method", "method_descriptor", "staticmethod", "wrapper_descriptor",
    }
)  # fmt: skip
_QUALIFIED_CALL = re.compile(r"[\w.]+\.\w+\(.*\)(\s*->.*)?", re.DOTALL)


class Help(TestElement):
    """st.help (and st.write of a function, class or module): type ``"help_info"``, as in
    Streamlit; ``value`` is the object's name when what it shows is a signature."""

    @property
    def name(self) -> str:
        """The expression the script passed (``"math.sqrt"``), or ""."""
        return self.proto.props.get("name") or ""

    @property
    def doc_string(self) -> str:
        """The object's docstring ("" when it has none)."""
        return self.proto.props.get("doc_string") or ""

    @property
    def value(self) -> str:
        """The name for a callable, a class or a module-qualified ``module.name(...)``
        signature (or when nothing else is shown); else the value shown (a repr)."""
        raw = self.proto.props.get("value") or ""
        signature = self.proto.props.get("type") in _SIGNATURE_TYPES or bool(
            _QUALIFIED_CALL.fullmatch(raw)
        )
        return self.name if self.name and (not raw or signature) else raw


class ExceptionElement(TestElement):
    """An exception shown in the app: ``.type`` (class name), ``.value`` (message)."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = element.props["type"]

    @property
    def value(self) -> str:
        """The exception's message."""
        return self.proto.props["message"]

    @property
    def message(self) -> str:
        """The exception's message (same as `value`)."""
        return self.value

    @property
    def stack_trace(self) -> list[str]:
        """The traceback, as a list of lines."""
        return list(self.proto.props["stack_trace"])

    @property
    def is_warning(self) -> bool:
        """True for a warning shown as an exception (`CachedWidgetWarning`), as in Streamlit."""
        return bool(self.proto.props.get("is_warning"))

    @property
    def is_markdown(self) -> bool:
        """False: the message is plain text."""
        return False


class Container(Block):
    """st.container: its ``type`` is "flex_container", as in Streamlit 1.67."""

    def __init__(self, at: Any, element: Any) -> None:
        super().__init__(at, element)
        self.type = "flex_container"


class LabelledBlock(Block):
    """A container with a label: a tab, an expander."""

    @property
    def label(self) -> str:
        """The container's label."""
        return self.proto.props.get("label", "")


class Expander(LabelledBlock):
    """st.expander."""

    @property
    def icon(self) -> str:
        """The expander's icon ("" when none)."""
        return self.proto.props.get("icon") or ""


class Status(Expander):
    """st.status: ``state`` is "running", "complete" or "error"."""

    @property
    def state(self) -> str:
        """The status's state."""
        return self.proto.props["state"]

    @property
    def icon(self) -> str:
        """The icon of the state, named as in Streamlit ("spinner" while running)."""
        return _STATUS_ICONS.get(self.state, "")


class Tab(LabelledBlock):
    """One tab of st.tabs."""


class Column(Block):
    """One column of st.columns: ``weight`` is its share of the row's width."""

    @property
    def weight(self) -> float:
        """This column's width as a fraction of the row (the weights add up to 1)."""
        row = self._at._parent_of(self.proto)
        total = sum(c.props["weight"] for c in (row.children if row else [self.proto]) or ())
        return self.proto.props["weight"] / total

    @property
    def gap(self) -> str:
        """The space between the row's columns: "small", "medium" or "large"."""
        row = self._at._parent_of(self.proto)
        return (row.props.get("gap") if row else None) or ""


class ChatMessage(Block):
    """st.chat_message: ``name`` is who speaks, ``avatar`` the icon."""

    @property
    def name(self) -> str:
        """The name of the author ("user", "assistant"...)."""
        return self.proto.props["name"]

    @property
    def avatar(self) -> str:
        """The avatar the script gave, else "user" or "assistant" for those names (and
        "human", "ai"), else "" (the page then shows the name's initial), as in Streamlit."""
        given = self.proto.props.get("avatar_arg")
        if given:
            return given
        return _DEFAULT_AVATARS.get(self.name.lower(), "")


class PageLink(TestElement):
    """An `st.page_link`: read-only, its value is its label (switch with `at.switch_page`)."""

    @property
    def value(self) -> str:
        """The link's label (the page's title when no label was given)."""
        return str(self.proto.props["label"])

    @property
    def label(self) -> str:
        """The link's label."""
        return self.value

    @property
    def page(self) -> str:
        """The page's URL path, or the external URL."""
        return str(self.proto.props["page"])

    @property
    def icon(self) -> str:
        """The link's icon ("" for none)."""
        return str(self.proto.props.get("icon") or "")

    @property
    def help(self) -> str:
        """The link's tooltip ("" for none)."""
        return str(self.proto.props.get("help") or "")

    @property
    def disabled(self) -> bool:
        """True for a disabled link."""
        return bool(self.proto.props.get("disabled"))

    def click(self) -> None:
        """Not supported, as in Streamlit: switch pages with ``at.switch_page``."""
        raise AppTestError(
            "click() is not supported for page_link. "
            "Switch pages with AppTest.switch_page(page_path)."
        )

    def set_value(self, value: object) -> None:
        """Not supported, as in Streamlit: a page link holds no value."""
        raise AppTestError(
            "set_value() is not supported for page_link. "
            "Switch pages with AppTest.switch_page(page_path)."
        )
