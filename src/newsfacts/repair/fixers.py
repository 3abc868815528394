"""The fixers, in the order they run; each is a pure function named for the damage it undoes.

Every fixer takes the text as the previous one left it and returns ``Change`` objects in
that text's coordinates; ``repair.pipeline`` applies them and keeps the offset map. The
families live in their own modules: doubling, headlines, spacing, wraps.
"""

from __future__ import annotations

from newsfacts.repair.doubling import collapse_doubled_chars, collapse_doubled_runs
from newsfacts.repair.edits import Change
from newsfacts.repair.headlines import split_glued_headlines
from newsfacts.repair.spacing import remove_justified_spaces
from newsfacts.repair.wraps import join_column_breaks, join_wrapped_lines


def normalize_line_endings(text: str) -> list[Change]:
    """CRLF and lone CR become LF.

    >>> normalize_line_endings("一\\r\\n二")
    [Change(start=1, end=3, new='\\n', reason='CRLF line ending')]
    """
    out: list[Change] = []
    i = text.find("\r")
    while i != -1:
        if text.startswith("\r\n", i):
            out.append(Change(i, i + 2, "\n", "CRLF line ending"))
        else:
            out.append(Change(i, i + 1, "\n", "CR line ending"))
        i = text.find("\r", i + 1)
    return out


__all__ = [
    "collapse_doubled_chars",
    "collapse_doubled_runs",
    "join_column_breaks",
    "join_wrapped_lines",
    "normalize_line_endings",
    "remove_justified_spaces",
    "split_glued_headlines",
]
