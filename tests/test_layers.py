"""The import graph of ``src/kzsocial``: no cycles, and every import points down the layers (issue 16).

Every import counts: module level, inside functions, and under ``if TYPE_CHECKING:``. An import of
``kzsocial.x._y`` is an edge to that module (Python also runs the package ``kzsocial.x`` first, whose own imports
are edges of ``kzsocial.x``). The layers, bottom first (see ``docs/contributing.md``, "Where the code lives"):

0. errors and small helpers (``errors``, ``_checks``, ``_search``, the ``serde`` engine every value's ``to_dict``
   uses, the package root with ``__version__``);
1. the calendar, and beside it provenance and text, and the reading of the data files' JSON (``_datafile``);
2. the registry of offices, with the builder of the offices (it reads no service);
3. the services (they may use the registry; the registry never imports them) and the packaged data they load;
4. the notices;
5. on top: export, schema, loader, cases, the HTTP service, the testers' kit and the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

LAYERS: dict[str, int] = {
    "kzsocial": 0,  # the package itself: __version__ only (the root entry matches the root module alone)
    "kzsocial.errors": 0,
    "kzsocial._checks": 0,
    "kzsocial._search": 0,
    "kzsocial.serde": 0,
    "kzsocial._public": 0,  # the names of the public modules serde lists (imports nothing: lazy packages register)
    "kzsocial.calendar": 1,
    "kzsocial.provenance": 1,
    "kzsocial.text": 1,
    "kzsocial._datafile": 1,  # reading the data files' JSON: the helpers every record builder uses
    "kzsocial.registry": 2,
    "kzsocial.services": 3,
    "kzsocial._data": 3,  # the acts and the dataset (the offices' builder: registry._builder, layer 2)
    "kzsocial._translations": 1,  # the translations overlay the data builders apply (it reads provenance alone)
    "kzsocial._issue_texts": 1,  # the data issues' Kazakh and Russian texts the data builders apply (provenance)
    "kzsocial.notices": 4,
    "kzsocial.export": 5,
    "kzsocial.schema": 5,
    "kzsocial.loader": 5,
    "kzsocial.cases": 5,
    "kzsocial.api": 5,
    "kzsocial.testing": 5,
    "kzsocial.cli": 5,
    "kzsocial.__main__": 5,
}
"""Layer number by module prefix (the longest dotted prefix wins); an import may go to its own layer or lower."""

KNOWN_CYCLES: set[frozenset[str]] = set()
"""Cycles still to break: none left (issue 16). The test fails when a new one appears."""

KNOWN_UPWARD: set[tuple[str, str]] = set()
"""Imports against the layers still to remove: none left; the same rule: none new."""


def _modules() -> dict[str, tuple[Path, bool]]:
    found: dict[str, tuple[Path, bool]] = {}
    for path in sorted((SRC / "kzsocial").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, package)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the kzsocial modules it imports (anywhere in its text)."""
    modules = _modules()

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, (path, package) in modules.items():
        here = name if package else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                    source = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    source = node.module or ""
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names]
            for target in targets:
                if target == "kzsocial" or target.startswith("kzsocial."):
                    resolved = resolve(target)
                    if resolved is not None and resolved != name:
                        graph[name].add(resolved)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def layer_of(module: str) -> int:
    name = module
    while name:
        if name in LAYERS and (name != "kzsocial" or module == "kzsocial"):
            return LAYERS[name]
        name = name.rpartition(".")[0]
    raise AssertionError(f"{module} has no layer: add its prefix to LAYERS in tests/test_layers.py")


GRAPH = import_graph()


def test_the_graph_sees_every_kind_of_import() -> None:
    # a module-level, a function-level and a TYPE_CHECKING import, each of which the graph must hold
    assert "kzsocial.serde" in GRAPH["kzsocial.calendar._dayfact"]  # module level
    assert "kzsocial.cli._talon" in GRAPH["kzsocial.cli._deadline"]  # inside a function
    assert "kzsocial.calendar._daycal" in GRAPH["kzsocial.calendar._schedule"]  # under TYPE_CHECKING
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset({"a", "b", "c"})]


def test_the_service_definition_and_its_deadline_do_not_import_each_other() -> None:
    # the deadline is counted below the definition (it reads a DeadlineService protocol); the definition calls it
    assert "kzsocial.services._deadline" in GRAPH["kzsocial.services._definition"]
    assert not {m for m in GRAPH["kzsocial.services._deadline"] if m.startswith("kzsocial.services")} - {
        "kzsocial.services._terms",
        "kzsocial.services._documents",
    }


def test_imports_by_name_stay_inside_their_package() -> None:
    # importlib.import_module hides an import from the graph above: serde.public_types() reads the modules that
    # registered themselves instead of importing the layers above it; the lazy calendar package and the testers'
    # plugin load their own modules by name, and notices' optional extras are third-party packages
    assert "import_module" not in (SRC / "kzsocial" / "serde.py").read_text(encoding="utf-8")
    for name, (path, _) in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module",
                "__import__",
            ):
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and str(arg.value).startswith("kzsocial"):
                    assert str(arg.value).startswith(name.rpartition(".")[0] or name), (name, arg.value)


def test_no_import_cycles() -> None:
    found = set(cycles(GRAPH))
    new = [sorted(c) for c in found - KNOWN_CYCLES]
    assert not new, f"import cycles: {new}; move the shared definition to the lower module"
    gone = [sorted(c) for c in KNOWN_CYCLES - found]
    assert not gone, f"these cycles are broken now: delete them from KNOWN_CYCLES: {gone}"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_every_module_has_a_layer(module: str) -> None:
    assert 0 <= layer_of(module) <= 5


def test_imports_go_down_the_layers() -> None:
    upward = {(a, b) for a, targets in GRAPH.items() for b in targets if layer_of(b) > layer_of(a)}
    new = sorted(upward - KNOWN_UPWARD)
    assert not new, "imports against the layers: " + ", ".join(
        f"{a} (layer {layer_of(a)}) -> {b} (layer {layer_of(b)})" for a, b in new
    )
    gone = sorted(KNOWN_UPWARD - upward)
    assert not gone, f"these are gone now: delete them from KNOWN_UPWARD: {gone}"


def test_the_registry_never_imports_the_services_beyond_the_known_backlog() -> None:
    reaching = {(a, b) for a, t in GRAPH.items() for b in t if a.startswith("kzsocial.registry") and "services" in b}
    assert reaching <= KNOWN_UPWARD


def test_the_registry_loads_without_the_services() -> None:
    # offices() reads the offices alone: neither the services nor the dataset assembly is imported (issue 16)
    import subprocess
    import sys

    code = (
        "import sys\nfrom kzsocial.registry import offices\nassert len(offices()) > 100\n"
        "print(sorted(m for m in sys.modules if m.startswith('kzsocial.services') or m == 'kzsocial._data'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out
