"""The shape of the code (docs/ARCHITECTURE.md): imports run one way with no circle, and files
and functions stay small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPO_ROOT

PACKAGES = ("app", "graphql_schema")
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 60
# app/cli.py is the command-line entry point: it reaches the GraphQL layer lazily, in a command
ALLOWED_UPWARD = {"app/cli.py"}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules `path` imports (anywhere in the file, TYPE_CHECKING blocks included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name in modules}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _relative(module: str) -> str:
    return str(_modules()[module].relative_to(REPO_ROOT))


def test_no_module_imports_another_in_a_circle() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_core_imports_no_domain_and_app_never_imports_the_api() -> None:
    graph = _graph()
    upward = sorted(
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if (module.startswith("app.core") and target.startswith("app.") and not target.startswith("app.core"))
        or (
            module.startswith("app")
            and target.startswith("graphql_schema")
            and _relative(module) not in ALLOWED_UPWARD
        )
    )
    core_allowed = {"app.clock", "app.settings"}
    assert [(m, t) for m, t in upward if t not in core_allowed] == []


def test_graphql_type_modules_do_not_import_each_other() -> None:
    graph = _graph()
    type_modules = {m for m in graph if m.startswith("graphql_schema.") and ".types" in m}
    assert sorted((m, t) for m in type_modules for t in graph[m] if t in type_modules) == []


def test_files_and_functions_stay_readable() -> None:
    too_long: list[str] = []
    for path in _modules().values():
        text = path.read_text()
        name = path.relative_to(REPO_ROOT)
        if len(text.splitlines()) > MAX_FILE_LINES:
            too_long.append(f"{name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}(): {length} lines")
    assert too_long == []


def test_resolvers_do_not_read_the_path_of_their_info() -> None:
    # graphql_schema/execution/ gives a simple resolver one Info per field of an operation, whose
    # path is the field's first occurrence: a resolver reading it would see another item's path
    readers = [
        f"{path.relative_to(REPO_ROOT)}:{node.lineno}"
        for path in _modules().values()
        if path.is_relative_to(REPO_ROOT / "graphql_schema")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "info"
    ]
    assert readers == []
