"""The fixers, each a pure function named for the damage it undoes (stub versions)."""

from __future__ import annotations

from newsfacts.repair.edits import Change


def normalize_line_endings(text: str) -> list[Change]:
    """CRLF and lone CR become LF."""
    out: list[Change] = []
    i = text.find("\r")
    while i != -1:
        if text.startswith("\r\n", i):
            out.append(Change(i, i + 2, "\n", "CRLF line ending"))
        else:
            out.append(Change(i, i + 1, "\n", "CR line ending"))
        i = text.find("\r", i + 1)
    return out


def collapse_doubled_runs(text: str) -> list[Change]:
    return []


def collapse_doubled_chars(text: str) -> list[Change]:
    return []


def remove_justified_spaces(text: str) -> list[Change]:
    return []


def split_glued_headlines(text: str) -> list[Change]:
    return []


def join_wrapped_lines(text: str) -> list[Change]:
    return []
