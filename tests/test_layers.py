"""The import rules of docs/ARCHITECTURE.md, checked on the source (ast, nothing is imported).

Layers, bottom up; a module may import its own layer and the ones below:

1. ``voicecoach/core/`` (pure: stdlib, numpy, pydantic)
2. ``voicecoach/adapters/`` (one module per outside thing)
3. services: ``voicecoach/live/``, ``analysis.py``, ``batch.py``, ``report.py``, ``i18n.py``
4. ``voicecoach/tui/``
5. ``voicecoach/commands/`` (the ``app`` command starts the TUI; the TUI never imports a command)
6. ``voicecoach/cli.py`` and ``voicecoach/__main__.py``

Besides the layers: no import circle between our modules (module-level imports; those under
``if TYPE_CHECKING:`` and inside functions are not part of the import graph), our own modules
imported at the top of the file (never inside a function), and no ``importlib``/``__import__``
back door to our own code. Each failure lists ``file:line`` of every offending import.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "voicecoach"

# (rank, name) of each layer; a module may import modules of the same or a lower rank.
LAYERS: dict[str, tuple[int, str]] = {
    "voicecoach": (0, "package root"),  # only __version__: anything may import it
    "voicecoach.core": (1, "core"),
    "voicecoach.adapters": (2, "adapters"),
    "voicecoach.live": (3, "services"),
    "voicecoach.analysis": (3, "services"),
    "voicecoach.batch": (3, "services"),
    "voicecoach.report": (3, "services"),
    "voicecoach.i18n": (3, "services"),
    "voicecoach.tui": (4, "tui"),
    "voicecoach.commands": (5, "commands"),
    "voicecoach.cli": (6, "cli"),
    "voicecoach.__main__": (6, "cli"),
}

LOADERS = {"import_module", "__import__", "find_spec", "spec_from_file_location", "module_from_spec", "reload"}
OUR_MODULE_NAME = re.compile(r"^voicecoach(\.[A-Za-z_]\w*)+$")


@dataclass(frozen=True)
class Import:
    """One import of our own code: ``source`` (file relative to the repository) imports
    ``target`` (a dotted module name) at ``line``."""

    source: str
    importer: str
    target: str
    line: int
    in_function: bool
    type_checking: bool

    def where(self) -> str:
        return f"{self.source}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


FILES = sorted(p for p in PACKAGE.rglob("*.py") if "_shipped" not in p.parts)
MODULES = {module_name(p): p for p in FILES}


def layer_of(module: str) -> tuple[int, str] | None:
    """The layer of a dotted module name: the longest prefix in LAYERS (the root only as itself)."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in LAYERS and (prefix != "voicecoach" or module == "voicecoach"):
            return LAYERS[prefix]
    return None


def resolve(importer: str, is_package: bool, module: str | None, level: int) -> str:
    """The absolute name of ``from <level dots><module> import ...`` inside ``importer``."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def walk_imports(
    node: ast.AST, in_function: bool = False, type_checking: bool = False
) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    """Every import statement below ``node``, with whether it sits in a function body and
    whether under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, in_function, type_checking
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from walk_imports(child, True, type_checking)
        elif isinstance(child, ast.If) and is_type_checking(child.test):
            for statement in child.body:
                yield from walk_imports(ast.Module(body=[statement], type_ignores=[]), in_function, True)
            for statement in child.orelse:
                yield from walk_imports(ast.Module(body=[statement], type_ignores=[]), in_function, type_checking)
        else:
            yield from walk_imports(child, in_function, type_checking)


def our_imports(path: Path, tree: ast.Module) -> Iterator[Import]:
    importer = module_name(path)
    source = str(path.relative_to(REPO))
    for node, in_function, type_checking in walk_imports(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = resolve(importer, path.name == "__init__.py", node.module, node.level)
            for alias in node.names:
                # ``from voicecoach.core import judge`` imports the module voicecoach.core.judge
                sub = f"{base}.{alias.name}"
                targets.append(sub if sub in MODULES else base)
        for target in dict.fromkeys(targets):
            if target == "voicecoach" or target.startswith("voicecoach."):
                yield Import(source, importer, target, node.lineno, in_function, type_checking)


TREES = {path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in FILES}
IMPORTS = [imp for path, tree in TREES.items() for imp in our_imports(path, tree)]


def report(title: str, problems: list[str]) -> str:
    return f"{title} ({len(problems)}):\n  " + "\n  ".join(problems)


def test_the_package_is_found_and_parsed() -> None:
    assert "voicecoach.core.judge" in MODULES and "voicecoach.cli" in MODULES
    assert any(imp.importer == "voicecoach.cli" for imp in IMPORTS)


def test_every_module_belongs_to_a_layer() -> None:
    problems = [
        f"{path.relative_to(REPO)}: {name} is in no layer (add it to LAYERS here and to docs/ARCHITECTURE.md)"
        for name, path in MODULES.items()
        if layer_of(name) is None
    ]
    assert not problems, report("modules outside the layers", problems)


def test_imports_go_down_the_layers() -> None:
    problems = []
    for imp in IMPORTS:
        mine, theirs = layer_of(imp.importer), layer_of(imp.target)
        if mine is None or theirs is None:
            continue
        if theirs[0] > mine[0]:
            problems.append(f"{imp.where()}: {mine[1]} imports {imp.target} ({theirs[1]}, a layer above)")
    assert not problems, report("imports that run up a layer", problems)


def test_our_modules_are_imported_at_the_top_not_inside_functions() -> None:
    problems = [
        f"{imp.where()}: {imp.target} imported inside a function"
        for imp in IMPORTS
        if imp.in_function and not imp.type_checking
    ]
    assert not problems, report("imports of voicecoach.* inside functions", problems)


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of ``graph`` with more than one node or a self-edge."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles() -> None:
    module_level = [imp for imp in IMPORTS if not imp.in_function and not imp.type_checking]
    graph: dict[str, set[str]] = {}
    for imp in module_level:
        if imp.target in MODULES:
            graph.setdefault(imp.importer, set()).add(imp.target)
    problems = []
    for component in strongly_connected(graph):
        members = set(component)
        edges = sorted(
            f"{imp.where()}: {imp.importer} -> {imp.target}"
            for imp in module_level
            if imp.importer in members and imp.target in members
        )
        problems.append(f"circle of {', '.join(component)}:\n    " + "\n    ".join(edges))
    assert not problems, report("import circles", problems)


def is_ours(argument: ast.expr) -> bool:
    """A string naming one of our modules: 'voicecoach...', a relative '.x', or an f-string
    whose text mentions voicecoach."""
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value == "voicecoach" or argument.value.startswith(("voicecoach.", "."))
    if isinstance(argument, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and "voicecoach" in str(part.value) for part in argument.values)
    return False


def test_no_importlib_back_door_to_our_code() -> None:
    problems = []
    for path, tree in TREES.items():
        source = path.relative_to(REPO)
        uses_importlib = any(
            isinstance(node, (ast.Import, ast.ImportFrom))
            and any((alias.name if isinstance(node, ast.Import) else node.module or "").startswith("importlib")
                    for alias in node.names)
            for node in ast.walk(tree)
        )  # fmt: skip
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in LOADERS and node.args and is_ours(node.args[0]):
                problems.append(f"{source}:{node.lineno}: {name}() loads our own code")
            elif uses_importlib or name == "__import__":
                for argument in node.args:
                    if (
                        isinstance(argument, ast.Constant)
                        and isinstance(argument.value, str)
                        and OUR_MODULE_NAME.match(argument.value)
                    ):
                        problems.append(
                            f"{source}:{node.lineno}: {argument.value!r} handed to {name or 'a call'}() "
                            "in a module that uses importlib"
                        )
    assert not problems, report("importlib loaders for our own code", problems)
