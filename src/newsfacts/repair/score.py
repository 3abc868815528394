"""How close a repaired text is to its hand-cleaned version.

Two figures, both on text with whitespace removed so line layout does not count twice:
the character error rate (edit distance over the clean length) and the F1 of paragraph
starts (paragraphs are blank-line separated; a start is matched through an alignment of
the two texts). The edit distance is Myers' bit-parallel algorithm on Python integers,
fast enough for whole articles without a compiled dependency.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WS = re.compile(r"\s+")
_PARA = re.compile(r"\n[ \t\u3000]*\n\s*")


def strip_space(text: str) -> str:
    """``text`` without any whitespace."""
    return _WS.sub("", text)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (Myers 1999, bit-parallel over ``a``).

    >>> edit_distance("前不久宣布", "前不久前不久宣布")
    3
    """
    if not a:
        return len(b)
    m = len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1 | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | ~(xv | ph) & mask
        mv = ph & xv
    return score


def cer(repaired: str, clean: str) -> float:
    """Character error rate of ``repaired`` against ``clean``, whitespace ignored."""
    r, c = strip_space(repaired), strip_space(clean)
    return edit_distance(c, r) / max(len(c), 1)


def paragraph_starts(text: str) -> list[int]:
    """Whitespace-free offsets where the blank-line separated paragraphs start."""
    starts: list[int] = []
    pos = 0
    nonspace = 0
    for m in _PARA.finditer(text + "\n\n"):
        chunk = strip_space(text[pos : m.start()])
        if chunk:
            starts.append(nonspace)
            nonspace += len(chunk)
        pos = m.end()
    return starts


def paragraph_f1(repaired: str, clean: str) -> float:
    """F1 of paragraph starts of ``repaired`` against ``clean`` (aligned, whitespace ignored)."""
    r, c = strip_space(repaired), strip_space(clean)
    matcher = SequenceMatcher(None, r, c, autojunk=False)
    to_clean: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            to_clean[block.a + k] = block.b + k
    predicted = {to_clean.get(s, -1 - s) for s in paragraph_starts(repaired)}
    gold = set(paragraph_starts(clean))
    hits = len(predicted & gold)
    if not predicted or not gold:
        return float(predicted == gold)
    precision, recall = hits / len(predicted), hits / len(gold)
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)
