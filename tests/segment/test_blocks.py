"""Layout blocks: every block typed body, headline, sidebar, header or byline."""

from __future__ import annotations

import pytest
from tests.conftest import CORPUS

from newsfacts.repair import repair
from newsfacts.segment.blocks import find_blocks

CASES = [
    ("财经头条\n\n全市新开工项目一百二十个，总投资超过三百亿元。", ["header", "body"]),
    ("全年完成投资三百亿元。\n\n稳中有进\n\n下半年再开工八十个。", ["body", "headline", "body"]),
    ("全市新建公园三十个。\n\n本报记者 苏墨", ["body", "byline"]),
    ("全市新建公园三十个。\n\n据长沙晚报", ["body", "byline"]),
    ("交通投资创新高\n今年全市交通投资计划完成450亿元，比去年增长一成", ["headline"]),
    ("全市新建公园三十个。\n\n数读\n120个\n今年新开工项目\n\n300亿元\n全年计划投资", [
        "body", "sidebar", "sidebar",
    ]),
    ("数读\n12个\n新病区\n\n记者从市里获悉，新院区今天开放。", ["sidebar", "body"]),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_block_types(text: str, types: list[str]) -> None:
    assert [t for _, _, t in find_blocks(text)] == types


def test_spans_hold_the_block_text() -> None:
    text = "财经头条\n\n\n全市新建公园三十个。 \n\n记者 苏墨\n"
    for start, end, _ in find_blocks(text):
        assert text[start:end] == text[start:end].strip() and text[start:end]


def test_glued_headline_becomes_a_headline_block() -> None:
    raw = "全年带动社会投资超过40亿元。 稳中有进\n\n去年以来，项目陆续开工。"
    text = repair(raw)
    assert [(text[s:e], t) for s, e, t in find_blocks(text)][1] == ("稳中有进", "headline")


@pytest.mark.parametrize("path", sorted((CORPUS / "clean").glob("*.txt")), ids=lambda p: p.stem)
def test_corpus_pages(path) -> None:
    blocks = find_blocks(path.read_text(encoding="utf-8"))
    types = [t for _, _, t in blocks]
    assert types[0] == "header"
    assert types.count("body") >= 3
    assert "sidebar" in types or "headline" in types
