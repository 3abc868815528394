"""Regex alternations built from word tables, shared by every finder.

Two forms: ``longest_first`` (a plain alternation, cheap to build, for a few words of one
article) and ``trie`` (the same matches, as a trie: a failing position tries one branch per
first character instead of one per word, which keeps large tables fast). Both prefer the
longest word at a position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> str:
    """``a|b|c``, longest first, empty words dropped.

    >>> longest_first(["武汉", "武汉市", "成都"])
    '武汉市|成都|武汉'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w)


def trie(words: Iterable[str], guards: dict[str, str] | None = None) -> str:
    """A group matching what ``longest_first(words)`` matches, built as a trie.

    Words of one character at a node share a class. ``guards`` puts a lookaround before a
    one-character word at the top ("年" only after no four digits).

    >>> trie(["武汉", "武汉市", "成都"])
    '(?:成(?:都)|武(?:汉(?:市)?))'
    >>> re.fullmatch(trie(["武汉", "武汉市"]), "武汉市") is not None
    True
    """
    guards = guards or {}
    root: dict = {}
    for w in set(words):
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, top: bool) -> str:
        guarded = guards if top else {}
        leaves = sorted(c for c, sub in node.items()
                        if c and set(sub) == {""} and c not in guarded)
        branches = [guarded.get(c, "") + re.escape(c) + build(sub, False)
                    for c, sub in sorted(node.items()) if c and c not in leaves]
        if leaves:
            cls = "".join(re.escape(c) for c in leaves)
            branches.append(cls if len(leaves) == 1 else f"[{cls}]")
        if not branches:
            return ""
        alt = "(?:" + "|".join(branches) + ")"
        return alt + "?" if "" in node else alt

    return build(root, True)


def find_words(words: Iterable[str], text: str, tail: str = "") -> list[tuple[int, int]]:
    """Spans of ``words`` in ``text``, as ``re.finditer(longest_first(words))`` finds them:
    leftmost first, the longest word at a position, never overlapping. Plain string
    searches, so the few names of one article need no pattern compiled for it. With
    ``tail``, a word takes it along where the text has it right after (as
    ``(?:words)(?:tail)?``), so the next word is searched after it; spans are of the words.

    >>> find_words(["武汉", "武汉市", "成都"], "武汉市和成都、武汉")
    [(0, 3), (4, 6), (7, 9)]
    >>> find_words(["溪州", "市云"], "溪州市云塘区", tail="市")
    [(0, 2)]
    """
    longest: dict[int, int] = {}  # start -> length of the longest word starting there
    for w in set(words):
        n = len(w)
        at = text.find(w) if n else -1
        while at >= 0:
            if longest.get(at, 0) < n:
                longest[at] = n
            at = text.find(w, at + 1)
    spans: list[tuple[int, int]] = []
    reach = 0
    for start in sorted(longest):
        if start >= reach:
            end = reach = start + longest[start]
            if tail and text.startswith(tail, end):
                reach += len(tail)
            spans.append((start, end))
    return spans
