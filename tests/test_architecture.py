"""The package's shape: no import cycle, small modules, no module named like a Streamlit name.

Run as a script to print the import graph and its check:
``python tests/test_architecture.py``.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import nbstate

PACKAGE = Path(__file__).resolve().parent.parent / "nbstate"

#: The issue's "no module over ~600 lines".
MAX_LINES = 600
#: Modules allowed a little more, and why.
LINE_ALLOWANCES = {
    # App: the events, their folding into runs, the run itself and showing it; the interrupt
    # gate and the context are already out. Split further before it grows.
    "nbstate.runner": 620,
}

#: `[n for n in dir(streamlit) if not n.startswith("_")]` of Streamlit 1.67.0 (the st.* names).
STREAMLIT_NAMES = """
App Page altair_chart area_chart audio audio_input auth_util badge balloons bar_chart bottom
button byte_util cache_data cache_resource camera_input caption chat_input chat_message checkbox
cli_util code color_picker column_config columns commands components config config_option
config_util connection connections container context cursor data_editor dataframe dataframe_util
date_input datetime_input delta_generator delta_generator_singletons deprecation_util development
dialog divider download_button echarts_chart echo elements empty env_util error error_util errors
exception expander feedback file_uploader file_util form form_submit_button fragment get_option
graphviz_chart grid header help html iframe image info json latex line_chart link_button logger
login logo logout map markdown menu_button mermaid_chart metric multiselect navigation net_util
number_input page_link pagination path_security pdf pills plotly_chart popover progress proto
pydeck_chart pyplot query_params radio rerun runtime scatter_chart secrets segmented_control
select_slider selectbox session_state set_option set_page_config sidebar signal_util skeleton
slider snow source_util space spinner starlette status stop streamlit string_util subheader
success switch_page table tabs text text_area text_input time_input time_util title toast toggle
toml_writer type_util typing url_util user user_info util vega_lite_chart version video warning
watcher web write write_stream
""".split()

#: nbstate submodules allowed to carry a Streamlit name, because they are its counterpart.
COUNTERPARTS = {
    # nbstate's exception classes, as `streamlit.errors` holds Streamlit's (`st.errors.X`).
    "errors",
    # the connection classes (`st.connections.BaseConnection`), as `streamlit.connections`
    "connections",
    # st.components.v1 / v2, as `streamlit.components` holds them (`import nbstate.components.v1`).
    "components",
}


def module_files() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """Ids of the nodes inside ``if TYPE_CHECKING:`` blocks (imports for the type checker only)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return inside


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules that `name` imports when it runs (at module level or in functions)."""
    tree = ast.parse(path.read_text())
    skip = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - node.level + 1]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if not base.startswith("nbstate"):
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return {module for module in found if module in modules and module != name}


def import_graph() -> dict[str, set[str]]:
    """The runtime import graph of the package: module -> the package modules it imports."""
    modules = module_files()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), plus self-loops."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_is_read_from_the_source() -> None:
    graph = import_graph()
    assert "nbstate.runner" in graph and "nbstate.api.text" in graph
    assert "nbstate.run_context" in graph["nbstate.runner"]
    assert "nbstate.control" in graph["nbstate.run_context"]
    # The type-only import of the runner in session.py does not count.
    assert "nbstate.runner" not in graph["nbstate.session"]


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_no_module_imports_the_package_itself() -> None:
    graph = import_graph()
    importers = sorted(name for name, targets in graph.items() if "nbstate" in targets)
    assert importers == []


def test_the_control_flow_exceptions_are_a_leaf() -> None:
    assert import_graph()["nbstate.control"] == set()


def test_no_module_is_over_the_line_limit() -> None:
    too_long = {}
    for name, path in module_files().items():
        lines = len(path.read_text().splitlines())
        if lines > LINE_ALLOWANCES.get(name, MAX_LINES):
            too_long[name] = lines
    assert too_long == {}


def test_no_submodule_shadows_a_streamlit_name() -> None:
    """``st.context``, ``st.config``, ``st.elements``... are Streamlit's names: in nbstate they
    are an nbstate API or raise NotAvailable, never an internal module."""
    shadowing = []
    for name in STREAMLIT_NAMES:
        if name in COUNTERPARTS:
            continue
        if importlib.util.find_spec(f"nbstate.{name}") is not None:
            shadowing.append(name)
        try:
            value = getattr(nbstate, name)
        except AttributeError:
            continue
        if isinstance(value, ModuleType):
            shadowing.append(name)
    assert shadowing == []


def test_st_runtime_config_elements_raise_not_available() -> None:
    from nbstate.browser_context import ContextProxy
    from nbstate.errors import NbStateNotAvailableError

    assert isinstance(nbstate.context, ContextProxy)  # st.context is an nbstate API now
    for name in ("runtime", "config", "elements"):
        try:
            getattr(nbstate, name)
        except NbStateNotAvailableError as error:
            assert f"st.{name}" in str(error)
        else:  # pragma: no cover - the failure
            raise AssertionError(f"st.{name} did not raise NbStateNotAvailableError")


if __name__ == "__main__":
    graph = import_graph()
    for module in sorted(graph):
        print(f"{module} -> {', '.join(sorted(graph[module])) or '(nothing)'}")
    found = cycles(graph)
    sizes = {name: len(path.read_text().splitlines()) for name, path in module_files().items()}
    largest = max(sizes, key=sizes.__getitem__)
    print(
        f"\n{len(graph)} modules, {sum(map(len, graph.values()))} imports; cycles: {found or 'none'}"
    )
    print(f"largest module: {largest} ({sizes[largest]} lines)")
    sys.exit(1 if found else 0)
