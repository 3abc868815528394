"""Justified spacing: spaces that stretched a printed line to the column width.

A justified column widens the gaps of every line but the last of a paragraph; extraction
turns the wide gaps into spaces ("分 别 为 12.5% 、 8.1% 和"). Such spaces are removed
only on lines that were cut by the column edge (the lines a paragraph continues after),
and only where they cannot belong to the text: next to a CJK character, full-width form or
punctuation. Between two ASCII characters ("Windows 11") a space is kept, and spaces
between CJK words are kept unless the line shows letter spacing (single glyphs between
spaces), so "记者 孟晓川" keeps its spaces. Spaces at the edges of a line are layout.
"""

from __future__ import annotations

import re

from newsfacts.repair.edits import Change
from newsfacts.repair.layout import SPACE_CHARS, WIDE_CLASS, Block, layout_of

_SPACES = re.compile(r"[ \t]+")
_WIDE_GLYPH_ALONE = re.compile(rf"(?:^|[ \t])[{WIDE_CLASS}](?=[ \t]|$)")
_WIDE = re.compile(f"[{WIDE_CLASS}]")
#: Neither ASCII nor wide: a line with one is checked character by character.
_ODD = re.compile(f"[^\\x00-\\x7f{WIDE_CLASS}]")
#: What ``str.isalnum`` is true for among ASCII characters.
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
JUSTIFY_REASON = "justified spacing: gap stretched to the column width"
EDGE_REASON = "layout space at a line edge"
#: A line not cut by the column is de-spaced only with this many glyphs standing alone.
MIN_SPACED_GLYPHS = 3


def _line_changes(
    text: str, start: int, end: int, full: bool, singles: int | None = None
) -> list[Change]:
    """Justification spaces of the line ``text[start:end]`` (edges already trimmed).

    On a full line a space next to a wide character is justification; a space between
    two CJK words only when the line is letter-spaced. A line that was not cut by the
    column is touched only when it is plainly letter-spaced throughout. ``singles`` is
    the line's count of glyphs standing alone, when the caller has it.
    """
    line = text[start:end]
    if " " not in line and "\t" not in line:
        return []
    if singles is None:
        singles = len(_WIDE_GLYPH_ALONE.findall(line))
    letter_spaced = singles >= (1 if full else MIN_SPACED_GLYPHS)
    if not (full or letter_spaced):
        return []
    if _ODD.search(line) is None:  # every character beyond ASCII is wide: one pass
        return _plain_line_changes(line, start, letter_spaced)
    out: list[Change] = []
    for m in _SPACES.finditer(line):
        left, right = line[m.start() - 1], line[m.end()]
        left_wide, right_wide = _WIDE.match(left) is not None, _WIDE.match(right) is not None
        if left_wide or right_wide:
            remove = letter_spaced or left_wide != right_wide
        else:
            remove = (full or letter_spaced) and not (left.isalnum() and right.isalnum())
        if remove:
            out.append(Change(start + m.start(), start + m.end(), "", JUSTIFY_REASON))
    return out


def _plain_line_changes(line: str, start: int, letter_spaced: bool) -> list[Change]:
    """``_line_changes`` for a line of ASCII and wide characters only (the common case),
    as one comprehension: a wide neighbour is any character beyond ASCII."""
    make = Change._make
    runs = [m.span() for m in _SPACES.finditer(line)]
    if letter_spaced:  # every gap goes but one between two ASCII letters or digits
        return [
            make((start + a, start + b, "", JUSTIFY_REASON)) for a, b in runs
            if not (line[a - 1] in _ASCII_ALNUM and line[b] in _ASCII_ALNUM)
        ]
    return [  # a full line: a gap beside exactly one wide character, or between ASCII
        make((start + a, start + b, "", JUSTIFY_REASON)) for a, b in runs
        if (
            (line[a - 1] > "\x7f") != (line[b] > "\x7f") if line[a - 1] > "\x7f" or line[b] > "\x7f"
            else not (line[a - 1] in _ASCII_ALNUM and line[b] in _ASCII_ALNUM)
        )
    ]


def _block_changes(text: str, block: Block) -> list[Change]:
    """Justification spaces of the lines of one block.

    Whether a line was cut by the column (``block.wraps``) is read only for a line that
    needs it: a line with ``MIN_SPACED_GLYPHS`` glyphs standing alone is letter-spaced
    whether full or not, and its changes are the same either way.
    """
    out: list[Change] = []
    starts, ends, texts = block.starts, block.ends, block.texts
    wraps: tuple[bool, ...] | None = None
    for i, line in enumerate(texts):
        if " " not in line and "\t" not in line:
            continue
        singles = len(_WIDE_GLYPH_ALONE.findall(line))
        if singles >= MIN_SPACED_GLYPHS:
            full = True  # letter-spaced throughout: the changes do not depend on it
        else:
            if wraps is None:
                wraps = block.wraps
            full = i < len(wraps) and wraps[i]
        out += _line_changes(text, starts[i], ends[i], full, singles)
    return out


def remove_justified_spaces(text: str) -> list[Change]:
    """Remove justification spaces from the lines a paragraph continues after.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "今年三个产业的投资增速\\n分 别 为 12.5% 、 8.1% 和\\n6.3%。"
    >>> apply_changes(t, remove_justified_spaces(t))
    '今年三个产业的投资增速\\n分别为12.5%、8.1%和\\n6.3%。'
    >>> remove_justified_spaces("预装Windows 11的电脑\\n\\n本报记者 苏墨")
    []
    """
    if " " not in text and "\t" not in text:
        return []
    out: list[Change] = []
    inner: list[int] = []  # a character before a space inside a line
    n = len(text)
    for m in _SPACES.finditer(text):
        a, b = m.span()
        at_line_start = a == 0 or text[a - 1] == "\n"
        at_line_end = b == n or text[b] == "\n"
        if at_line_start or at_line_end:
            if at_line_start and not at_line_end and b - a >= 2:
                continue  # an indent marks a paragraph start; the wrap fixer reads it
            out.append(Change(a, b, "", EDGE_REASON))
        elif text[a - 1] not in SPACE_CHARS and text[b] not in SPACE_CHARS:
            inner.append(a - 1)
    for block in layout_of(text).blocks_at(inner) if inner else ():
        out += _block_changes(text, block)
    out.sort(key=lambda c: c.start)
    return out
