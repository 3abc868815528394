"""The fast paths of repair give what their plain definitions give.

Each shortcut in the hot path (a pre-filter, a one-pass rewrite) is checked against the
direct formulation it replaces, on the corpus, on degraded copies of it and on random
strings drawn from a small alphabet, where repeats and edge spaces are frequent.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsfacts.repair.degrade import degrade
from newsfacts.repair.doubling import (
    _CANDIDATE,
    _CHAR_PAIRS,
    _WHITESPACE,
    _candidates,
    _find_runs,
)
from newsfacts.repair.layout import (
    _ITEM_CORE,
    SPACE_CLASS,
    _local_columns,
    block_spans,
    find_one,
    has_line_edge,
)
from newsfacts.repair.spacing import _WIDE_GLYPH_ALONE, MIN_SPACED_GLYPHS, _line_changes

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
_ALPHABET = "今年全市新开工项目，。：12 \n\u3000\t\xa0\r近日"
#: The edge test as a single regex: an edge space beside a line break or the text's ends.
_LINE_EDGE = re.compile("[ \t\u3000]\n|\n[ \t\u3000]|\\A[ \t\u3000]|[ \t\u3000]\\Z")
#: Runs of non-blank lines, with a greedy head.
_BLOCK = re.compile(f"(?:[^\\n]*[^{SPACE_CLASS}][^\\n]*(?:\\n|$))+")
#: An item at the start of any line, as one multi-line pattern.
_ITEM_LINE = re.compile(rf"^[ \t\u3000]*(?:{_ITEM_CORE})", re.M)


def _texts() -> list[str]:
    cleans = [p.read_text("utf-8") for p in sorted(CORPUS.rglob("clean/*.txt"))]
    raws = [p.read_text("utf-8") for p in sorted(CORPUS.rglob("raw/*.txt"))]
    rng = random.Random(7)
    noise = [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 200))) for _ in range(300)
    ]
    doubled = ["".join(c * rng.randint(1, 2) for c in t) for t in noise[:100]]
    return cleans + raws + [degrade(c, seed=k) for k, c in enumerate(cleans)] + noise + doubled


TEXTS = _texts()


def test_there_are_texts() -> None:
    assert len(TEXTS) > 400


def test_candidates_are_the_regex_spans() -> None:
    for text in TEXTS:
        assert _candidates(text) == [m.span() for m in _CANDIDATE.finditer(text)], text[:60]


def test_character_runs_hold_the_pair_stretch() -> None:
    runs = 0
    for text in TEXTS:
        if any(run.chars_only for run in _find_runs(text)):
            assert _CHAR_PAIRS.search(text) is not None, text[:60]
            runs += 1
    assert runs > 10


def test_line_edge_is_the_regex() -> None:
    for text in TEXTS:
        assert has_line_edge(text) == (_LINE_EDGE.search(text) is not None), text[:60]


@pytest.mark.parametrize("n", range(1, 12))
def test_local_columns_are_window_medians(n: int) -> None:
    rng = random.Random(n)
    for _ in range(50):
        widths = [rng.randint(0, 40) for _ in range(n)]
        windows = [sorted(widths[max(0, i - 2) : i + 3]) for i in range(n - 1)]
        assert _local_columns(widths) == [w[len(w) // 2] for w in windows]


def test_item_lines_are_the_multiline_pattern() -> None:
    seen = 0
    for text in TEXTS + [t.replace("，", "：") for t in TEXTS[:50]]:
        for lo, hi in block_spans(text):
            block = find_one(text, lo, hi)
            lines = [i for i, t in enumerate(text[lo:hi].split("\n")) if _ITEM_LINE.match(t)]
            assert block.item_lines == lines, text[lo:hi][:60]
            seen += len(lines)
    assert seen > 50


def test_block_spans_are_the_greedy_pattern() -> None:
    for text in TEXTS:
        expected = [(m.start(), m.end()) for m in _BLOCK.finditer(text) if m.end() > m.start()]
        assert block_spans(text) == expected, text[:60]


def test_whitespace_table_is_str_isspace() -> None:
    assert frozenset(c for c in map(chr, range(0x110000)) if c.isspace()) == _WHITESPACE


def test_letter_spaced_lines_do_not_need_the_wraps() -> None:
    seen = 0
    for text in TEXTS + [t.replace("，", " ") for t in TEXTS[:100]]:
        for lo, hi in block_spans(text):
            block = find_one(text, lo, hi)
            for start, end, line in zip(block.starts, block.ends, block.texts, strict=True):
                if len(_WIDE_GLYPH_ALONE.findall(line)) >= MIN_SPACED_GLYPHS:
                    full = _line_changes(text, start, end, True)
                    assert full == _line_changes(text, start, end, False), line
                    seen += bool(full)
    assert seen > 20


_WIDTH_ALPHABET = "增长３０％，．Ｗａ　 \n1a%。" + "\uff01\uff5e\uff5f\u2fff\u3001"


def _fold_one_by_one(text: str) -> str:
    """The definition: each full-width ASCII form and U+3000 to its half-width counterpart."""
    return "".join(
        chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else " " if ch == "\u3000" else ch
        for ch in text
    )


def test_fold_width_is_the_character_by_character_definition() -> None:
    from newsfacts.repair import fold_width

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "raw").glob("*.txt"))]
    texts += ["", "\u3000", "ＡＢＣ", "纯中文没有全角符号"]
    texts += ["".join(rng.choice(_WIDTH_ALPHABET) for _ in range(rng.randrange(40)))
              for _ in range(2000)]
    for text in texts:
        folded = fold_width(text)
        assert folded == _fold_one_by_one(text), text
        assert len(folded) == len(text)
