"""Entity case tables: organisations, projects, documents, people and places in sentences.

Each row of ``tests/cases/entities/*.jsonl`` gives a text, the facts it must yield
(``expect``: kind, name and, for people, title and org) and those it must not (``absent``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts import process
from newsfacts.records import ENTITY_KINDS

CASES = Path(__file__).resolve().parents[1] / "cases" / "entities"


def _rows() -> list:
    rows = []
    for path in sorted(CASES.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                rows.append(pytest.param(row, id=f"{path.stem}-{n}"))
    return rows


def _entities(text: str) -> list[dict]:
    return [f.model_dump() for f in process(text).facts if f.kind in ENTITY_KINDS]


@pytest.mark.parametrize("row", _rows())
def test_entity_case(row: dict) -> None:
    got = _entities(row["text"])
    for want in row["expect"]:
        hits = [g for g in got if g["kind"] == want["kind"] and g["name"] == want["name"]]
        assert hits, f"missing {want} in {[(g['kind'], g['name']) for g in got]}"
        for key in ("title", "org"):
            if key in want:
                assert any(h.get(key) == want[key] for h in hits), (key, hits)
    for bad in row.get("absent", []):
        assert not [g for g in got if g["kind"] == bad["kind"] and g["name"] == bad["name"]]


@pytest.mark.parametrize("row", _rows())
def test_entity_spans_are_the_text(row: dict) -> None:
    article = process(row["text"])
    for f in article.facts:
        assert article.text[f.start : f.end] == f.text


def test_every_mention_of_one_org_has_one_name() -> None:
    text = "武汉的企业加快转型。市科技局介绍，今年立项增加。据市科技局统计，投入增长。"
    orgs = [f for f in process(text).facts if f.kind == "org"]
    assert len(orgs) == 2
    assert {f.name for f in orgs} == {"武汉市科学技术局"}
    assert {f.text for f in orgs} == {"市科技局"}


def test_alias_of_a_context_name_links_to_it() -> None:
    text = "，星衡智算科技联合浙江大学攻关。星衡智算的研发人员中，博士占比超过三成。"
    orgs = {f.text: f.name for f in process(text).facts if f.kind == "org"}
    assert orgs.get("星衡智算科技") == "星衡智算科技"
    assert orgs.get("星衡智算") == "星衡智算科技"
