"""Layout blocks of the repaired text: paragraphs typed body, headline, sidebar, header, byline.

Repair leaves one paragraph per blank-line separated block, a headline on a block of its
own and a box (数读, 链接 …) as a label line over one line per item. The type follows
from the shape: the page's first short line is its section header; a short block
without sentence punctuation is a headline (a title with its deck too); a reporter or
source line is a byline; a box label opens a sidebar, and the short blocks after it
belong to the same box until running text resumes.
"""

from __future__ import annotations

import regex

_PARA_BREAK = regex.compile(r"\n[ \t\u3000]*\n\s*")
_SENTENCE_END = regex.compile(r"[。！？!?；;]")
_BYLINE = regex.compile(
    r"(?:本报记者|本报通讯员|特约记者|记者|通讯员|本报讯|新华社|据)[\p{Han}\s·（）()、-]{1,30}"
)
#: Labels that open a sidebar box.
_BOX_LABEL_TABLE = """
数读 链接 速览 划重点 背景 相关链接 延伸阅读 小贴士 数说 图说 一图读懂 名词解释 记者手记
"""
BOX_LABELS = frozenset(_BOX_LABEL_TABLE.split())
HEADLINE_MAX = 30
BOX_LABEL_MAX = 6


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


def _has_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def classify_block(text: str, index: int) -> str:
    """The type of one block on its own (``find_blocks`` adds the sidebar context)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    first = lines[0]
    if first in BOX_LABELS or (
        len(lines) > 1 and len(first) <= BOX_LABEL_MAX // 2 and not _has_sentence(first)
    ):
        return "sidebar"
    if len(lines) == 1:
        if len(first) <= 40 and not _has_sentence(first) and _BYLINE.fullmatch(first):
            return "byline"
        if len(first) <= HEADLINE_MAX and not _has_sentence(first):
            return "header" if index == 0 else "headline"
        return "body"
    if not _has_sentence(text) and len(first) <= HEADLINE_MAX:
        return "headline"
    return "body"


def _is_running_text(text: str) -> bool:
    return _has_sentence(text) and "\n" not in text


def find_blocks(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` for every block of the repaired text.

    >>> t = "财经头条\\n\\n新院区开放\\n\\n记者从市里获悉，新院区今天开放。"
    >>> t += "\\n\\n记者 孟晓川\\n\\n数读\\n12个\\n新病区"
    >>> [b[2] for b in find_blocks(t)]
    ['header', 'headline', 'body', 'byline', 'sidebar']
    """
    out: list[tuple[int, int, str]] = []
    in_box = False
    for i, (s, e) in enumerate(split_paragraphs(text)):
        chunk = text[s:e]
        kind = classify_block(chunk, i)
        if kind == "sidebar":
            in_box = True
        elif in_box and kind != "byline" and not _is_running_text(chunk):
            kind = "sidebar"
        else:
            in_box = False
        out.append((s, e, kind))
    return out
