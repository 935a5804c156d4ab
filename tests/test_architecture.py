"""The architecture, as the import statements show it (read with ast, function-level imports too):

    errors, environment < model < loading < queries < checking | citations | interchange < render < cli < __main__

A module imports only from its own package and the layers below it; the three packages of one
layer do not import each other. No two modules import each other, even by a detour. The core
(everything below render) never imports typer, rich or click, and no module uses a private name
of typer or click. A subpackage's __init__.py is its docstring alone, so importing one module of
a package runs nothing else.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "zt_timeline"
LAYERS = {"errors": 0, "environment": 0, "__init__": 0, "model": 1, "loading": 2, "queries": 3, "checking": 4,
          "citations": 4, "interchange": 4, "render": 5, "cli": 6, "__main__": 7}
CORE = frozenset(name for name, rank in LAYERS.items() if rank < LAYERS["render"])
UI_LIBRARIES = frozenset({"typer", "rich", "click"})
# typer.main's public way from a Typer app to its click command or group.
TYPER_MAIN_PUBLIC = frozenset({"get_command", "get_group"})
# A named tuple's documented methods, underscored so as not to clash with its fields.
NAMEDTUPLE_API = frozenset({"_replace", "_asdict", "_fields", "_field_defaults", "_make"})


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(path.read_text(encoding="utf-8"), str(path)) for name, path in MODULES.items()}


def imported(name: str, tree: ast.Module) -> set[str]:
    """Every name a module imports, absolute, anywhere in it (module level, in functions, under
    TYPE_CHECKING), as the module it names, or the module.attribute for `from module import attribute`."""
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.update(f"{module}.{alias.name}" for alias in node.names)
            found.add(module)
    return found


def own_modules(name: str) -> set[str]:
    """The modules of zt that `name` imports (a package's __init__ as the package's name)."""
    found = set()
    for target in imported(name, TREES[name]):
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)
    return found


GRAPH = {name: own_modules(name) for name in MODULES}


def layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_module_is_in_a_layer():
    assert {layer(name) for name in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down_the_layers(name):
    mine = layer(name)
    wrong = sorted(target for target in GRAPH[name]
                   if layer(target) != mine and LAYERS[layer(target)] >= LAYERS[mine])
    assert not wrong, f"{name} ({mine}) imports from its own layer or above: {wrong}"


def test_no_module_imports_itself_by_a_detour():
    """No cycle: each module's imports, followed to the end, never come back to it."""
    cycles = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(GRAPH[name]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in cycles)


@pytest.mark.parametrize("name", sorted(name for name in MODULES if layer(name) in CORE))
def test_the_core_never_imports_the_user_interface_libraries(name):
    libraries = {target.split(".")[0] for target in imported(name, TREES[name])} & UI_LIBRARIES
    assert not libraries, f"{name} imports {sorted(libraries)}"


def private_uses(tree: ast.Module, name: str, own_code: bool) -> list[str]:
    """Private names of typer or click a file uses: imported, reached through them, and (in zt's
    own code, which reaches nothing private of anything) any `obj._name` but on self or cls."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            root = node.module.split(".")[0]
            if root in UI_LIBRARIES - {"rich"}:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
                found.extend(n for n in names if any(part.startswith("_") for part in n.split(".")))
                if node.module == "typer.main":
                    found.extend(f"typer.main.{alias.name}" for alias in node.names
                                 if alias.name not in TYPER_MAIN_PUBLIC)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names if alias.name.split(".")[0] in UI_LIBRARIES - {"rich"}
                         and any(part.startswith("_") for part in alias.name.split(".")))
        elif isinstance(node, ast.Attribute):
            chain, inner = [node.attr], node.value
            while isinstance(inner, ast.Attribute):
                chain.append(inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name):
                dotted = [inner.id, *reversed(chain)]
                if dotted[0] in UI_LIBRARIES - {"rich"}:
                    if any(part.startswith("_") and not part.startswith("__") for part in dotted[1:]):
                        found.append(".".join(dotted))
                    if dotted[:2] == ["typer", "main"] and len(dotted) > 2 and dotted[2] not in TYPER_MAIN_PUBLIC:
                        found.append(".".join(dotted[:3]))
            private = node.attr.startswith("_") and not node.attr.startswith("__") and node.attr not in NAMEDTUPLE_API
            if own_code and private and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}):
                found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return sorted(set(found))


PYTHON_FILES = sorted([*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")])


@pytest.mark.parametrize("path", PYTHON_FILES, ids=[str(path.relative_to(ROOT)) for path in PYTHON_FILES])
def test_no_private_name_of_typer_or_click(path):
    if path.name == "test_architecture.py":
        return  # this file names them to look for them
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    assert private_uses(tree, str(path), own_code=PACKAGE in path.parents) == []


def test_the_private_name_check_finds_what_it_looks_for():
    code = ("import typer._click\nfrom typer.main import get_command_from_info, get_command\n"
            "from typer._coercion import build_runtime_param\nparam._runtime_param = None\n"
            "typer.main.get_command_name('x')\nself._fine = 1\n")
    assert private_uses(ast.parse(code), "example.py", own_code=True) == [
        "param._runtime_param (line 4)", "typer._click", "typer._coercion", "typer._coercion.build_runtime_param",
        "typer.main.get_command_from_info", "typer.main.get_command_name"]


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*/__init__.py")), ids=lambda path: path.parent.name)
def test_a_subpackage_init_is_its_docstring_alone(path):
    body = ast.parse(path.read_text(encoding="utf-8")).body
    assert len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant), (
        f"{path.relative_to(ROOT)} holds more than its docstring")
    assert isinstance(body[0].value.value, str) and body[0].value.value.strip()
