"""Layout blocks of the repaired text: paragraphs typed body, headline, sidebar or header.

First version: a paragraph is text between blank lines; short lines without sentence
punctuation are headlines, the first such line of a page is its header, and a paragraph
of several short unjoined lines is a sidebar.
"""

from __future__ import annotations

import regex

_PARA_BREAK = regex.compile(r"\n[ \t\u3000]*\n\s*")
_TERMINAL = frozenset("。！？!?；;")
HEADLINE_MAX = 24


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (between blank lines), surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def classify_block(text: str, index: int) -> str:
    """The block type of one paragraph's text."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) == 1:
        line = lines[0]
        if line.startswith("据") and len(line) <= 30 and line[-1] not in _TERMINAL:
            return "byline"
        if len(line) <= HEADLINE_MAX and not (_TERMINAL & set(line)):
            return "header" if index == 0 else "headline"
        return "body"
    if all(len(ln) <= HEADLINE_MAX * 2 for ln in lines):
        return "sidebar"
    return "body"


def find_blocks(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` for every paragraph of the repaired text."""
    return [(s, e, classify_block(text[s:e], i)) for i, (s, e) in enumerate(split_paragraphs(text))]
