"""Edits and the offset map: the one place where strings are rewritten.

A fixer never builds a new string. It returns ``Change`` objects in the coordinates of the
text it saw; ``apply_changes`` does the string work and ``OffsetMap.then`` keeps every
repaired character tied to the raw range it came from, so any span of the repaired text
maps back to raw offsets exactly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple


class Change(NamedTuple):
    """Replace ``text[start:end]`` with ``new``; ``reason`` says why, for people.

    Immutable; a named tuple because fixers make one per doubled chunk or joined line,
    thousands per page, and a tuple is built twice as fast as a frozen dataclass.
    """

    start: int
    end: int
    new: str
    reason: str


def check_changes(text: str, changes: Sequence[Change]) -> None:
    """Raise if changes are out of order, overlap or fall outside the text."""
    pos = 0
    for c in changes:
        if not (pos <= c.start <= c.end <= len(text)):
            raise ValueError(f"change {c!r} overlaps or lies outside text of length {len(text)}")
        pos = c.end


def apply_changes(text: str, changes: Sequence[Change]) -> str:
    """Apply sorted, non-overlapping changes to ``text``.

    >>> apply_changes("前不久前不久宣布", [Change(3, 6, "", "doubled")])
    '前不久宣布'
    """
    if not changes:
        return text
    out: list[str] = []
    pos = 0
    for start, end, new, _ in changes:
        if not pos <= start <= end:
            break
        out.append(text[pos:start])
        out.append(new)
        pos = end
    else:
        if pos <= len(text):
            out.append(text[pos:])
            return "".join(out)
    check_changes(text, changes)  # raises, saying which change is wrong
    raise AssertionError("unreachable")


class OffsetMap:
    """Maps each character of a derived text to the raw range it came from.

    ``starts[i]``/``ends[i]`` is the raw range that produced character ``i``: a kept
    character ``k`` has ``(k, k + 1)``; characters written by a change share the raw range
    the change replaced (empty for an insertion). Both arrays are non-decreasing.
    """

    __slots__ = ("ends", "raw_length", "starts")

    def __init__(self, starts: list[int], ends: list[int], raw_length: int) -> None:
        self.starts = starts
        self.ends = ends
        self.raw_length = raw_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        starts = list(range(length))
        # the same integers shifted by one: no second set of int objects
        ends = starts[1:]
        if length:
            ends.append(length)
        return cls(starts, ends, length)

    def __len__(self) -> int:
        return len(self.starts)

    def _start(self, i: int) -> int:
        return self.starts[i] if i < len(self.starts) else self.raw_length

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """The smallest raw range holding the characters that produced ``[start:end)``."""
        if not 0 <= start <= end <= len(self.starts):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.starts)}")
        if start == end:
            pos = self._start(start)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_raw(self, offset: int) -> int:
        """Raw offset of a boundary in the derived text (``len`` maps to the raw length)."""
        return self._start(offset)

    def from_raw(self, raw_offset: int) -> int:
        """Derived offset of a raw boundary: the first derived character produced at or after it.

        Raw characters that were deleted map to where the text closed over them.
        """
        if not 0 <= raw_offset <= self.raw_length:
            raise IndexError(f"raw offset {raw_offset} outside 0..{self.raw_length}")
        return bisect_left(self.ends, raw_offset + 1) if raw_offset < self.raw_length else len(
            self.starts
        )

    def from_raw_range(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Derived span covering the characters produced from ``raw[raw_start:raw_end]``."""
        return bisect_right(self.ends, raw_start), bisect_left(self.starts, raw_end)


def apply_with_map(
    text: str, offsets: OffsetMap, changes: Sequence[Change]
) -> tuple[str, OffsetMap, tuple[str, ...], tuple[tuple[int, int], ...]]:
    """``apply_changes`` and the composed offset map in one pass, with what each change replaced
    (its old text and raw range): the pipeline's bookkeeping for one step."""
    starts, ends, raw_length = offsets.starts, offsets.ends, offsets.raw_length
    if len(text) != len(starts):
        raise ValueError("the map does not describe this text")
    n = len(text)
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    olds: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    for start, end, new, _ in changes:
        if not pos <= start <= end <= n:
            check_changes(text, changes)  # raises, saying which change is wrong
        pieces.append(text[pos:start])
        pieces.append(new)
        olds.append(text[start:end])
        new_starts += starts[pos:start]
        new_ends += ends[pos:start]
        lo = starts[start] if start < n else raw_length
        hi = ends[end - 1] if end > start else lo
        ranges.append((lo, hi))
        if new:
            k = len(new)
            new_starts += [lo] * k
            new_ends += [hi] * k
        pos = end
    pieces.append(text[pos:])
    new_starts += starts[pos:]
    new_ends += ends[pos:]
    return (
        "".join(pieces), OffsetMap(new_starts, new_ends, raw_length), tuple(olds), tuple(ranges)
    )
