"""Compare the signatures of nbstate's ``st.X`` functions with Streamlit 1.67's snapshot.

Each parameter of a Streamlit function that nbstate provides is *honoured* (nbstate's
function names it), *documented* (accepted, by name or through ``**kwargs``, with a reason
in docs/parameters-without-effect.md why it changes nothing in a notebook) or a *gap*:
missing, swallowed by ``**kwargs`` without a reason, or at another position (``position``).
"""

from __future__ import annotations

import inspect
import json
import re
import types
from pathlib import Path
from typing import Any

import nbstate

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "data" / "streamlit_signatures.json"
GAPS = ROOT / "tests" / "data" / "signature_gaps.txt"
REASONS = ROOT / "docs" / "parameters-without-effect.md"

_VAR = {"VAR_POSITIONAL", "VAR_KEYWORD"}
_POSITIONAL = {"POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD"}


def streamlit_signatures() -> dict[str, list[dict[str, Any]]]:
    """The snapshot: function name -> its parameters in order."""
    return json.loads(SNAPSHOT.read_text())["signatures"]


def provided(name: str) -> Any:
    """nbstate's ``st.<name>`` if it provides a callable by that name, else None."""
    try:
        obj = getattr(nbstate, name)
    except AttributeError:  # NbStateNotAvailableError: not provided
        return None
    if isinstance(obj, types.ModuleType) or not callable(obj):
        return None
    return obj


def documented() -> dict[tuple[str, str], str]:
    """(function, parameter) -> reason, from the table of docs/parameters-without-effect.md."""
    rows: dict[tuple[str, str], str] = {}
    for line in REASONS.read_text().splitlines():
        match = re.match(r"\|\s*`st\.(\w+)`\s*\|\s*`(\w+)`\s*\|(.+)\|\s*$", line)
        if match:
            rows[(match[1], match[2])] = match[3].strip()
    return rows


def known_gaps() -> set[str]:
    """The lines of tests/data/signature_gaps.txt (``function parameter [position]``)."""
    lines = (line.split("#", 1)[0].strip() for line in GAPS.read_text().splitlines())
    return {line for line in lines if line}


def classify() -> dict[str, list[str]]:
    """Every compared parameter in its class: honoured, documented, gaps."""
    reasons = documented()
    out: dict[str, list[str]] = {"honoured": [], "documented": [], "gaps": []}
    for name, params in streamlit_signatures().items():
        obj = provided(name)
        if obj is None:
            continue
        ours = inspect.signature(obj).parameters
        kinds = {p.kind.name for p in ours.values()}
        named = [n for n, p in ours.items() if p.kind.name not in _VAR]
        for param in params:
            label = f"{name} {param['name']}"
            if param["kind"] in _VAR:
                accepted = param["kind"] in kinds
                out["honoured" if accepted else "gaps"].append(label)
                continue
            accepted = param["name"] in named or "VAR_KEYWORD" in kinds
            if (name, param["name"]) in reasons and accepted:
                out["documented"].append(label)
            elif param["name"] in named:
                out["honoured"].append(label)
            else:
                out["gaps"].append(label)
        # st.slider("x", 0, 10): a positional argument must land on the same parameter
        theirs = [p["name"] for p in params if p["kind"] in _POSITIONAL]
        our_positional = [n for n, p in ours.items() if p.kind.name in _POSITIONAL]
        for index, pname in enumerate(theirs):
            if pname in named and our_positional[index : index + 1] != [pname]:
                out["gaps"].append(f"{name} {pname} position")
    return out
