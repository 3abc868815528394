"""Word-table alternations: the trie matches exactly what the plain longest-first form does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extract.patterns import longest_first, trie

CASES = [
    (["有限公司", "股份有限公司", "公司"], "甲股份有限公司乙公司", ["股份有限公司", "公司"]),
    (["武汉", "武汉市", "成都"], "武汉市和成都、武汉", ["武汉市", "成都", "武汉"]),
    (["元", "万元", "亿元", "美元"], "3万元、5亿元和7美元", ["万元", "亿元", "美元"]),
    (["a.b", "a+b"], "a.b a+b axb", ["a.b", "a+b"]),
]


@pytest.mark.parametrize(("words", "text", "found"), CASES)
@pytest.mark.parametrize("build", [longest_first, trie])
def test_longest_word_wins(build, words: list[str], text: str, found: list[str]) -> None:
    assert [m.group() for m in re.finditer(build(words), text)] == found


@given(
    words=st.lists(st.text(alphabet="万亿元千百十年度", min_size=1, max_size=4), min_size=1,
                   max_size=12),
    text=st.text(alphabet="万亿元千百十年度 ", max_size=40),
)
def test_trie_matches_like_longest_first(words: list[str], text: str) -> None:
    plain = [(m.start(), m.group()) for m in re.finditer(longest_first(words), text)]
    assert [(m.start(), m.group()) for m in re.finditer(trie(words), text)] == plain


def test_guard_applies_to_a_top_level_single_character() -> None:
    pattern = re.compile(trie(["年", "万元"], guards={"年": r"(?<!\d{4})"}))
    assert [m.group() for m in pattern.finditer("2024年，3年，5万元")] == ["年", "万元"]
