"""Repair on data tables: positives give the expected text, negatives get zero edits."""

from __future__ import annotations

import doctest
import importlib
import json
from dataclasses import replace

import pytest
from tests.conftest import CASES

from newsfacts.repair import FIXERS, RepairConfig, repair, repair_and_explain, replay

POSITIVES = [
    json.loads(line)
    for line in (CASES / "repair" / "positives.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
NEGATIVES = [
    line
    for line in (CASES / "repair" / "negatives.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
MODULES = [
    "newsfacts.repair.fixers", "newsfacts.repair.doubling", "newsfacts.repair.spacing",
    "newsfacts.repair.wraps", "newsfacts.repair.headlines", "newsfacts.repair.layout",
    "newsfacts.repair.degrade", "newsfacts.repair.score", "newsfacts.segment.blocks",
]


def test_negative_set_is_large() -> None:
    assert len(NEGATIVES) >= 300


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives_get_no_edit(sentence: str) -> None:
    rep = repair_and_explain(sentence)
    assert rep.n_changes == 0, [(s.name, s.olds) for s in rep.steps]


def test_negatives_as_one_text_get_no_edit() -> None:
    text = "\n\n".join(NEGATIVES)
    assert repair_and_explain(text).n_changes == 0


@pytest.mark.parametrize("case", POSITIVES, ids=[c["label"] for c in POSITIVES])
def test_positives(case: dict) -> None:
    rep = repair_and_explain(case["raw"])
    assert rep.text == case["expected"]
    assert replay(case["raw"], rep.steps) == rep.text
    for step in rep.steps:
        assert all(c.reason for c in step.changes)


@pytest.mark.parametrize("name", [n for n, _ in FIXERS])
def test_each_switch_turns_off_its_fixer(name: str) -> None:
    config = replace(RepairConfig(), **{name: False})
    for case in POSITIVES:
        steps = repair_and_explain(case["raw"], config).steps
        assert name not in {s.name for s in steps}


def test_switching_off_doubling_keeps_the_doubling() -> None:
    raw = "近日近日，，20252025年全市年全市科技成果科技成果发布会召开。"
    assert repair(raw, RepairConfig(collapse_doubled_runs=False)) == raw
    assert repair(raw) != raw


@pytest.mark.parametrize("module", MODULES)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
