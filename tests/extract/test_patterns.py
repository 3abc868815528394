"""Word-table alternations: the trie matches exactly what the plain longest-first form does."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsfacts.extract.patterns import find_words, longest_first, trie

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


@given(
    words=st.lists(st.text(alphabet="万亿元千百十年市", max_size=4), max_size=12),
    text=st.text(alphabet="万亿元千百十年市 ", max_size=40),
    tail=st.sampled_from(["", "市", "万元"]),
)
@example(words=["溪州", "市云"], text="溪州市云", tail="市")
def test_find_words_finds_like_the_alternation(words: list[str], text: str, tail: str) -> None:
    if not any(words):
        assert find_words(words, text, tail) == []
        return
    pattern = f"(?P<word>{longest_first(words)})(?:{re.escape(tail)})?"
    assert find_words(words, text, tail) == [m.span("word") for m in re.finditer(pattern, text)]
