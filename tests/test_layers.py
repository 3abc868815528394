"""Modules depend one way: ingest -> repair -> segment -> extract -> records -> pipeline
-> io / qa / batch -> cli. A lower layer never imports a higher one (type-only imports
under ``if TYPE_CHECKING`` excepted)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsfacts"

LAYERS: dict[str, int] = {
    "errors": 0,
    "ingest": 1,
    "repair": 2,
    "segment": 3,
    "extract": 4,
    "records": 5,
    "pipeline": 6,
    "io": 7, "qa": 7, "batch": 7, "spacy_component": 7,
    "cli": 8,
    "__init__": 9,
}


def layer_of(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def runtime_imports(tree: ast.AST) -> set[str]:
    """``newsfacts.<x>`` modules imported at run time (TYPE_CHECKING blocks skipped)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "newsfacts":
                if len(parts) > 1:
                    found.add(parts[1])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "newsfacts" and len(parts) > 1:
                    found.add(parts[1])
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    assert {layer_of(p) for p in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_upward_import(path: Path) -> None:
    own = LAYERS[layer_of(path)]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upward = {m for m in runtime_imports(tree) if LAYERS.get(m, 0) > own}
    assert not upward, f"{path.relative_to(SRC)} (layer {own}) imports {sorted(upward)}"
