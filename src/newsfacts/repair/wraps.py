"""Hard line wraps: join the lines a column cut, keep the breaks the writer made.

A paragraph's lines are joined where the line was full (``Block.wraps``), with nothing
between CJK characters and one space between two Latin words ("Windows" + break + "11").
A short line is a real break: a title above its text, an item of a list, a paragraph end.
A paragraph can also be cut by a column break that extraction turned into a blank line,
even inside a word ("三分" + blank line + "之一"): the halves are joined when the first ends
on a full line with its sentence open and the second closes a sentence.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from newsfacts.repair.edits import Change
from newsfacts.repair.layout import (
    CLOSING,
    Block,
    block_spans,
    blocks_at,
    find_one,
    soft_break_positions,
)

_LATIN_LEFT = regex.compile(r"[A-Za-z0-9]")
_LATIN_RIGHT = regex.compile(r"[A-Za-z]")
_SENTENCE_END = frozenset("。！？!?…")
_CLOSERS = "”’」』）)》"
_OPENERS = frozenset("“‘「『（(《〈【")

#: The last line of a multi-line block that leaves its sentence open, before a blank line.
_OPEN_END = regex.compile(
    r"[^\s]\n[^\n]*[^\s。！？!?；;：:…”’」』）)》〉】][ \t\u3000]*(?=\n[ \t\u3000]*\n)"
)

WRAP_REASON = "hard wrap: line cut by the column edge"
COLUMN_REASON = "column break inside a paragraph: its halves joined"


def _joiner(left: str, right: str) -> str:
    """What goes between two joined lines: a space between Latin words, else nothing."""
    if _LATIN_RIGHT.match(right) and _LATIN_LEFT.match(left):
        return " "
    if right.isdigit() and right.isascii() and _LATIN_RIGHT.match(left):
        return " "
    return ""


def join_wrapped_lines(text: str) -> list[Change]:
    """Join the lines of each block that were cut by the column edge.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "今年全市计划新建充电桩1.2万～\\n1.5万个，其中公共充电桩占比\\n超过六成。"
    >>> apply_changes(t, join_wrapped_lines(t))
    '今年全市计划新建充电桩1.2万～1.5万个，其中公共充电桩占比超过六成。'
    >>> join_wrapped_lines("数读\\n人工智能\\n高端器件与芯片\\n先进制造")
    []
    """
    positions = soft_break_positions(text)
    if not positions:
        return []
    out: list[Change] = []
    for block in blocks_at(text, positions):
        lines = block.lines
        for i, wrap in enumerate(block.wraps):
            if wrap:
                a, b = lines[i], lines[i + 1]
                out.append(Change(a.end, b.start, _joiner(a.text[-1], b.text[0]), WRAP_REASON))
    return out


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _continues(first: Block, second: Block) -> bool:
    """Is ``second`` the rest of ``first``'s paragraph, cut off by a column break?"""
    last, head = first.lines[-1], second.lines[0]
    return (
        len(first.lines) >= 2
        and first.is_prose
        and last.text[-1] not in CLOSING
        and head.text[0] not in _OPENERS
        and not head.indented
        and _ends_sentence(second.lines[-1].text)
        and first.is_full(len(first.lines) - 1, head.text)
    )


def join_column_breaks(text: str) -> list[Change]:
    """Join a paragraph that a column break split with a blank line.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "记者了解到，今年新开工的项目中，\\n交通、能源、水利项目各占三分\\n\\n之一左右。"
    >>> apply_changes(t, join_column_breaks(t))
    '记者了解到，今年新开工的项目中，\\n交通、能源、水利项目各占三分之一左右。'
    >>> join_column_breaks("主要做法如下，\\n一是加大投入，二是\\n\\n培育人才")
    []
    """
    ends = [m.start() for m in _OPEN_END.finditer(text)]
    if not ends:
        return []
    spans = block_spans(text)
    starts = [lo for lo, _ in spans]
    out: list[Change] = []
    for end in ends:
        k = bisect_right(starts, end) - 1
        if k < 0 or k + 1 >= len(spans):
            continue
        first, second = (find_one(text, *spans[k]), find_one(text, *spans[k + 1]))
        if _continues(first, second):
            a, b = first.lines[-1], second.lines[0]
            out.append(Change(a.end, b.start, _joiner(a.text[-1], b.text[0]), COLUMN_REASON))
    return out
