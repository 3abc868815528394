"""Reading the page layout back from plain text: lines, blocks and column widths.

Extraction keeps the printed lines but not the columns. A line that was cut by the column
edge is *full*: the next line's first character would not have fitted on it. Widths are
display widths (CJK and full-width forms 2, ASCII 1), the closest plain-text stand-in for
the printed width. The fixers for justified spacing, column breaks and wrapped lines all
decide from the same ``Block.wraps`` so they agree on which line breaks are soft.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import regex

#: Characters printed one em wide in a Chinese column: ideographs, kana, hangul, CJK and
#: full-width punctuation and forms, and the quotes, dashes and ellipsis of Chinese text.
WIDE_CLASS = (
    "\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
    "\U00020000-\U0003fffd"
)
_WIDE = regex.compile(f"[{WIDE_CLASS}]")
_LATIN_WORD = regex.compile(r"[A-Za-z]+")
_JUSTIFY_SPACE = regex.compile(f"(?<=[{WIDE_CLASS}])[ \t]+|[ \t]+(?=[{WIDE_CLASS}])")

#: Punctuation inside a clause or sentence: prose has it on most lines, lists and titles not.
CLAUSE_PUNCT = frozenset("，。、；：！？,;:!?")
_CLAUSE = regex.compile(r"[，。、；：！？,;:!?]")
#: What a paragraph can end with; a line ending otherwise leaves its sentence open.
CLOSING = frozenset("。！？!?；;：:…”’」』）)》〉】")
#: Punctuation that may hang past the column edge (a line never starts with it).
HANGING = frozenset("，。、；：！？,.;:!?）)”’」』》")
DIGITS = frozenset("0123456789０１２３４５６７８９")
#: A box label ("数读", "链接", "划重点") is at most this wide.
BOX_LABEL_WIDTH = 6
#: A first line narrower than this share of the second is a title, not an indented start.
TITLE_RATIO = 0.65
_FIGURE = regex.compile(
    r"[约近超逾]?[0-9０-９.,．，零一二三四五六七八九十百千万亿两余多]+[^\s，。、；：0-9]{0,6}"
)
_ITEM = regex.compile(
    r"[^\s，。、；：！？“”]{1,10}[：:]|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[，,：:]"
)


def display_width(text: str) -> int:
    """Printed width of ``text``: 2 for each wide character, 1 for the rest.

    >>> display_width("充电桩1.2万～")
    13
    """
    return len(text) + len(_WIDE.findall(text))


def is_wide(ch: str) -> bool:
    """True for a character printed one em wide (CJK, full-width forms)."""
    return _WIDE.match(ch) is not None


def lead_width(line: str) -> int:
    """Width of what must go first on a line: a Latin word whole, else one character."""
    m = _LATIN_WORD.match(line)
    if m:
        return len(m.group())
    return display_width(line[:1])


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: ``start``/``end`` bound the text without edge spaces."""

    start: int
    end: int
    text: str
    indented: bool = False

    @property
    def width(self) -> int:
        """Printed width; spaces next to wide characters are justification and take none."""
        text = self.text
        if " " in text or "\t" in text:
            text = _JUSTIFY_SPACE.sub("", text)
        return display_width(text)


@dataclass(frozen=True)
class Block:
    """Consecutive non-blank lines: one paragraph, or a title with its lines, or a list."""

    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @cached_property
    def widths(self) -> tuple[int, ...]:
        return tuple(ln.width for ln in self.lines)

    @cached_property
    def is_box(self) -> bool:
        """A box (数读, 链接, 速览 ...): a label of a few characters over short items."""
        first = self.lines[0].text
        return (
            len(self.lines) >= 3
            and display_width(first) <= BOX_LABEL_WIDTH
            and not any(ch in CLAUSE_PUNCT for ch in first)
        )

    @cached_property
    def n_punct(self) -> int:
        """How many clause punctuation marks the block holds."""
        return sum(len(_CLAUSE.findall(ln.text)) for ln in self.lines)

    @cached_property
    def is_prose(self) -> bool:
        """Running text has clause punctuation on about every other line; lists do not."""
        if self.is_box:
            return False
        n = self.n_punct
        return n > 0 and 2 * n >= len(self.lines) - 1

    @cached_property
    def item_starts(self) -> frozenset[int]:
        """Lines that open a "key：value" item, when the block is a list of them."""
        found = frozenset(i for i, ln in enumerate(self.lines) if _ITEM.match(ln.text))
        if len(found) < 2:
            found = frozenset()
        return found or self.figure_items

    @cached_property
    def figure_items(self) -> frozenset[int]:
        """In a box of figures ("412篇" over what it counts), the lines holding a figure."""
        if not self.is_box:
            return frozenset()
        found = frozenset(
            i for i, ln in enumerate(self.lines) if len(ln.text) >= 2 and _FIGURE.fullmatch(ln.text)
        )
        return found if len(found) >= 2 else frozenset()

    @cached_property
    def list_column(self) -> tuple[int, bool]:
        """Column of a list: the commonest width among the wide lines (hanging punctuation
        aside), and whether two lines show it."""
        widths = [
            w - 2 if ln.text[-1] in HANGING else w
            for ln, w in zip(self.lines, self.widths, strict=True)
        ]
        widest = max(widths)
        wide = Counter(w for w in widths if w >= 0.8 * widest)
        column, count = max(wide.items(), key=lambda kv: (kv[1], kv[0]))
        if count < 2:
            column = widest
        shown = count >= 2 or (len(widths) == 2 and widths[0] >= widths[1])
        return column, shown

    def column_at(self, i: int) -> int:
        """Column width around line ``i``: a local upper median for prose, else the widest."""
        if not self.is_prose:
            return self.list_column[0]
        window = sorted(self.widths[max(0, i - 2) : i + 3])
        return window[len(window) // 2]

    def is_full(self, i: int, next_text: str) -> bool:
        """Line ``i`` was cut by the column edge: ``next_text`` would not have fitted on it."""
        width = self.widths[i]
        column = self.column_at(i)
        slack = max(4, column // 5) if self.is_prose else 0
        return width > 0 and width + lead_width(next_text) > column - slack

    def wraps_after(self, i: int, next_line: Line) -> bool:
        """Is the break between line ``i`` and ``next_line`` a soft wrap?"""
        text = self.lines[i].text
        if next_line.indented or (text[-1] in "%％" and next_line.text[0] in DIGITS):
            return False
        figures = self.figure_items
        if figures and not (set(self.item_starts) - figures):
            # a figure, then one line saying what it counts: a second line continues it
            return i > 0 and i not in figures
        if i == 0 and self._is_titled:
            return False  # a title over wider text
        if not self.is_prose and not self.list_column[1] and text[-1] not in HANGING:
            return False  # a list whose lines never reach a common width: nothing was cut
        return self.is_full(i, next_line.text)

    @cached_property
    def _is_titled(self) -> bool:
        """The first line is much narrower than the lines under it (their median)."""
        rest = sorted(self.widths[1:-1] or self.widths[1:])
        return rest[len(rest) // 2] * TITLE_RATIO > self.widths[0]

    @cached_property
    def wraps(self) -> tuple[bool, ...]:
        """For each line but the last: was the break after it a soft wrap?"""
        lines, items = self.lines, self.item_starts
        return tuple(
            i + 1 not in items and self.wraps_after(i, lines[i + 1])
            for i in range(len(lines) - 1)
        )


_BLOCK = regex.compile(r"(?:[^\n]*[^\s][^\n]*(?:\n|$))+")


def iter_lines(text: str, lo: int = 0, hi: int | None = None) -> list[Line]:
    """Every line of ``text[lo:hi]`` with its edge spaces trimmed (blank lines: empty text)."""
    out: list[Line] = []
    n = len(text) if hi is None else hi
    pos = lo
    while pos <= n:
        nl = text.find("\n", pos, n)
        stop = n if nl == -1 else nl
        s, e = pos, stop
        while s < e and text[s] in " \t\u3000":
            s += 1
        while e > s and text[e - 1] in " \t\u3000":
            e -= 1
        indented = text.startswith("\u3000", pos) or text.startswith("  ", pos)
        out.append(Line(s, e, text[s:e], indented))
        if nl == -1:
            break
        pos = nl + 1
    return out


def block_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of non-blank lines (one compiled scan)."""
    return [(m.start(), m.end()) for m in _BLOCK.finditer(text) if m.end() > m.start()]


def find_one(text: str, lo: int, hi: int) -> Block:
    """The block of ``text[lo:hi]`` (a span from ``block_spans``)."""
    return Block(tuple(ln for ln in iter_lines(text, lo, hi) if ln.text))


def find_blocks(text: str) -> list[Block]:
    """Blocks of consecutive non-blank lines, in text order."""
    return [find_one(text, lo, hi) for lo, hi in block_spans(text)]


def blocks_at(text: str, positions: list[int], spans: list[tuple[int, int]] | None = None
              ) -> list[Block]:
    """The blocks holding the given offsets, in text order, each once (cheap on clean text)."""
    spans = block_spans(text) if spans is None else spans
    starts = [lo for lo, _ in spans]
    picked = sorted({bisect_right(starts, p) - 1 for p in positions} - {-1})
    return [find_one(text, *spans[k]) for k in picked]


def has_soft_breaks(text: str) -> bool:
    """Cheap test: is there any line break between two non-blank lines?"""
    return _SOFT_BREAK.search(text) is not None


_SOFT_BREAK = regex.compile(r"[^\s]\n[ \t\u3000]*[^\s]")


def soft_break_positions(text: str) -> list[int]:
    """Offsets of the line breaks that sit between two non-blank lines."""
    return [m.start() + 1 for m in _SOFT_BREAK.finditer(text)]
