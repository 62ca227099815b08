"""The import graph of editor_app, read from the source: no cycles, no private imports.

Every import counts, at module level or inside a function (an import inside a function is the
usual way to hide a cycle). Imports under ``if TYPE_CHECKING:`` run only for the type checker
and are exempt. A module whose name starts with an underscore is private to its package:
nothing outside that package may import it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Dotted name → file, for every module under the package folder `root`."""
    out: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join([package, *parts])] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run, skipping `if TYPE_CHECKING:` bodies."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Importer → imported modules, for modules inside `modules` only.

    `from pkg import name` is an edge to `pkg.name` when that is a module, else to `pkg`; an
    import of a module is an edge to each package above it too.
    """
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        here = name if is_package else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = here.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            graph[name].update(t for t in targets if t in modules and t != name)
    for name, targets in graph.items():
        # Importing `a.b.c` first runs the packages `a` and `a.b` (their `__init__`), except
        # those the importer sits in, which are running already.
        own = {name.rsplit(".", k)[0] for k in range(name.count(".") + 1)}
        targets.update(
            package
            for target in list(targets)
            for k in range(1, target.count(".") + 1)
            if (package := target.rsplit(".", k)[0]) in modules and package not in own
        )
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def private_imports(graph: dict[str, set[str]]) -> list[str]:
    """`importer -> private module` where the importer is outside the module's package."""
    bad = []
    for importer, targets in graph.items():
        for target in targets:
            package, _, leaf = target.rpartition(".")
            if leaf.startswith("_") and not (importer + ".").startswith(package + "."):
                bad.append(f"{importer} -> {target}")
    return sorted(bad)


def test_editor_app_has_no_import_cycles() -> None:
    graph = import_graph(module_names(REPO / "editor_app", "editor_app"))
    assert len(graph) > 50  # the walk found the package
    assert cycles(graph) == []


def test_no_private_module_is_imported_from_outside_its_package() -> None:
    graph = import_graph(module_names(REPO / "editor_app", "editor_app"))
    assert private_imports(graph) == []


@pytest.fixture
def tangled(tmp_path: Path) -> dict[str, set[str]]:
    """A small package with each fault the checks must catch, and exempt imports beside them."""
    pkg = tmp_path / "pkg"
    (pkg / "inner").mkdir(parents=True)
    (pkg / "views").mkdir()
    files = {
        "__init__.py": "",
        "a.py": "def f():\n    from pkg import b\n",  # function-level: still an edge
        "b.py": "from pkg.a import f\n",
        "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import d\n",
        "d.py": "from pkg import c\n",  # c -> d is type-only: no cycle
        "inner/__init__.py": "",
        "inner/_secret.py": "",
        "inner/ok.py": "from . import _secret\n",
        "e.py": "from pkg.inner import _secret\n",
        # importing pkg.views.base runs pkg/views/__init__, which imports f back: a cycle;
        # views.page importing its own package's base is none
        "views/__init__.py": "from pkg.views.page import Page\n",
        "views/base.py": "",
        "views/page.py": "from pkg.views.base import Base\nfrom pkg import f\n",
        "f.py": "from pkg.views.base import Base\n",
    }
    for rel, text in files.items():
        (pkg / rel).write_text(text, encoding="utf-8")
    return import_graph(module_names(pkg, "pkg"))


def test_checks_find_function_level_and_package_cycles_and_skip_type_only_imports(tangled) -> None:
    assert cycles(tangled) == [["pkg.a", "pkg.b"], ["pkg.f", "pkg.views", "pkg.views.page"]]


def test_checks_find_private_imports_across_packages(tangled) -> None:
    assert tangled["pkg.inner.ok"] == {"pkg.inner._secret"}
    assert private_imports(tangled) == ["pkg.e -> pkg.inner._secret"]
