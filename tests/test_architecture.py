"""The package's shape: data flows one way through its stages, and the tools say so.

- No module imports (directly or not) one that imports it, and no stage (a sub-package or a top-level
  module of ``migration_kg``) imports, through any of its modules, a stage that imports it.
- The import-linter ``layers`` contract in ``.importlinter`` holds; it lists the stages in the order
  README's "Layout" draws; a contract that the code breaks is reported broken (the check is real).
- Few arrows between stages: at most 50 pairs (stage A imports something of stage B), counting a
  sub-package, or a top-level module, as one stage (the command line's modules as one).
"""

from __future__ import annotations

import ast
import configparser
import re
from collections import defaultdict

import pytest
from importlinter.cli import lint_imports

from tests import paths

PACKAGE = paths.ROOT / "migration_kg"
CONTRACT = paths.ROOT / ".importlinter"
MAX_ARROWS = 50


def _module_name(file) -> str:
    parts = file.relative_to(paths.ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (at module level or inside a function)."""
    graph: dict[str, set[str]] = {}
    for file in PACKAGE.rglob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("migration_kg"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("migration_kg"))
        graph[_module_name(file)] = found
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    path: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(" -> ".join(path[path.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


#: The command line's modules sit side by side in the package's root: one stage.
COMMAND_LINE = {"cli_base": "cli", "cli_curate": "cli", "cli_review": "cli", "completion": "cli"}


def _stage(module: str) -> str | None:
    """The stage a module belongs to: its sub-package or top-level module, the command line's modules
    together (None: the package itself, which only names the version and the public exceptions)."""
    parts = module.split(".")
    return COMMAND_LINE.get(parts[1], parts[1]) if len(parts) > 1 else None


def stage_arrows() -> dict[str, set[str]]:
    arrows: dict[str, set[str]] = defaultdict(set)
    for module, deps in _imports().items():
        for dep in deps:
            a, b = _stage(module), _stage(dep)
            if a and b and a != b:
                arrows[a].add(b)
    return arrows


def test_no_module_imports_itself_through_others():
    cycles = _cycles(_imports())
    assert not cycles, "import cycles: " + "; ".join(cycles)


def test_no_stage_imports_itself_through_others():
    cycles = _cycles(stage_arrows())
    assert not cycles, "import cycles between stages: " + "; ".join(cycles)


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a -> b -> c -> a"]


def test_few_arrows_between_stages():
    count = sum(len(targets) for targets in stage_arrows().values())
    assert 0 < count <= MAX_ARROWS, f"{count} import arrows between stages (at most {MAX_ARROWS})"


def _layers(config) -> list[str]:
    parser = configparser.ConfigParser()
    parser.read_string(config)
    return [line.strip() for line in parser["importlinter:contract:layers"]["layers"].splitlines() if line.strip()]


def test_the_layers_contract_is_kept():
    assert lint_imports(config_filename=str(CONTRACT), no_cache=True) == 0


def test_a_contract_the_code_breaks_is_reported(tmp_path):
    """The same contract with two stages swapped (mapping reads curation's records, so curation may
    not sit above it) is broken: the linter reads the real imports."""
    text = CONTRACT.read_text(encoding="utf-8")
    swapped = re.sub(r"(?m)^(\s+)mapping\n(\s+)curation$", r"\1curation\n\2mapping", text)
    assert swapped != text
    broken = tmp_path / "broken.ini"
    broken.write_text(swapped, encoding="utf-8")
    assert lint_imports(config_filename=str(broken), no_cache=True) == 1


def test_every_stage_is_in_the_contract():
    named = {name.strip() for layer in _layers(CONTRACT.read_text(encoding="utf-8")) for name in layer.split("|")}
    stages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    stages |= {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert stages == named


def test_the_contract_draws_the_readme_stage_order():
    """README "Layout" draws the stages in the order data flows through them; the contract lists the
    same stages, each later one above the earlier ones."""
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    flow = readme[readme.index("## Layout"):].split("Beside them")[0]
    order = re.findall(r"`migration_kg/(\w+)/`", flow)
    assert order == ["curation", "mapping", "stores", "checks", "outputs"], order
    layers = [layer.split("|")[0].strip() for layer in _layers(CONTRACT.read_text(encoding="utf-8"))]
    positions = [layers.index(stage) for stage in order]
    assert positions == sorted(positions, reverse=True), (order, layers)


@pytest.mark.parametrize("stage", ["curation", "mapping", "stores", "checks", "outputs"])
def test_each_stage_is_a_sub_package_with_a_docstring(stage):
    init = PACKAGE / stage / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{stage} says what it does"
