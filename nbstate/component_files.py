"""A custom component's build directory as one self-contained HTML document.

`st.components.v1.declare_component(name, path=...)` names a directory holding the
component's ``index.html`` and its assets. Streamlit serves that directory over HTTP; a
notebook page has no such route (Voilà serves no arbitrary files), so the kernel reads the
files and inlines every asset the document refers to (``src=``/``href=`` attributes, CSS
``url(...)``) as a ``data:`` URL. The page then loads the document as an iframe's
``srcdoc``. What cannot be inlined this way: files a script fetches or imports at run time
(code-split chunks, ``fetch("./data.json")``).
"""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

from .errors import NbStateAPIException

#: The largest build directory inlined (its files' total size, source maps excluded).
MAX_BYTES = 20 * 1024 * 1024

_ATTRIBUTE = re.compile(r"""(\b(?:src|href)\s*=\s*)(["'])([^"']*)\2""", re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(["']?)([^"')]+)\1\s*\)""", re.IGNORECASE)
_EXTERNAL = ("http:", "https:", "data:", "blob:", "mailto:", "javascript:", "#", "//", "about:")

#: Documents already built, by directory and the names, sizes and times of its files.
_documents: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}


def _signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    files = []
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.suffix != ".map":
            stat = file.stat()
            files.append((file.relative_to(root).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(files)


def component_document(name: str, path: str | Path) -> str:
    """The component's ``index.html`` with its assets inlined (rebuilt when a file changes).

    Raises a clear error when the directory or its ``index.html`` is missing, or when the
    build is too large to send to the page this way.
    """
    root = Path(path).expanduser().resolve()
    if not (root / "index.html").is_file():
        what = "has no index.html" if root.is_dir() else "is not a directory"
        raise NbStateAPIException(
            f"Custom component {name!r}: path {str(path)!r} {what}. Give declare_component "
            "the directory of the component's build (the one holding index.html, e.g. "
            "frontend/build), or url= of its development server."
        )
    signature = _signature(root)
    document = _documents.get((str(root), signature))
    if document is None:
        total = sum(size for _name, size, _time in signature)
        if total > MAX_BYTES:
            raise NbStateAPIException(
                f"Custom component {name!r}: its build directory {str(root)!r} holds "
                f"{total / 1e6:.1f} MB, more than the {MAX_BYTES // 2**20} MiB nbstate sends "
                "to the page. Serve it yourself and pass url= to declare_component instead."
            )
        document = _inline_html(root, root / "index.html")
        if len(_documents) > 32:
            _documents.clear()
        _documents[(str(root), signature)] = document
    return document


def _target(root: Path, base: Path, reference: str) -> Path | None:
    """The file under `root` that `reference` (in the file `base`) names, or None."""
    if not reference or reference.lower().startswith(_EXTERNAL):
        return None
    relative = reference.split("#", 1)[0].split("?", 1)[0]
    candidate = (root / relative.lstrip("/")) if relative.startswith("/") else base / relative
    try:
        candidate = candidate.resolve()
        candidate.relative_to(root)  # nothing outside the build directory
    except (OSError, ValueError):
        return None
    return candidate if candidate.is_file() else None


def _data_url(root: Path, file: Path) -> str:
    mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if file.suffix in (".js", ".mjs"):
        mime = "text/javascript"
    if file.suffix == ".css":
        content = _inline_css(root, file).encode()
    else:
        content = file.read_bytes()
    return f"data:{mime};base64,{base64.b64encode(content).decode()}"


def _inline_css(root: Path, file: Path) -> str:
    text = file.read_text(encoding="utf-8", errors="replace")

    def replace(match: re.Match[str]) -> str:
        target = _target(root, file.parent, match[2].strip())
        return match[0] if target is None else f'url("{_data_url(root, target)}")'

    return _CSS_URL.sub(replace, text)


def _inline_html(root: Path, file: Path) -> str:
    text = file.read_text(encoding="utf-8", errors="replace")

    def replace(match: re.Match[str]) -> str:
        target = _target(root, file.parent, match[3])
        if target is None:
            return match[0]
        return f"{match[1]}{match[2]}{_data_url(root, target)}{match[2]}"

    return _CSS_URL.sub(
        lambda m: (
            m[0]
            if (t := _target(root, file.parent, m[2].strip())) is None
            else f'url("{_data_url(root, t)}")'
        ),
        _ATTRIBUTE.sub(replace, text),
    )
