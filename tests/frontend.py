"""A minimal Jupyter widget frontend, driven through jupyter_client.

Integration tests use :class:`KernelFrontend` to talk to a real ipykernel exactly the way
JupyterLab 4 with ``@jupyter-widgets/jupyterlab-manager`` 8 does, and to assert on what a
user would see. Only the parts of the frontend that decide *what is shown* are emulated:

* **Cells.** ``execute`` sends an ``execute_request`` like a notebook cell (``cellId`` in the
  request metadata). As in JupyterLab, a cell's output area keeps listening to its request
  after ``idle``: anything the kernel later sends with that parent (a background thread, a
  rerun that re-parents itself to the cell) still lands in that :class:`ExecResult`, until
  the same ``cell_id`` is executed again.
* **Routing.** Output messages are routed like ``@jupyterlab/services``: by parent msg_id to
  the live request ("future") that sent it; ``display_id`` updates go to every live output
  area that showed that display. A comm message from the page (a slider move) is a
  request whose future dies at its ``idle``; output parented to it is never shown anywhere
  (JupyterLab only logs it). Such messages are kept in :attr:`KernelFrontend.unrouted` so a
  test can assert that nothing was lost.
* **Widget models.** :class:`WidgetMirror` is the widget manager: ``comm_open`` on target
  ``jupyter.widget`` creates a model, ``update``/``echo_update`` merge state (with
  ``buffer_paths``), ``comm_close`` removes it. Output widgets capture messages whose
  parent is their ``msg_id`` (a message hook on a *live* future, as in JupyterLab) and sync
  the captured ``outputs`` back to the kernel. Comms on other targets are closed, as
  JupyterLab does when no frontend extension claims the target.
* **Browser events.** ``set_value``/``set_state``/``click`` send the same ``comm_msg`` the
  browser sends, with ipywidgets' throttle (one update in flight per model, later changes
  merged and sent on ``idle``) and its echo filtering.

Queries (``find``, ``model``, ``descendants``, ``text``) read the mirror in page order.
Counters in :attr:`KernelFrontend.counts` (a :class:`collections.Counter`) count the comm
traffic; ``kernel.counts - before`` gives the traffic since a snapshot.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO_ROOT = Path(__file__).resolve().parent.parent

WIDGET_TARGET = "jupyter.widget"
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"
MODEL_PREFIX = "IPY_MODEL_"
#: What JupyterLab's widget renderer shows for a view whose model does not exist.
MISSING_MODEL_TEXT = "Error displaying widget: model not found"

# iopub message types that produce or change output in an output area.
OUTPUT_MSG_TYPES = frozenset(
    {"stream", "display_data", "execute_result", "error", "clear_output", "update_display_data"}
)

# JupyterLab's default renderer ranks (lower wins); mime types with no text render as nothing.
MIME_RANK = (
    WIDGET_VIEW_MIME,
    "text/html",
    "text/markdown",
    "text/latex",
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/bmp",
    "image/webp",
    "application/pdf",
    "application/javascript",
    "text/plain",
)

_KERNEL_NAME = "python3-under-test"
#: Run at kernel start: no high-water mark on the kernel's iopub socket, so that zmq queues
#: instead of dropping messages when this frontend reads slowly (set on the IOPub thread,
#: which owns the socket; libzmq applies it to the existing connection).
_UNLIMITED_IOPUB = (
    "import zmq as _z; from ipykernel.kernelapp import IPKernelApp as _a; "
    "_t = _a.instance().iopub_thread; "
    "_t.schedule(lambda s=_t.socket, o=_z.SNDHWM: s.setsockopt(o, 0)); del _z, _a, _t"
)
#: What a settle request runs: nothing, or, when nbstate is loaded, an await until no app has
#: a run scheduled or in progress (events that arrive during a run are folded into a run that
#: starts a few event-loop turns later, after the kernel reported idle).
SETTLE_CODE = (
    "import sys as _nbs_sys\n"
    "if 'nbstate.runner' in _nbs_sys.modules:\n"
    "    await _nbs_sys.modules['nbstate.runner'].settled()"
)
_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class FrontendTimeout(AssertionError):
    """Something the test waited for did not happen in time."""


class KernelDied(AssertionError):
    """The kernel process exited while the frontend was waiting on it."""


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    _BLOCK = frozenset(
        "address article aside blockquote dd details div dl dt fieldset figcaption figure "
        "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
        "tbody thead tfoot tr ul".split()
    )
    _CELL = frozenset({"td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._hidden += 1
        elif tag in self._BLOCK or tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")
        elif tag in self._CELL:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def strip_html(html: str) -> str:
    """Return the visible text of an HTML fragment: tags dropped, entities decoded,
    whitespace collapsed as a browser would, one line per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def strip_ansi(text: str) -> str:
    """Remove ANSI escape sequences (colours in tracebacks)."""
    return _ANSI_RE.sub("", text)


def markdown_text(source: str) -> str:
    """Visible text of a markdown document (rendered with markdown-it-py when installed)."""
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - markdown-it-py is an nbstate dependency
        return source.strip()
    return strip_html(MarkdownIt("commonmark").enable("table").render(source))


def _remove_overwritten(text: str) -> str:
    # Terminal semantics JupyterLab applies to streams: "\b" deletes, "\r" rewinds the line.
    while "\b" in text:
        new = re.sub(r"[^\n\b]\x08", "", text, count=1)
        if new == text:
            text = text.replace("\b", "")
            break
        text = new
    lines = []
    for line in re.sub(r"\r+\n", "\n", text).split("\n"):
        chunks = line.split("\r")
        trailing = len(chunks) > 1 and chunks[-1] == ""  # kept: the next write rewinds
        shown = ""
        for chunk in chunks[:-1] if trailing else chunks:
            shown = chunk + shown[len(chunk) :]
        lines.append(shown + ("\r" if trailing else ""))
    return "\n".join(lines)


def model_id(ref: str) -> str:
    """Normalise a widget reference (``"IPY_MODEL_<id>"`` or ``"<id>"``) to the bare id."""
    return ref[len(MODEL_PREFIX) :] if ref.startswith(MODEL_PREFIX) else ref


def _put_buffers(
    state: dict[str, Any], paths: Sequence[Sequence[Any]], buffers: Sequence[Any]
) -> None:
    for path, buf in zip(paths, buffers, strict=False):
        obj: Any = state
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = bytes(buf)


def _remove_buffers(state: dict[str, Any]) -> tuple[dict[str, Any], list[list[Any]], list[bytes]]:
    paths: list[list[Any]] = []
    buffers: list[bytes] = []

    def walk(obj: Any, path: list[Any]) -> Any:
        if isinstance(obj, bytes | bytearray | memoryview):
            paths.append(path)
            buffers.append(bytes(obj))
            return None
        if isinstance(obj, dict):
            return {k: walk(v, [*path, k]) for k, v in obj.items()}
        if isinstance(obj, list | tuple):
            return [walk(v, [*path, i]) for i, v in enumerate(obj)]
        return obj

    return walk(state, []), paths, buffers


def _to_output(msg: dict[str, Any]) -> dict[str, Any]:
    """nbformat output dict for an output message (what JupyterLab stores in its model)."""
    msg_type = msg["header"]["msg_type"]
    content = msg["content"]
    if msg_type == "stream":
        return {"output_type": "stream", "name": content["name"], "text": content["text"]}
    if msg_type == "error":
        return {
            "output_type": "error",
            "ename": content.get("ename", ""),
            "evalue": content.get("evalue", ""),
            "traceback": list(content.get("traceback", [])),
        }
    output = {
        "output_type": "display_data" if msg_type == "update_display_data" else msg_type,
        "data": dict(content.get("data", {})),
        "metadata": dict(content.get("metadata", {})),
    }
    if msg_type == "execute_result":
        output["execution_count"] = content.get("execution_count")
    return output


def _display_id(msg: dict[str, Any]) -> str | None:
    return (msg["content"].get("transient") or {}).get("display_id")


def _summarize(msg: dict[str, Any], width: int = 200) -> str:
    parent = msg.get("parent_header") or {}
    content = json.dumps(msg.get("content"), default=str)
    if len(content) > width:
        content = content[:width] + "..."
    return (
        f"{msg['header']['msg_type']:<20} parent={parent.get('msg_type', '-')}:"
        f"{str(parent.get('msg_id', '-'))[-10:]} {content}"
    )


# --------------------------------------------------------------------------------------
# Output areas
# --------------------------------------------------------------------------------------


class OutputArea:
    """A list of nbformat outputs maintained like JupyterLab's ``OutputAreaModel``.

    Consecutive streams of the same name are merged, ``clear_output(wait=True)`` clears on
    the next output, and ``update_display_data`` replaces the outputs with that display id.
    """

    def __init__(self, outputs: Iterable[dict[str, Any]] = ()) -> None:
        self.outputs: list[dict[str, Any]] = []
        self._clear_next = False
        self._display_ids: dict[str, list[int]] = {}
        for output in outputs:
            self.add(dict(output))

    def add(self, output: dict[str, Any], display_id: str | None = None) -> None:
        """Append an output (merging it into a preceding stream of the same name)."""
        if self._clear_next:
            self.clear()
        if output["output_type"] == "stream":
            last = self.outputs[-1] if self.outputs else None
            if last and last["output_type"] == "stream" and last["name"] == output["name"]:
                text = _remove_overwritten(last["text"] + output["text"])
                self.outputs[-1] = {**last, "text": text}
                return
            output = {**output, "text": _remove_overwritten(output["text"])}
        self.outputs.append(output)
        if display_id:
            self._display_ids.setdefault(display_id, []).append(len(self.outputs) - 1)

    def clear(self, wait: bool = False) -> None:
        """Clear the outputs now, or (``wait=True``) when the next output arrives."""
        if wait:
            self._clear_next = True
            return
        self.outputs.clear()
        self._display_ids.clear()
        self._clear_next = False

    def update_display(self, display_id: str, output: dict[str, Any]) -> None:
        """Replace every output shown with ``display_id``."""
        for index in self._display_ids.get(display_id, []):
            self.outputs[index] = dict(output)

    def handle(self, msg: dict[str, Any]) -> None:
        """Apply an iopub message the way JupyterLab's ``OutputArea._onIOPub`` does."""
        msg_type = msg["header"]["msg_type"]
        if msg_type in ("stream", "display_data", "execute_result", "error"):
            self.add(_to_output(msg), _display_id(msg))
        elif msg_type == "clear_output":
            self.clear(bool(msg["content"].get("wait")))
        elif msg_type == "update_display_data":
            display_id = _display_id(msg)
            if display_id:
                self.update_display(display_id, _to_output(msg))


class ExecResult(OutputArea):
    """The output area of one executed cell, plus its reply.

    The object is live: it keeps receiving output sent with this request as parent until
    the same cell is executed again (like a JupyterLab cell). ``outputs`` holds nbformat
    output dicts; ``messages`` every iopub message whose parent is this request.
    """

    def __init__(self, msg_id: str, code: str, cell_id: str | None) -> None:
        super().__init__()
        self.msg_id = msg_id
        self.code = code
        self.cell_id = cell_id
        self.reply: dict[str, Any] | None = None
        self.messages: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return (
            f"<ExecResult cell_id={self.cell_id!r} status={self.status!r} "
            f"outputs={len(self.outputs)} error={self.error and self.error['ename']!r}>"
        )

    @property
    def status(self) -> str | None:
        """``"ok"``, ``"error"`` or ``"aborted"`` from the execute_reply (None before it)."""
        return self.reply.get("status") if self.reply else None

    @property
    def ok(self) -> bool:
        """True when the reply is ``ok`` and no error output is shown."""
        return self.status == "ok" and self.error is None

    @property
    def execution_count(self) -> int | None:
        """The execution count from the reply."""
        return self.reply.get("execution_count") if self.reply else None

    def _stream(self, name: str) -> str:
        return "".join(
            o["text"] for o in self.outputs if o["output_type"] == "stream" and o["name"] == name
        )

    @property
    def stdout(self) -> str:
        """Text of the stdout streams shown in the cell."""
        return self._stream("stdout")

    @property
    def stderr(self) -> str:
        """Text of the stderr streams shown in the cell."""
        return self._stream("stderr")

    @property
    def displays(self) -> list[dict[str, Any]]:
        """The display_data / execute_result outputs shown in the cell."""
        return [o for o in self.outputs if o["output_type"] in ("display_data", "execute_result")]

    @property
    def model_ids(self) -> list[str]:
        """Model ids of the widget views shown directly in the cell, in order."""
        return [
            d["data"][WIDGET_VIEW_MIME]["model_id"]
            for d in self.displays
            if WIDGET_VIEW_MIME in d["data"]
        ]

    @property
    def error(self) -> dict[str, Any] | None:
        """``{"ename", "evalue", "traceback"}`` of the first error shown, else of the reply."""
        for output in self.outputs:
            if output["output_type"] == "error":
                return {k: output[k] for k in ("ename", "evalue", "traceback")}
        if self.reply and self.reply.get("status") == "error":
            return {k: self.reply.get(k) for k in ("ename", "evalue", "traceback")}
        return None

    def raise_for_error(self) -> ExecResult:
        """Raise an AssertionError showing the traceback if the cell failed; return self."""
        error = self.error
        if error is not None or self.status not in ("ok", None):
            tb = strip_ansi("\n".join(error["traceback"] or [])) if error else ""
            raise AssertionError(
                f"cell {self.cell_id!r} failed ({self.status}):\n{self.code}\n---\n{tb}"
            )
        return self


class _Future:
    """A request the frontend sent and still listens to (``KernelFutureHandler``)."""

    __slots__ = (
        "msg_id",
        "expect_reply",
        "dispose_on_done",
        "area",
        "on_status",
        "hooks",
        "got_idle",
        "got_reply",
        "done",
        "what",
    )

    def __init__(
        self,
        msg_id: str,
        what: str,
        *,
        expect_reply: bool,
        dispose_on_done: bool,
        area: ExecResult | None = None,
        on_status: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.msg_id = msg_id
        self.what = what
        self.expect_reply = expect_reply
        self.dispose_on_done = dispose_on_done
        self.area = area
        self.on_status = on_status
        self.hooks: list[Callable[[dict[str, Any]], bool]] = []
        self.got_idle = False
        self.got_reply = False
        self.done = False


# --------------------------------------------------------------------------------------
# Widget manager
# --------------------------------------------------------------------------------------


class WidgetMirror:
    """The widget models a frontend holds, kept in sync from comm messages.

    ``models`` maps model id (= comm id) to the state dict the kernel sent, e.g.
    ``_model_name``, ``_dom_classes``, ``children`` (``"IPY_MODEL_<id>"`` strings),
    ``value``, ``description``, ``outputs``. Binary buffers are stored as ``bytes``.
    """

    def __init__(self, frontend: KernelFrontend, counts: Counter[str]) -> None:
        self._frontend = frontend
        self.counts = counts
        self.models: dict[str, dict[str, Any]] = {}
        #: Last state of models the kernel closed, for diagnostics.
        self.closed: dict[str, dict[str, Any]] = {}
        #: ``(model_id, content)`` of custom messages the kernel sent to widget models.
        self.custom_messages: list[tuple[str, Any]] = []
        #: Model ids changed since a test last cleared this set.
        self.dirty: set[str] = set()
        #: Called with a model id after each change to that model.
        self.listeners: list[Callable[[str], None]] = []
        self._areas: dict[str, OutputArea] = {}
        self._hooks: dict[str, tuple[str, Callable[[dict[str, Any]], bool]]] = {}
        self._pending: Counter[str] = Counter()
        self._buffered: dict[str, dict[str, Any]] = {}
        self._expected_echo: dict[tuple[str, str], str] = {}

    # -- kernel -> frontend -----------------------------------------------------------

    def handle(self, msg: dict[str, Any]) -> None:
        """Apply a kernel ``comm_open`` / ``comm_msg`` / ``comm_close`` iopub message."""
        msg_type = msg["header"]["msg_type"]
        content = msg["content"]
        comm_id = content.get("comm_id", "")
        self.counts[msg_type] += 1
        if msg_type == "comm_open":
            if content.get("target_name") != WIDGET_TARGET:
                self.counts["comm_open:other"] += 1
                if self._frontend.close_unknown_comms:
                    self._frontend._send_comm_close(comm_id)
                return
            data = content.get("data") or {}
            state = dict(data.get("state") or {})
            _put_buffers(state, data.get("buffer_paths") or [], msg.get("buffers") or [])
            self.models[comm_id] = state
            if state.get("_model_name") == "OutputModel":
                self._areas[comm_id] = OutputArea(state.get("outputs") or [])
            self._changed(comm_id)
        elif msg_type == "comm_msg":
            data = content.get("data") or {}
            method = data.get("method")
            self.counts[f"comm_msg:{method}"] += 1
            if comm_id not in self.models:
                return
            if method in ("update", "echo_update"):
                state = dict(data.get("state") or {})
                _put_buffers(state, data.get("buffer_paths") or [], msg.get("buffers") or [])
                if method == "echo_update":
                    self._drop_stale_echoes(comm_id, state, msg["parent_header"].get("msg_id"))
                self._apply(comm_id, state)
            elif method == "custom":
                self.custom_messages.append((comm_id, data.get("content")))
        elif msg_type == "comm_close":
            state = self.models.pop(comm_id, None)
            if state is not None:
                self.closed[comm_id] = state
                self._unhook(comm_id)
                self._areas.pop(comm_id, None)
                self._changed(comm_id)

    def _drop_stale_echoes(self, mid: str, state: dict[str, Any], parent_id: str | None) -> None:
        # ipywidgets ignores echoes of older updates while one of its own is in flight.
        for attr in list(state):
            expected = self._expected_echo.get((mid, attr))
            if expected is None:
                continue
            if expected != parent_id:
                del state[attr]
            else:
                del self._expected_echo[(mid, attr)]
                if attr in self._buffered.get(mid, {}):
                    del state[attr]

    def _apply(self, mid: str, state: dict[str, Any]) -> None:
        model = self.models[mid]
        old_msg_id, old_outputs = model.get("msg_id", ""), model.get("outputs")
        model.update(state)
        if model.get("_model_name") == "OutputModel":
            # Like Backbone, only a real change resets the output area (an echo does not).
            if "outputs" in state and state["outputs"] != old_outputs:
                self._areas[mid] = OutputArea(state["outputs"] or [])
            if "msg_id" in state and state["msg_id"] != old_msg_id:
                self._unhook(mid)
                if state["msg_id"]:
                    hook = self._make_hook(mid)
                    self._hooks[mid] = (state["msg_id"], hook)
                    self._frontend._register_hook(state["msg_id"], hook)
        self._changed(mid)

    def _changed(self, mid: str) -> None:
        self.dirty.add(mid)
        for listener in self.listeners:
            listener(mid)

    # -- Output widget capture ---------------------------------------------------------

    def _make_hook(self, mid: str) -> Callable[[dict[str, Any]], bool]:
        def hook(msg: dict[str, Any]) -> bool:
            self._capture(mid, msg)
            return False  # consumed: the cell never sees it

        return hook

    def _unhook(self, mid: str) -> None:
        if mid in self._hooks:
            msg_id, hook = self._hooks.pop(mid)
            self._frontend._remove_hook(msg_id, hook)

    def _capture(self, mid: str, msg: dict[str, Any]) -> None:
        model = self.models.get(mid)
        area = self._areas.get(mid)
        if model is None or area is None:
            return
        msg_type = msg["header"]["msg_type"]
        if msg_type in ("stream", "display_data", "execute_result", "error"):
            area.add(_to_output(msg))
        elif msg_type == "clear_output":
            area.clear(bool(msg["content"].get("wait")))
        outputs = [dict(o) for o in area.outputs]
        if outputs != list(model.get("outputs") or []):
            model["outputs"] = outputs
            self._changed(mid)
            self.sync(mid, {"outputs": outputs})

    # -- frontend -> kernel ------------------------------------------------------------

    def sync(self, mid: str, state: dict[str, Any]) -> str | None:
        """Send a state patch like ``WidgetModel.save_changes``.

        At most one update per model is in flight; while one is, later patches are merged
        and sent when the kernel goes idle for it. Returns the msg_id, or None if buffered.
        """
        if self._pending[mid] >= 1:
            self._buffered[mid] = {**self._buffered.get(mid, {}), **state}
            return None
        return self._send_sync(mid, state)

    def _send_sync(self, mid: str, state: dict[str, Any]) -> str:
        clean, paths, buffers = _remove_buffers(state)
        msg_id = self._frontend._send_comm_msg(
            mid,
            {"method": "update", "state": clean, "buffer_paths": paths},
            buffers=buffers,
            on_status=lambda msg: self._on_status(mid, msg),
        )
        for attr in state:
            self._expected_echo[(mid, attr)] = msg_id
        self._pending[mid] += 1
        return msg_id

    def _on_status(self, mid: str, msg: dict[str, Any]) -> None:
        if msg["content"].get("execution_state") != "idle":
            return
        self._pending[mid] = max(0, self._pending[mid] - 1)
        if mid in self._buffered and self._pending[mid] < 1 and mid in self.models:
            self._send_sync(mid, self._buffered.pop(mid))

    def in_flight(self, mid: str | None = None) -> bool:
        """Whether updates for ``mid`` (or any model) are in flight or buffered."""
        if mid is None:
            return any(self._pending.values()) or bool(self._buffered)
        return self._pending[mid] > 0 or mid in self._buffered

    # -- queries -------------------------------------------------------------------------

    def model(self, ref: str) -> dict[str, Any]:
        """State dict of a live model; a clear AssertionError if it is unknown or closed."""
        mid = model_id(ref)
        if mid in self.models:
            return self.models[mid]
        if mid in self.closed:
            name = self.closed[mid].get("_model_name")
            raise AssertionError(f"widget model {mid} ({name}) was closed by the kernel")
        raise AssertionError(f"no widget model {mid} (the frontend knows {len(self.models)})")

    def _child_ids(self, mid: str) -> list[str]:
        state = self.models.get(mid) or {}
        kids = [model_id(c) for c in state.get("children") or [] if isinstance(c, str)]
        if state.get("_model_name") == "OutputModel":
            kids += self._view_ids(state.get("outputs") or [])
        return kids

    @staticmethod
    def _view_ids(outputs: Iterable[dict[str, Any]]) -> list[str]:
        return [
            o["data"][WIDGET_VIEW_MIME]["model_id"]
            for o in outputs
            if o.get("output_type") in ("display_data", "execute_result")
            and WIDGET_VIEW_MIME in o.get("data", {})
        ]

    def descendants(self, ref: str | OutputArea, include_self: bool = False) -> list[str]:
        """Model ids below ``ref`` (a model id or a cell's output area) in page order:
        depth first, following ``children`` and the widget views inside Output widgets."""
        result: list[str] = []
        seen: set[str] = set()

        def visit(mid: str) -> None:
            if mid in seen or mid not in self.models:
                return
            seen.add(mid)
            result.append(mid)
            for kid in self._child_ids(mid):
                visit(kid)

        if isinstance(ref, OutputArea):
            for mid in self._view_ids(ref.outputs):
                visit(mid)
            return result
        root = model_id(ref)
        self.model(root)
        visit(root)
        return result if include_self else result[1:]

    def find(self, css_class: str, within: str | OutputArea | None = None) -> list[str]:
        """Ids of live models whose ``_dom_classes`` contain ``css_class``: all models in
        creation order, or the subtree of ``within`` (itself included) in page order."""
        if within is None:
            candidates: Iterable[str] = list(self.models)
        elif isinstance(within, OutputArea):
            candidates = self.descendants(within)
        else:
            candidates = self.descendants(within, include_self=True)
        return [m for m in candidates if css_class in (self.models[m].get("_dom_classes") or ())]

    def find_one(self, css_class: str, within: str | OutputArea | None = None) -> str:
        """The single model carrying ``css_class``; a clear AssertionError otherwise."""
        found = self.find(css_class, within)
        if len(found) != 1:
            classes = sorted({c for s in self.models.values() for c in s.get("_dom_classes") or ()})
            raise AssertionError(
                f"expected exactly one widget with class {css_class!r}, found {len(found)}: "
                f"{found}; classes present: {classes}"
            )
        return found[0]

    def texts(self, ref: str | OutputArea) -> list[str]:
        """Visible text of each leaf under ``ref`` (model id or output area), page order.

        HTML/HTMLMath: ``value`` with tags stripped; Label: ``value``; Output: its outputs;
        Button/ToggleButton: ``description``; selections: description + selected label;
        other inputs: description + value. Empty strings are left out.
        """
        out: list[str] = []
        seen: set[str] = set()
        if isinstance(ref, OutputArea):
            self._outputs_texts(ref.outputs, out, seen)
        else:
            self.model(ref)
            self._model_texts(model_id(ref), out, seen)
        return [t for t in out if t]

    def text(self, ref: str | OutputArea) -> str:
        """Visible text under ``ref``: :meth:`texts` joined with newlines."""
        return "\n".join(self.texts(ref))

    def _model_texts(self, mid: str, out: list[str], seen: set[str]) -> None:
        if mid in seen:
            return
        seen.add(mid)
        state = self.models.get(mid)
        if state is None:
            out.append(MISSING_MODEL_TEXT)
            return
        name = state.get("_model_name", "")
        desc = str(state.get("description") or "")
        if name in ("HTMLModel", "HTMLMathModel"):
            out.append(_join(strip_html(desc), strip_html(str(state.get("value") or ""))))
        elif name == "LabelModel":
            out.append(_join(desc, str(state.get("value") or "")))
        elif name == "OutputModel":
            self._outputs_texts(state.get("outputs") or [], out, seen)
        elif name in ("ButtonModel", "ToggleButtonModel"):
            out.append(desc)
        elif "children" in state:
            titles = list(state.get("titles") or [])
            kids = [model_id(c) for c in state.get("children") or [] if isinstance(c, str)]
            if name == "TabModel":
                out.extend(str(t) for t in titles)
            for i, kid in enumerate(kids):
                if name == "AccordionModel" and i < len(titles):
                    out.append(str(titles[i]))
                self._model_texts(kid, out, seen)
        elif "_options_labels" in state:
            labels = state.get("_options_labels") or []
            index = state.get("index")
            indices = index if isinstance(index, list | tuple) else [index]
            chosen = [str(labels[i]) for i in indices if isinstance(i, int) and i < len(labels)]
            out.append(_join(desc, ", ".join(chosen)))
        elif "value" in state and not isinstance(state["value"], bytes):
            out.append(_join(desc, _format_value(state["value"])))
        elif desc:
            out.append(desc)

    def _outputs_texts(
        self, outputs: Iterable[dict[str, Any]], out: list[str], seen: set[str]
    ) -> None:
        for output in outputs:
            kind = output.get("output_type")
            if kind == "stream":
                out.append(output.get("text", "").rstrip("\n"))
            elif kind == "error":
                tb = strip_ansi("\n".join(output.get("traceback") or []))
                out.append(tb or f"{output.get('ename')}: {output.get('evalue')}")
            elif kind in ("display_data", "execute_result"):
                data = output.get("data") or {}
                mime = next((m for m in MIME_RANK if m in data), None)
                if mime == WIDGET_VIEW_MIME:
                    self._model_texts(data[mime]["model_id"], out, seen)
                elif mime == "text/html":
                    out.append(strip_html(_as_text(data[mime])))
                elif mime == "text/markdown":
                    out.append(markdown_text(_as_text(data[mime])))
                elif mime in ("text/latex", "text/plain"):
                    out.append(strip_ansi(_as_text(data[mime])))
                # images, pdf and javascript render no text


def _as_text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _format_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " – ".join(str(v) for v in value)
    return "" if value is None else str(value)


# --------------------------------------------------------------------------------------
# The frontend
# --------------------------------------------------------------------------------------


class KernelFrontend:
    """A real ipykernel plus the frontend half of the protocol, for integration tests.

    Use as a context manager::

        with KernelFrontend(cwd=tmp_path) as kernel:
            res = kernel.execute("import ipywidgets as w; w.IntSlider()", cell_id="c1")
            kernel.set_value(res.model_ids[0], 5)

    The kernel runs ``sys.executable -m ipykernel_launcher`` (the Python running the tests)
    with ``extra_sys_path`` prepended to ``PYTHONPATH``, a private ``IPYTHONDIR`` and
    in-memory history, so kernels are isolated from the user's profile and each other.
    """

    def __init__(
        self,
        cwd: str | os.PathLike[str] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        extra_sys_path: Sequence[str | os.PathLike[str]] = (REPO_ROOT,),
        kernel_args: Sequence[str] = (),
        startup_timeout: float = 60.0,
        close_unknown_comms: bool = True,
        history: int = 500,
    ) -> None:
        self.cwd = Path(cwd) if cwd is not None else Path.cwd()
        self.close_unknown_comms = close_unknown_comms
        self.startup_timeout = startup_timeout
        self._env = dict(env or {})
        self._extra_sys_path = [str(p) for p in extra_sys_path]
        self._kernel_args = list(kernel_args)
        #: Comm and message counters; subtract a ``.copy()`` snapshot to get a delta.
        self.counts: Counter[str] = Counter()
        self.widgets = WidgetMirror(self, self.counts)
        #: Latest :class:`ExecResult` of each executed ``cell_id``.
        self.cells: dict[str, ExecResult] = {}
        #: Output messages no output area or Output widget accepted (never shown).
        self.unrouted: list[dict[str, Any]] = []
        #: The most recent iopub messages, for diagnostics.
        self.recent: deque[dict[str, Any]] = deque(maxlen=history)
        self.km: KernelManager | None = None
        self.kc: Any = None
        self._futures: dict[str, _Future] = {}
        self._display_parents: dict[str, list[str]] = {}
        self._send_seq = 0
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._log: Any = None
        self._poller: zmq.Poller | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def __enter__(self) -> KernelFrontend:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def start(self) -> KernelFrontend:
        """Start the kernel and wait until it answers ``kernel_info`` and iopub is live."""
        self._tmp = tempfile.TemporaryDirectory(prefix="nbstate-kernel-")
        tmp = Path(self._tmp.name)
        spec_dir = tmp / "kernels" / _KERNEL_NAME
        spec_dir.mkdir(parents=True)
        argv = [
            sys.executable,
            "-m",
            "ipykernel_launcher",
            "-f",
            "{connection_file}",
            "--HistoryManager.hist_file=:memory:",
            f"--IPKernelApp.exec_lines={_UNLIMITED_IOPUB}",
            *self._kernel_args,
        ]
        spec = {"argv": argv, "display_name": "Python (tests)", "language": "python"}
        (spec_dir / "kernel.json").write_text(json.dumps(spec))
        # ipc sockets avoid TCP ports (and ipykernel's plain-TCP warning); unix socket paths
        # are limited to ~107 bytes, so fall back to tcp under a very long TMPDIR.
        ipc = len(str(tmp / "ipc")) < 90
        self.km = KernelManager(
            kernel_name=_KERNEL_NAME,
            kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp / "kernels")]),
            transport="ipc" if ipc else "tcp",
            ip=str(tmp / "ipc") if ipc else "127.0.0.1",
            connection_file=str(tmp / "connection.json"),
            # Polite shutdowns were seen to stall until the SIGTERM sent after half of this
            # (default 5 s); a test kernel has nothing that needs a slow, careful exit.
            shutdown_wait_time=1.0,
        )
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [*self._extra_sys_path, *filter(None, [env.get("PYTHONPATH")])]
        )
        env["IPYTHONDIR"] = str(tmp / "ipython")
        env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        env.update(self._env)
        self._log = open(tmp / "kernel.log", "wb")  # closed in shutdown()
        try:
            self.km.start_kernel(cwd=str(self.cwd), env=env, stdout=self._log, stderr=self._log)
            self.kc = self.km.client()
            # zmq drops messages past a pipe's high-water mark (1000 by default) when the
            # reader is slow, e.g. a loaded machine while a cell opens thousands of widgets:
            # no limit on either side (see _UNLIMITED_IOPUB for the kernel's).
            self.kc.context.setsockopt(zmq.RCVHWM, 0)
            self.kc.start_channels(stdin=False, hb=False, control=False)
            self.kc.wait_for_ready(timeout=self.startup_timeout)
        except Exception as exc:
            log = self.kernel_log()
            self.shutdown()
            raise KernelDied(f"kernel did not start: {exc}\n--- kernel log ---\n{log}") from exc
        self._poller = zmq.Poller()
        self._poller.register(self.kc.shell_channel.socket, zmq.POLLIN)
        self._poller.register(self.kc.iopub_channel.socket, zmq.POLLIN)
        return self

    def shutdown(self) -> None:
        """Stop the kernel (politely, then by force) and remove its temporary files."""
        if self.kc is not None:
            self.kc.stop_channels()
            self.kc = None
        if self.km is not None:
            try:
                if self.km.has_kernel:
                    self.km.shutdown_kernel(now=False)
            except Exception:
                self.km.shutdown_kernel(now=True)
            self.km = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def kernel_log(self, lines: int = 40) -> str:
        """The last ``lines`` lines the kernel process wrote to stdout/stderr."""
        if self._tmp is None:
            return ""
        path = Path(self._tmp.name) / "kernel.log"
        if self._log is not None:
            self._log.flush()
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    # -- transport -----------------------------------------------------------------------

    def _send(self, msg: dict[str, Any], buffers: Sequence[bytes] | None = None) -> None:
        assert self.kc is not None, "kernel not started"
        self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=buffers)
        self._send_seq += 1

    def _send_comm_msg(
        self,
        comm_id: str,
        data: Any,
        *,
        buffers: Sequence[bytes] | None = None,
        on_status: Callable[[dict[str, Any]], None] | None = None,
    ) -> str:
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data}, metadata={})
        msg_id = msg["header"]["msg_id"]
        method = data.get("method") if isinstance(data, dict) else f"<{type(data).__name__}>"
        what = f"comm_msg {method} to {comm_id[:8]}"
        self._futures[msg_id] = _Future(
            msg_id, what, expect_reply=False, dispose_on_done=True, on_status=on_status
        )
        self._send(msg, buffers)
        self.counts["sent_comm_msg"] += 1
        return msg_id

    def _send_comm_close(self, comm_id: str) -> None:
        msg = self.kc.session.msg("comm_close", {"comm_id": comm_id, "data": {}})
        self._futures[msg["header"]["msg_id"]] = _Future(
            msg["header"]["msg_id"], "comm_close", expect_reply=False, dispose_on_done=True
        )
        self._send(msg)
        self.counts["sent_comm_close"] += 1

    def _register_hook(self, msg_id: str, hook: Callable[[dict[str, Any]], bool]) -> None:
        # As in JupyterLab: a hook can only attach to a request this frontend still tracks.
        future = self._futures.get(msg_id)
        if future is not None:
            future.hooks.append(hook)

    def _remove_hook(self, msg_id: str, hook: Callable[[dict[str, Any]], bool]) -> None:
        future = self._futures.get(msg_id)
        if future is not None and hook in future.hooks:
            future.hooks.remove(hook)

    def _pump(self, timeout: float) -> bool:
        """Receive and handle at most one message; False if none arrived within timeout."""
        assert self._poller is not None, "kernel not started"
        ready = dict(self._poller.poll(int(timeout * 1000)))
        if not ready:
            return False
        if self.kc.shell_channel.socket in ready:
            self._on_shell(self.kc.shell_channel.get_msg(timeout=0))
        else:
            self._on_iopub(self.kc.iopub_channel.get_msg(timeout=0))
        return True

    def _on_shell(self, msg: dict[str, Any]) -> None:
        future = self._futures.get(msg["parent_header"].get("msg_id", ""))
        if future is None:
            return
        if future.area is not None:
            future.area.reply = msg["content"]
        future.got_reply = True
        if future.got_idle:
            self._done(future)

    def _on_iopub(self, msg: dict[str, Any]) -> None:
        self.recent.append(msg)
        self.counts["iopub"] += 1
        msg_type = msg["header"]["msg_type"]
        parent_id = (msg.get("parent_header") or {}).get("msg_id")
        handled = False
        if msg_type in ("display_data", "update_display_data", "execute_result"):
            display_id = _display_id(msg)
            if display_id and parent_id:
                handled = self._route_display_id(display_id, parent_id, msg)
        if not handled:
            future = self._futures.get(parent_id) if parent_id else None
            if future is not None:
                if future.area is not None:
                    future.area.messages.append(msg)
                self._future_iopub(future, msg)
            elif msg_type in OUTPUT_MSG_TYPES:
                self._unrouted(msg)
        if msg_type in ("comm_open", "comm_msg", "comm_close"):
            self.widgets.handle(msg)

    def _future_iopub(self, future: _Future, msg: dict[str, Any]) -> None:
        msg_type = msg["header"]["msg_type"]
        process = True
        for hook in reversed(list(future.hooks)):  # most recently registered first
            if not hook(msg):
                process = False
                break
        if process:
            if future.area is not None:
                future.area.handle(msg)
            elif msg_type in OUTPUT_MSG_TYPES:
                self._unrouted(msg)
            if msg_type == "status" and future.on_status is not None:
                future.on_status(msg)
        if msg_type == "status" and msg["content"].get("execution_state") == "idle":
            future.got_idle = True
            if future.got_reply or not future.expect_reply:
                self._done(future)

    def _route_display_id(self, display_id: str, parent_id: str, msg: dict[str, Any]) -> bool:
        # JupyterLab replays a display with a known display_id as update_display_data to
        # every live request that showed it.
        parents = self._display_parents.get(display_id)
        if parents:
            update = {**msg, "header": {**msg["header"], "msg_type": "update_display_data"}}
            for pid in list(parents):
                future = self._futures.get(pid)
                if future is not None:
                    self._future_iopub(future, update)
        if msg["header"]["msg_type"] == "update_display_data":
            return True
        parents = self._display_parents.setdefault(display_id, [])
        if parent_id not in parents:
            parents.append(parent_id)
        return False

    def _unrouted(self, msg: dict[str, Any]) -> None:
        self.unrouted.append(msg)
        self.counts["unrouted"] += 1

    def _done(self, future: _Future) -> None:
        future.done = True
        if future.dispose_on_done:
            self._dispose(future)

    def _dispose(self, future: _Future) -> None:
        self._futures.pop(future.msg_id, None)
        for parents in self._display_parents.values():
            if future.msg_id in parents:
                parents.remove(future.msg_id)

    # -- waiting -------------------------------------------------------------------------

    def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 30.0, what: str = "condition"
    ) -> None:
        """Handle incoming messages until ``predicate()`` is true (checked after each one)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FrontendTimeout(
                    self._diagnose(f"timed out after {timeout:g}s waiting for {what}")
                )
            if not self._pump(min(remaining, 0.5)) and not self.km.is_alive():
                raise KernelDied(self._diagnose(f"kernel died while waiting for {what}"))

    def drain(self, timeout: float = 0.0) -> int:
        """Handle every message that arrives within ``timeout`` seconds of the last one."""
        count = 0
        while self._pump(timeout):
            count += 1
        return count

    def wait_idle(self, msg_id: str, timeout: float = 30.0) -> None:
        """Wait until the kernel has gone idle for a request this frontend sent."""
        future = self._futures.get(msg_id)
        if future is not None:
            self.wait_for(lambda: future.done, timeout, f"{future.what} to finish")

    def wait_settled(self, timeout: float = 30.0) -> None:
        """Wait until work the kernel deferred (e.g. a rerun scheduled with ``call_soon``
        from a comm handler) has finished and its messages have been handled.

        Sends a silent execute_request (`SETTLE_CODE`: ``pass``, or an await of nbstate's
        ``settled()`` when nbstate is loaded) (no execution count or history; IPython
        fires only ``pre_execute``/``post_execute``, not ``pre_run_cell``) and waits for
        its idle: the kernel runs callbacks already
        scheduled on its event loop before handling the next shell message. Repeats while
        the frontend itself sent messages in the meantime (Output widget syncs, buffered
        updates), so those are settled too. Each round adds 2 iopub messages (busy, idle)
        and one to ``counts["settle_requests"]``.
        """
        deadline = time.monotonic() + timeout
        for _ in range(20):
            seq = self._send_seq
            msg = self.kc.session.msg(
                "execute_request",
                {
                    "code": SETTLE_CODE,
                    "silent": True,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": False,
                },
            )
            future = _Future(
                msg["header"]["msg_id"], "settle request", expect_reply=True, dispose_on_done=True
            )
            self._futures[future.msg_id] = future
            self._send(msg)
            self.counts["settle_requests"] += 1
            remaining = max(deadline - time.monotonic(), 0.0)
            self.wait_for(lambda f=future: f.done, remaining, f"kernel to settle ({timeout:g}s)")
            if self._send_seq == seq + 1 and not self.widgets.in_flight():
                return
        raise FrontendTimeout(self._diagnose("kernel kept receiving frontend messages"))

    def _diagnose(self, headline: str, count: int = 15) -> str:
        lines = [headline, f"last {min(count, len(self.recent))} iopub messages (oldest first):"]
        lines += ["  " + _summarize(m) for m in list(self.recent)[-count:]] or ["  (none)"]
        pending = [f.what for f in self._futures.values() if not f.done]
        lines.append(f"requests still awaiting idle/reply: {pending or 'none'}")
        alive = self.km is not None and self.km.is_alive()
        lines.append(f"kernel alive: {alive}")
        log = self.kernel_log(20)
        if log:
            lines += ["--- kernel log (tail) ---", log]
        return "\n".join(lines)

    # -- cells ---------------------------------------------------------------------------

    def execute(
        self,
        code: str,
        cell_id: str | None = None,
        timeout: float = 30.0,
        *,
        metadata: Mapping[str, Any] | None = None,
        check: bool = False,
        store_history: bool = True,
    ) -> ExecResult:
        """Run ``code`` as a notebook cell and wait for its reply and idle.

        With ``cell_id`` the request carries JupyterLab's metadata (``cellId``,
        ``deletedCells``, ``recordTiming``) and re-executing the same id replaces that
        cell's output area. ``check=True`` raises if the cell failed. stdin is not offered
        (``input()`` fails instead of blocking).
        """
        assert self.kc is not None, "kernel not started"
        content = {
            "code": code,
            "silent": False,
            "store_history": store_history,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        md: dict[str, Any] = {}
        if cell_id is not None:
            md = {"deletedCells": [], "recordTiming": False, "cellId": cell_id}
        md.update(metadata or {})
        msg = self.kc.session.msg("execute_request", content, metadata=md)
        msg_id = msg["header"]["msg_id"]
        result = ExecResult(msg_id, code, cell_id)
        if cell_id is not None:
            previous = self.cells.get(cell_id)
            if previous is not None and previous.msg_id in self._futures:
                self._dispose(self._futures[previous.msg_id])
            self.cells[cell_id] = result
        short = code.strip().splitlines()[0][:60] if code.strip() else ""
        future = _Future(
            msg_id, f"execute {short!r}", expect_reply=True, dispose_on_done=False, area=result
        )
        self._futures[msg_id] = future
        self._send(msg)
        self.wait_for(lambda: future.done, timeout, f"execute_request {short!r} (reply + idle)")
        if check:
            result.raise_for_error()
        return result

    # -- browser events ------------------------------------------------------------------

    def set_state(
        self,
        ref: str,
        state: Mapping[str, Any],
        *,
        wait: bool = True,
        settle: bool = True,
        timeout: float = 30.0,
    ) -> str | None:
        """Change model state as the browser does (local model first, then an ``update``
        comm_msg). Waits for the kernel's idle for it, then (``settle``) for deferred work.
        Returns the msg_id sent, or None if ipywidgets' throttle buffered the change."""
        mid = model_id(ref)
        model = self.widgets.model(mid)
        model.update(state)
        self.widgets._changed(mid)
        msg_id = self.widgets.sync(mid, dict(state))
        if wait:
            self.wait_for(
                lambda: not self.widgets.in_flight(mid), timeout, f"update of {mid[:8]} to finish"
            )
        if settle:
            self.wait_settled(timeout)
        return msg_id

    def set_value(
        self, ref: str, value: Any, *, wait: bool = True, settle: bool = True, timeout: float = 30.0
    ) -> str | None:
        """Set a widget's ``value`` like a user would (see :meth:`set_state`)."""
        return self.set_state(ref, {"value": value}, wait=wait, settle=settle, timeout=timeout)

    def select(
        self,
        ref: str,
        label: str | Sequence[str],
        *,
        wait: bool = True,
        settle: bool = True,
        timeout: float = 30.0,
    ) -> str | None:
        """Pick option(s) of a selection widget by label (ipywidgets 8 syncs ``index``)."""
        labels = list(self.widgets.model(ref).get("_options_labels") or [])
        wanted = [label] if isinstance(label, str) else list(label)
        missing = [w for w in wanted if w not in labels]
        assert not missing, f"options {missing} not in {labels}"
        indices = [labels.index(w) for w in wanted]
        index: Any = indices[0] if isinstance(label, str) else indices
        return self.set_state(ref, {"index": index}, wait=wait, settle=settle, timeout=timeout)

    def send_custom(
        self,
        ref: str,
        content: Any,
        *,
        wait: bool = True,
        settle: bool = True,
        timeout: float = 30.0,
    ) -> str:
        """Send a ``custom`` widget message (what a view's ``model.send`` does)."""
        mid = model_id(ref)
        self.widgets.model(mid)
        msg_id = self._send_comm_msg(mid, {"method": "custom", "content": content})
        if wait:
            self.wait_idle(msg_id, timeout)
        if settle:
            self.wait_settled(timeout)
        return msg_id

    def click(
        self, ref: str, *, wait: bool = True, settle: bool = True, timeout: float = 30.0
    ) -> str:
        """Click a Button: the ``{"event": "click"}`` custom message the browser sends."""
        return self.send_custom(ref, {"event": "click"}, wait=wait, settle=settle, timeout=timeout)

    # -- queries (see WidgetMirror) --------------------------------------------------------

    def model(self, ref: str) -> dict[str, Any]:
        """State dict of a widget model (see :meth:`WidgetMirror.model`)."""
        return self.widgets.model(ref)

    def find(self, css_class: str, within: str | OutputArea | None = None) -> list[str]:
        """Model ids carrying a CSS class (see :meth:`WidgetMirror.find`)."""
        return self.widgets.find(css_class, within)

    def find_one(self, css_class: str, within: str | OutputArea | None = None) -> str:
        """The one model carrying a CSS class (see :meth:`WidgetMirror.find_one`)."""
        return self.widgets.find_one(css_class, within)

    def descendants(self, ref: str | OutputArea, include_self: bool = False) -> list[str]:
        """Model ids below ``ref`` in page order (see :meth:`WidgetMirror.descendants`)."""
        return self.widgets.descendants(ref, include_self)

    def texts(self, ref: str | OutputArea) -> list[str]:
        """Visible text per leaf (see :meth:`WidgetMirror.texts`)."""
        return self.widgets.texts(ref)

    def text(self, ref: str | OutputArea) -> str:
        """Visible text of a subtree or a cell's output area, one leaf per line."""
        return self.widgets.text(ref)
