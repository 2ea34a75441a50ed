"""The ``%%rerun`` cell magic: the cell becomes an app with its app area under the cell."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from .runner import App
from .script import Script
from .session import kernel_session, watch_page_reloads
from .stylesheet import ensure_stylesheet

_registered: set[int] = set()


def _cell_id(shell: Any, cell: str) -> str:
    """The frontend's id of the executing cell (JupyterLab sends ``cellId``), else a hash."""
    parent: dict[str, Any] = {}
    kernel = getattr(shell, "kernel", None)
    if kernel is not None and hasattr(kernel, "get_parent"):
        try:
            parent = kernel.get_parent("shell") or {}
        except TypeError:
            parent = kernel.get_parent() or {}
    if not parent:
        parent = getattr(shell, "parent_header", None) or {}
    cell_id = (parent.get("metadata") or {}).get("cellId")
    if cell_id:
        return str(cell_id)
    return "source-" + hashlib.blake2b(cell.encode(), digest_size=8).hexdigest()


def rerun_cell(line: str, cell: str) -> None:
    """Run this cell as an app: widget changes rerun it top to bottom, as in Streamlit."""
    from IPython import get_ipython
    from IPython.display import display

    shell = get_ipython()
    session = kernel_session()
    app_id = _cell_id(shell, cell)
    filename = f"<%%rerun cell {app_id[:8]}>"
    header = f"%%rerun {line}".rstrip() + "\n"
    app = session.apps.get(app_id)
    if app is None:
        script = Script(
            cell, filename=filename, header=header, globals_factory=lambda: shell.user_ns
        )
        app = App(session, app_id, script, label=f"%%rerun cell {app_id[:8]}")
    else:
        app.script.set_source(cell, filename, header)
    ensure_stylesheet()
    display(app.widget)
    app.live = True
    app.run()


def _after_cell(result: Any = None) -> None:
    kernel_session().after_cell()


def load_ipython_extension(shell: Any) -> None:
    """Register ``%%rerun`` and the hook that reruns apps after a plain cell changes state."""
    if id(shell) in _registered:
        return
    _registered.add(id(shell))
    shell.register_magic_function(rerun_cell, "cell", "rerun")
    shell.events.register("post_run_cell", _after_cell)
    if getattr(shell, "kernel", None) is not None:
        _log_to_the_kernel_log(shell.kernel)
        watch_page_reloads()


def _log_to_the_kernel_log(kernel: Any) -> None:
    """Write nbstate's log lines where the kernel writes its own (its stderr, a log file).

    Not to ``sys.stderr``: in a kernel that is an output stream of the message being
    handled, and for a message from a widget no cell shows that output.
    """
    logger = logging.getLogger("nbstate")
    handlers = getattr(getattr(kernel, "log", None), "handlers", None)
    if logger.handlers or not handlers:
        return
    for handler in handlers:
        logger.addHandler(handler)
    logger.propagate = False


def unload_ipython_extension(shell: Any) -> None:
    """Remove the post-cell hook (the magic stays until the kernel restarts)."""
    if id(shell) in _registered:
        _registered.discard(id(shell))
        shell.events.unregister("post_run_cell", _after_cell)
