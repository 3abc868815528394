"""Sentences: spans of the repaired text, split after 。！？； and at line ends.

A closing quote or bracket right after the terminal stays with its sentence
("……把风险管住。”秦川银行行长周慕远表示。" keeps ” in the first sentence).
"""

from __future__ import annotations

import regex

_SENTENCE_END = regex.compile(r"[。！？!?；;…]+[”’」』）)\"']*|\n+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, whitespace-only spans dropped.

    >>> split_sentences("总投资约31.5亿元。其中市级财政投入18.2亿元。")
    [(0, 11), (11, 26)]
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end() if m.group()[0] != "\n" else m.start()
        if text[pos:stop].strip():
            spans.append(_strip(text, pos, stop))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        spans.append(_strip(text, pos, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
