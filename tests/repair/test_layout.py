"""Layout reading: the fast width path agrees with the character classes, the stdlib
patterns use the same white space as the ``regex`` module, and fixers share one layout."""

from __future__ import annotations

import json
import re
import sys

import pytest
import regex
from tests.conftest import CASES, CORPUS

from newsfacts.repair.layout import (
    SPACE_CHARS,
    SPACE_CLASS,
    Line,
    block_spans,
    display_width,
    find_one,
    iter_lines,
    layout_of,
)

WIDTHS = [
    json.loads(line)
    for line in (CASES / "repair" / "widths.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_space_class_is_the_regex_modules_white_space() -> None:
    ours = re.compile(f"[{SPACE_CLASS}]")
    theirs = regex.compile(r"\s")
    differ = [
        c for c in map(chr, range(sys.maxunicode + 1))
        if (ours.match(c) is None) != (theirs.match(c) is None)
    ]
    assert differ == []
    assert {c for c in map(chr, range(0x3001)) if ours.match(c)} == SPACE_CHARS


@pytest.mark.parametrize("case", WIDTHS, ids=[c["comment"] for c in WIDTHS])
def test_line_width(case: dict) -> None:
    text = case["text"]
    assert Line(0, len(text), text).width == case["width"]
    block = find_one(f"{text}\n{text}\n", 0, 2 * len(text) + 2)
    assert block.widths == [case["width"]] * 2


@pytest.mark.parametrize("path", sorted((CORPUS / "raw").glob("*.txt")), ids=lambda p: p.stem)
def test_block_widths_match_display_width(path) -> None:
    text = path.read_text(encoding="utf-8")
    for lo, hi in block_spans(text):
        block = find_one(text, lo, hi, odd=True)
        fast = find_one(text, lo, hi, odd=re.search(r"[℃①·]", text[lo:hi]) is not None)
        assert block.widths == fast.widths
        slow = [ln for ln in iter_lines(text, lo, hi) if ln.text]
        assert block.texts == [ln.text for ln in slow]
        assert block.starts == [ln.start for ln in slow]
        assert block.widths == [ln.width for ln in slow]
        assert all(display_width(t) >= w for t, w in zip(block.texts, block.widths, strict=True))


def test_fixers_share_a_layout_per_text() -> None:
    text = "全市新开工项目一百二十个，\n总投资超过三百亿元。"
    assert layout_of(text) is layout_of(text)
    other = "".join([text[:1], text[1:]])  # equal, but another object
    assert layout_of(other) is not layout_of(text)
    assert layout_of(other).spans == layout_of(text).spans
