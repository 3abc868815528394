"""Reading the page layout back from plain text: lines, blocks and column widths.

Extraction keeps the printed lines but not the columns. A line that was cut by the column
edge is *full*: the next line's first character would not have fitted on it. Widths are
display widths (CJK and full-width forms 2, ASCII 1), the closest plain-text stand-in for
the printed width. The fixers for justified spacing, column breaks and wrapped lines all
decide from the same ``Block.wraps`` so they agree on which line breaks are soft.

Speed: a text's layout (``layout_of``) is read once and shared by every fixer that sees the
same text; a block is analysed only when a fixer asks for it, into flat per-line lists
rather than an object per line. Widths come from the UTF-8 length where a block holds only
ASCII and three-byte wide characters (the common case: ``(chars + bytes) / 2``), and from
the character class otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

#: The characters ``\s`` stands for in the ``regex`` module (Unicode White_Space); the
#: stdlib ``re``, faster per call on short strings, adds U+001C-U+001F, so the patterns
#: below spell the class out.
SPACE_CLASS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The same characters as a set.
SPACE_CHARS = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B))
)

#: Wide characters that take three bytes in UTF-8 (all of the BMP ones below).
_WIDE_BMP = (
    "\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026"
)
#: Characters printed one em wide in a Chinese column: ideographs, kana, hangul, CJK and
#: full-width punctuation and forms, and the quotes, dashes and ellipsis of Chinese text.
WIDE_CLASS = f"{_WIDE_BMP}\u00b7\U00020000-\U0003fffd"
_WIDE = re.compile(f"[{WIDE_CLASS}]")
#: Anything that is neither ASCII nor a three-byte wide character: its width cannot be read
#: from the UTF-8 length.
_ODD = re.compile(f"[^\\x00-\\x7f{_WIDE_BMP}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_JUSTIFY_SPACE = re.compile(f"(?<=[{WIDE_CLASS}])[ \t]+|[ \t]+(?=[{WIDE_CLASS}])")

#: Punctuation inside a clause or sentence: prose has it on most lines, lists and titles not.
CLAUSE_PUNCT = frozenset("，。、；：！？,;:!?")
_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
#: What a paragraph can end with; a line ending otherwise leaves its sentence open.
CLOSING = frozenset("。！？!?；;：:…”’」』）)》〉】")
#: Opening brackets and quotes: a line never ends with one.
OPENING = frozenset("“‘「『（(《〈【")
#: Punctuation that may hang past the column edge (a line never starts with it).
HANGING = frozenset("，。、；：！？,.;:!?）)”’」』》")
#: Marks that end a sentence: a line ending with one may end its item.
SENTENCE_END = frozenset("。！？!?")
DIGITS = frozenset("0123456789０１２３４５６７８９")
#: A box label ("数读", "链接", "划重点") is at most this wide.
BOX_LABEL_WIDTH = 6
#: A first line narrower than this share of the second is a title, not an indented start.
TITLE_RATIO = 0.65
_FIGURE = re.compile(
    r"[约近超逾]?[0-9０-９.,．，零一二三四五六七八九十百千万亿两余多]+"
    f"[^{SPACE_CLASS}，。、；：0-9]{{0,6}}"
)
_DATED_ITEM = r"[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[，,：:]"
_ITEM_CORE = f"[^{SPACE_CLASS}，。、；：！？“”]{{1,10}}[：:]|{_DATED_ITEM}"
_ITEM = re.compile(_ITEM_CORE)
#: An item at the start of a block's first line (the line's edge spaces skipped) ...
_ITEM_HEAD = re.compile(rf"[ \t\u3000]*(?:{_ITEM_CORE})")
#: ... and after each of its line breaks: a literal the engine skips to, where ``^`` with
#: ``re.M`` is tried at every character.
_ITEM_NEXT = re.compile(rf"\n[ \t\u3000]*(?:{_ITEM_CORE})")
#: The same two patterns for a block without a colon, where only a dated item can match
#: (most blocks: the label pattern is the costly one to try after every line break).
_DATED_HEAD = re.compile(rf"[ \t\u3000]*{_DATED_ITEM}")
_DATED_NEXT = re.compile(rf"\n[ \t\u3000]*{_DATED_ITEM}")
#: Edge characters trimmed from a line.
_EDGE = " \t\u3000"
#: An edge character next to a line break, found from the break: a literal the engine
#: skips to, many times faster than an alternation that starts with a class.
_LINE_EDGE = re.compile("\n(?:[ \t\u3000]|(?<=[ \t\u3000]\n))")
#: What an indented line (a paragraph start) begins with.
_INDENTS = ("\u3000", "  ")


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
    """Width of what must go first on a line: a Latin word whole, else one character; an
    opening bracket or quote with what follows it (no line ends with one)."""
    ch = line[:1]
    if ch in OPENING and len(line) > 1:
        return (2 if _WIDE.match(ch) is not None else 1) + lead_width(line[1:])
    if ch.isascii():
        if ch.isalpha():
            return len(_LATIN_WORD.match(line).group())  # type: ignore[union-attr]
        return len(ch)
    return 2 if _WIDE.match(ch) is not None else 1


def has_line_edge(text: str) -> bool:
    """Does a line of ``text`` start or end with an edge space (one to trim)?"""
    return bool(text) and (
        text[0] in _EDGE or text[-1] in _EDGE or _LINE_EDGE.search(text) is not None
    )


#: digits closing a line, and digits then 年 opening the next: together, maybe one year
_YEAR_TAIL = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,3}$")
_YEAR_HEAD = re.compile(r"[0-9０-９]{1,3}(?=年)")
_FOLD_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cuts_number(line: str, next_line: str) -> bool:
    """The break between the two lines falls inside a number: after a decimal point
    ("增长12." + "7%"), before digits no number starts with ("约7" + "00亿"), or inside a
    year ("到202" + "7年": four digits from 1900 to 2099 once joined)."""
    head = next_line[:1]
    if head not in DIGITS or len(line) < 2:
        return False
    last = line[-1]
    if last in ".．":
        return line[-2] in DIGITS
    if last not in DIGITS:
        return False
    if head in "0０" and next_line[1:2] in DIGITS:
        return True
    return _splits_year(line, next_line)


def _splits_year(line: str, next_line: str) -> bool:
    tail, lead = _YEAR_TAIL.search(line), _YEAR_HEAD.match(next_line)
    if not (tail and lead):
        return False
    year = (tail.group() + lead.group()).translate(_FOLD_DIGITS)
    return len(year) == 4 and year[:2] in ("19", "20")


def _widths(texts: list[str], odd: bool) -> list[int]:
    """Printed widths of lines; justification spaces (next to wide characters) take none."""
    out: list[int] = []
    for text in texts:
        if " " in text or "\t" in text:
            text = _JUSTIFY_SPACE.sub("", text)
        if odd:
            out.append(len(text) + len(_WIDE.findall(text)))
        else:  # ASCII is one byte and one column, a wide character three bytes and two
            out.append((len(text) + len(text.encode())) >> 1)
    return out


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
        return _widths([self.text], odd=True)[0]


class Block:
    """Consecutive non-blank lines: one paragraph, or a title with its lines, or a list.

    Lines are held as flat lists (``starts``, ``ends``, ``texts``, ``indents``); what is
    derived from them is computed on first use and kept.
    """

    __slots__ = (
        "_figures", "_items", "_list_column", "_odd", "_widths", "_wraps", "ends", "indents",
        "item_lines", "n_punct", "starts", "texts",
    )

    def __init__(
        self, starts: list[int], ends: list[int], texts: list[str], indents: list[bool],
        *, odd: bool = True, n_punct: int | None = None, item_lines: list[int] | None = None,
    ) -> None:
        self.starts, self.ends, self.texts, self.indents = starts, ends, texts, indents
        self._odd = odd
        #: How many clause punctuation marks the block holds.
        self.n_punct = (
            sum(len(_CLAUSE.findall(t)) for t in texts) if n_punct is None else n_punct
        )
        self.item_lines = (
            [i for i, t in enumerate(texts) if _ITEM.match(t)] if item_lines is None
            else item_lines
        )
        self._widths: list[int] | None = None
        self._wraps: tuple[bool, ...] | None = None
        self._items: frozenset[int] | None = None
        self._figures: frozenset[int] | None = None
        self._list_column: tuple[int, bool] | None = None

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(map(Line, self.starts, self.ends, self.texts, self.indents))

    @property
    def start(self) -> int:
        return self.starts[0]

    @property
    def end(self) -> int:
        return self.ends[-1]

    @property
    def widths(self) -> list[int]:
        if self._widths is None:
            self._widths = _widths(self.texts, self._odd)
        return self._widths

    @property
    def is_box(self) -> bool:
        """A box (数读, 链接, 速览 ...): a label of a few characters over short items."""
        first = self.texts[0]
        return (
            len(self.texts) >= 3
            and len(first) <= BOX_LABEL_WIDTH
            and display_width(first) <= BOX_LABEL_WIDTH
            and not any(ch in CLAUSE_PUNCT for ch in first)
        )

    @property
    def is_prose(self) -> bool:
        """Running text has clause punctuation on about every other line; lists do not."""
        n = self.n_punct
        return n > 0 and 2 * n >= len(self.texts) - 1 and not self.is_box

    @property
    def item_starts(self) -> frozenset[int]:
        """Lines that open a "key：value" item, when the block is a list of them."""
        if self._items is None:
            found = frozenset(self.item_lines) if len(self.item_lines) >= 2 else frozenset()
            self._items = found or self.figure_items
        return self._items

    @property
    def figure_items(self) -> frozenset[int]:
        """In a box of figures ("412篇" over what it counts), the lines holding a figure."""
        if self._figures is None:
            found: frozenset[int] = frozenset()
            if self.is_box:
                texts = self.texts
                found = frozenset(
                    i for i, t in enumerate(texts) if len(t) >= 2 and _FIGURE.fullmatch(t)
                    and not (i and cuts_number(texts[i - 1], t))  # "增长12." over "7%"
                )
            self._figures = found if len(found) >= 2 else frozenset()
        return self._figures

    @property
    def list_column(self) -> tuple[int, bool]:
        """Column of a list: the commonest width among the wide lines (hanging punctuation
        aside), and whether two lines show it."""
        if self._list_column is None:
            widths = [
                w - 2 if t[-1] in HANGING else w
                for t, w in zip(self.texts, self.widths, strict=True)
            ]
            widest = max(widths)
            wide = Counter(w for w in widths if w >= 0.8 * widest)
            column, count = max(wide.items(), key=lambda kv: (kv[1], kv[0]))
            if count < 2:
                column = widest
            shown = count >= 2 or (len(widths) == 2 and widths[0] >= widths[1])
            self._list_column = (column, shown)
        return self._list_column

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
        return self._wraps_after(i, next_line.text, next_line.indented, self.is_prose)

    def _wraps_after(self, i: int, nxt: str, indented: bool, prose: bool) -> bool:
        text = self.texts[i]
        if indented or (text[-1] in "%％" and nxt[0] in DIGITS):
            return False
        if cuts_number(text, nxt):
            return True
        figures = self.figure_items
        if figures and not (self.item_starts - figures):
            # a figure, then one line saying what it counts: a second line continues it
            return i > 0 and i not in figures
        if i == 0 and self._is_titled():
            return False  # a title over wider text
        if not prose and not self.list_column[1] and (
            text[-1] not in HANGING or text[-1] in SENTENCE_END
        ):
            # a list whose lines never reach a common width: nothing was cut, unless a mark
            # inside a sentence hangs past the edge (a sentence's end may end the item)
            return False
        return self.is_full(i, nxt)

    def _is_titled(self) -> bool:
        """The first line is much narrower than the lines under it (their median)."""
        widths = self.widths
        rest = sorted(widths[1:-1] or widths[1:])
        return rest[len(rest) // 2] * TITLE_RATIO > widths[0]

    @property
    def wraps(self) -> tuple[bool, ...]:
        """For each line but the last: was the break after it a soft wrap?"""
        if self._wraps is None:
            self._wraps = self._find_wraps()
        return self._wraps

    def _find_wraps(self) -> tuple[bool, ...]:
        texts, indents = self.texts, self.indents
        n = len(texts)
        if n < 2:
            return ()
        items = self.item_starts
        prose = self.is_prose
        if not prose or self.figure_items:
            return tuple(
                i + 1 not in items and self._wraps_after(i, texts[i + 1], indents[i + 1], prose)
                for i in range(n - 1)
            )
        # running text (the common case), inlined: no figures, the column a local median
        widths = self.widths
        odd = self._odd
        columns = _local_columns(widths)
        out = [False] * (n - 1)
        for i, (prev, nxt, indented, width, column) in enumerate(
            zip(texts, texts[1:], indents[1:], widths, columns, strict=False)  # n vs n - 1
        ):
            head = nxt[0]
            if head in DIGITS:
                if prev[-1] in "%％" or indented or i + 1 in items:
                    continue
                if cuts_number(prev, nxt):
                    out[i] = True
                    continue
            elif indented or i + 1 in items:
                continue
            # without odd characters anything beyond ASCII is wide
            lead = 2 if head > "\x7f" and not odd and head not in OPENING else lead_width(nxt)
            out[i] = width > 0 and width + lead > column - max(4, column // 5)
        if out[0] and self._is_titled():
            out[0] = False
        return tuple(out)


def _local_columns(widths: list[int]) -> list[int]:
    """For each line but the last, the upper median of the widths two lines either side:
    the column a prose line is measured against (five at a time inside the block)."""
    n = len(widths)
    if n < 4:
        return [
            sorted(widths[max(0, i - 2) : i + 3])[(min(i + 3, n) - max(0, i - 2)) >> 1]
            for i in range(n - 1)
        ]
    out = [sorted(widths[:3])[1], sorted(widths[:4])[2]]
    out += [sorted(widths[i - 2 : i + 3])[2] for i in range(2, n - 2)]
    out.append(sorted(widths[n - 4 :])[2])
    return out


#: Runs of lines holding a glyph; the lazy head finds a line's first glyph without running
#: to the line end and back.
_BLOCK = re.compile(f"(?:[^\\n]*?[^{SPACE_CLASS}][^\\n]*(?:\\n|$))+")


def iter_lines(text: str, lo: int = 0, hi: int | None = None) -> list[Line]:
    """Every line of ``text[lo:hi]`` with its edge spaces trimmed (blank lines: empty text)."""
    out: list[Line] = []
    pos = lo
    for part in text[lo:hi].split("\n"):
        stripped = part.strip(_EDGE)
        start = pos + len(part) - len(part.lstrip(_EDGE)) if stripped else pos + len(part)
        indented = part[:1] == "\u3000" or part[:2] == "  "
        out.append(Line(start, start + len(stripped), stripped, indented))
        pos += len(part) + 1
    return out


def block_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of non-blank lines (one compiled scan)."""
    return [m.span() for m in _BLOCK.finditer(text)]  # never empty: a line holds a glyph


def find_one(
    text: str, lo: int, hi: int, *, odd: bool = True, edges: bool = True
) -> Block:
    """The block of ``text[lo:hi]`` (a span from ``block_spans``: every line non-blank).

    ``odd=False`` says the caller knows the text has no character outside ASCII and the
    three-byte wide ones (widths are then read from the UTF-8 length); ``edges=False`` that
    no line of it starts or ends with a space.
    """
    seg = text[lo:hi]
    parts = seg.split("\n")
    if not parts[-1]:
        parts.pop()  # the span ends with its last line's break
    # where each line starts in ``text``
    heads = list(accumulate([len(part) + 1 for part in parts[:-1]], initial=lo))
    if edges and has_line_edge(seg):
        texts = [part.strip(_EDGE) for part in parts]
        starts = [
            q + len(part) - len(part.lstrip(_EDGE)) if part[0] in _EDGE else q
            for q, part in zip(heads, parts, strict=True)
        ]
        indents = [part.startswith(_INDENTS) for part in parts]
    else:  # no line starts or ends with a space (the common case): nothing to trim
        texts, starts, indents = parts, heads, [False] * len(parts)
    ends = [q + len(t) for q, t in zip(starts, texts, strict=True)]
    head, after = (_ITEM_HEAD, _ITEM_NEXT) if "：" in seg or ":" in seg else (
        _DATED_HEAD, _DATED_NEXT
    )
    items = [0] if head.match(text, lo, hi) is not None else []
    items += [bisect_right(heads, m.start() + 1) - 1 for m in after.finditer(text, lo, hi)]
    return Block(
        starts, ends, texts, indents,
        odd=odd and _ODD.search(text, lo, hi) is not None,
        n_punct=len(_CLAUSE.findall(text, lo, hi)),
        item_lines=items,
    )


def find_blocks(text: str) -> list[Block]:
    """Blocks of consecutive non-blank lines, in text order."""
    layout = layout_of(text)
    return [layout.block(k) for k in range(len(layout.spans))]


class Layout:
    """The block spans of one text and the blocks analysed so far (shared by the fixers)."""

    __slots__ = ("_blocks", "_edges", "_odd", "_starts", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = block_spans(text)
        self._starts = [lo for lo, _ in self.spans]
        self._blocks: dict[int, Block] = {}
        self._odd = _ODD.search(text) is not None
        self._edges = has_line_edge(text)

    def block(self, k: int) -> Block:
        """The ``k``-th block, analysed on first use."""
        block = self._blocks.get(k)
        if block is None:
            block = self._blocks[k] = find_one(
                self.text, *self.spans[k], odd=self._odd, edges=self._edges
            )
        return block

    def index_at(self, pos: int) -> int:
        """Index of the span starting at or before ``pos`` (-1 before the first)."""
        return bisect_right(self._starts, pos) - 1

    def blocks_at(self, positions: list[int]) -> list[Block]:
        """The blocks holding the given offsets, in text order, each once."""
        starts = self._starts
        picked = sorted({bisect_right(starts, p) - 1 for p in positions} - {-1})
        return [self.block(k) for k in picked]

    def blocks_with_soft_breaks(self) -> list[Block]:
        """The blocks with a line break between two non-blank lines (the lines of a block)."""
        text, find, search = self.text, self.text.find, _SOFT_BREAK.search
        return [
            self.block(k) for k, (lo, hi) in enumerate(self.spans)
            if find("\n", lo, hi - 1) != -1 and search(text, lo, hi) is not None
        ]


_last: Layout | None = None


def layout_of(text: str) -> Layout:
    """The layout of ``text``; the fixers that see the same text object share one."""
    global _last
    last = _last
    if last is not None and last.text is text:
        return last
    last = _last = Layout(text)
    return last


def blocks_at(text: str, positions: list[int], spans: list[tuple[int, int]] | None = None
              ) -> list[Block]:
    """The blocks holding the given offsets, in text order, each once (cheap on clean text)."""
    if spans is not None:
        starts = [lo for lo, _ in spans]
        picked = sorted({bisect_right(starts, p) - 1 for p in positions} - {-1})
        return [find_one(text, *spans[k]) for k in picked]
    return layout_of(text).blocks_at(positions)


def has_soft_breaks(text: str) -> bool:
    """Cheap test: is there any line break between two non-blank lines?"""
    return _SOFT_BREAK.search(text) is not None


_SOFT_BREAK = re.compile(f"[^{SPACE_CLASS}]\\n[ \\t\\u3000]*[^{SPACE_CLASS}]")
