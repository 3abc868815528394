"""Headline fragments that extraction glued onto the end of a paragraph.

A headline set beside a column is read after the column's last line, joined by a space:
"……带动社会投资超过40亿元。 稳中有进". After a sentence end, a short run without punctuation
at the very end of a block is such a fragment; it is put on a paragraph of its own (blank
line before it), never deleted, and the layout step types it as a headline.
"""

from __future__ import annotations

import re

import regex

from newsfacts.repair.edits import Change
from newsfacts.repair.layout import SPACE_CLASS, display_width, layout_of

#: A headline fragment is at most this wide (15 CJK characters).
MAX_FRAGMENT_WIDTH = 30

_GLUED = regex.compile(
    r"(?<=[。！？!?][”’」』）)]*)([ \t\u3000]+)([^\s，。、；：！？,;:!?…”’」』）)]"
    r"[^\s，。、；：！？,;:!?…]{1,19})$"
)

_SENTENCE_THEN_SPACE = re.compile(f"[。！？!?][”’」』）)]*[ \\t\\u3000]+[^{SPACE_CLASS}]")

REASON = "headline fragment glued after a sentence end: put on its own paragraph"


def split_glued_headlines(text: str) -> list[Change]:
    """Move a headline fragment glued after a block's last sentence to its own paragraph.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "全年带动社会投资超过40亿元。 稳中有进\\n\\n去年以来，项目陆续开工。"
    >>> apply_changes(t, split_glued_headlines(t))
    '全年带动社会投资超过40亿元。\\n\\n稳中有进\\n\\n去年以来，项目陆续开工。'
    >>> split_glued_headlines("他说：“好。”然后走了。")
    []
    """
    hits = [m.start() for m in _SENTENCE_THEN_SPACE.finditer(text)]
    if not hits:
        return []
    out: list[Change] = []
    for block in layout_of(text).blocks_at(hits):
        start = block.starts[-1]
        m = _GLUED.search(block.texts[-1])
        if m and m.start(1) > 0 and display_width(m.group(2)) <= MAX_FRAGMENT_WIDTH:
            out.append(Change(start + m.start(1), start + m.end(1), "\n\n", REASON))
    return out
