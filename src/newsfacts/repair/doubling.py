"""Fake-bold doubling: text a PDF printed twice to look bold, read back twice.

Extraction reads each text run of a fake-bold passage twice, so the passage comes out as
doubled chunks ("近日近日，，20252025年全市年全市") or, when the runs are single
glyphs, doubled characters ("前前不不久久"). A single pair proves nothing: Chinese doubles
words on purpose (谢谢, 研究研究, 高高兴兴) and numbers repeat digits (2020, 1111). So a
collapse is decided on a whole *run*: a stretch made of consecutive doubled chunks, read
with the parse that covers most of it, long and varied enough that no sentence would say it.

Speed: one compiled ``re`` scan finds the few places where two doubled chunks follow each
other (or one long chunk repeats); only there is the run parsed in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from newsfacts.repair.edits import Change
from newsfacts.repair.lexicon import AABB_BASES

#: Longest chunk looked for (a PDF text run is a word or a few; a doubled line can be long).
MAX_CHUNK = 16
#: A run of chunks (some longer than one character) must restore at least this many chars...
MIN_RUN_CHARS = 8
#: ... or this many when it fills its whole line (a doubled headline or short line).
MIN_LINE_RUN_CHARS = 6
#: A run of doubled single characters must hold at least this many pairs ...
MIN_CHAR_PAIRS = 6
#: ... or this many when it fills its whole line.
MIN_LINE_CHAR_PAIRS = 4
#: Fewer distinct characters than this is a repetition (哈哈哈哈, 8888), not damage.
MIN_DISTINCT = 3

#: Two or more doubled chunks in a row; a match shorter than ``MIN_CANDIDATE`` is left to
#: ordinary text (高高兴兴, 2020), which keeps the scan cheap on clean text.
_CANDIDATE = re.compile(r"(?:([^\s]{1,6}?)\1){2,}")
MIN_CANDIDATE = 8
#: Where ``_CANDIDATE`` can match: the same two first chunks without the repeat, which
#: the engine tries about a third faster; the match itself is then taken there.
_TWO_CHUNKS = re.compile(r"(\S{1,6}?)\1(\S{1,6}?)\2")
#: The longest chunk ``_TWO_CHUNKS`` looks for.
_MAX_TWO_CHUNK = 6
#: A word made of doubled chunks only.
_DOUBLED_WORD = re.compile(r"(?:(\S{1,6}?)\1)+")
#: Lines short enough to be a doubled headline checked as a whole.
MAX_HEADLINE_LINE = 64

#: The characters ``str.isspace`` is true for (checked against it in the tests).
_WHITESPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
) | frozenset(map(chr, range(0x2000, 0x200B)))

_YEAR = re.compile(r"(?:19|20)(?:19|20)")

#: The fewest doubled characters a character run can hold, in a row: a run's chunks follow
#: each other, with only line breaks and spaces bridged between them. Text without such a
#: stretch has no character run to collapse, whatever the parse would find.
_FEWEST_PAIRS = min(MIN_CHAR_PAIRS, MIN_LINE_CHAR_PAIRS)
_CHAR_PAIRS = re.compile(rf"(\S)\1(?:[ \n]*(\S)\2){{{_FEWEST_PAIRS - 1}}}")

RUN_REASON = "fake-bold doubling: chunk printed twice"
CHAR_REASON = "fake-bold doubling: character printed twice"


@dataclass(frozen=True, slots=True)
class Run:
    """A doubled run: ``chunks`` are (start, length) of each chunk's first copy."""

    start: int
    end: int
    chunks: tuple[tuple[int, int], ...]

    @property
    def chars_only(self) -> bool:
        return all(n == 1 for _, n in self.chunks)


_last: tuple[str, list[Run]] = ("", [])


def find_runs(text: str) -> list[Run]:
    """Doubled runs that have enough evidence to be collapsed, in text order."""
    global _last
    if text is _last[0]:  # the second doubling fixer sees the same text when the first did nothing
        return _last[1]
    runs = _find_runs(text)
    _last = (text, runs)
    return runs


def _find_runs(text: str) -> list[Run]:
    runs: list[Run] = []
    pos = 0
    for lo, hi in _candidate_regions(text):
        if hi <= pos:
            continue
        for parsed in _parse_region(text, max(lo, pos), hi):
            run = _trim(text, parsed)
            if run is not None and _is_damage(text, run):
                runs.append(run)
                pos = run.end
    return runs


def _candidates(text: str) -> list[tuple[int, int]]:
    """The spans ``_CANDIDATE.finditer(text)`` gives, found faster.

    ``_TWO_CHUNKS`` is tried only where it can match (``_possible_starts``), in text order
    and past the last span, exactly as a search would go.
    """
    out: list[tuple[int, int]] = []
    match, extend = _TWO_CHUNKS.match, _CANDIDATE.match
    pos = 0
    for p in _possible_starts(text):
        if p >= pos and match(text, p) is not None:
            span = extend(text, p).span()  # type: ignore[union-attr]
            out.append(span)
            pos = span[1]
    return out


#: For a chunk length ``a``: a zero byte opening ``a`` of them (``a`` characters equal to
#: the ``a`` after them, in the low bytes compared below).
_ZERO_RUNS = [
    re.compile(b"\x00(?=\x00{%d})" % (a - 1) if a > 1 else b"\x00")
    for a in range(1, _MAX_TWO_CHUNK + 1)
]


def _possible_starts(text: str) -> list[int]:
    """Offsets where two doubled chunks may follow each other: a superset of where
    ``_TWO_CHUNKS`` matches, found with integer and bytes operations instead of a
    backreference tried at every character.

    Each character's code point low byte stands for it; XOR of that byte string with
    itself shifted by ``a`` is zero where a character equals the one ``a`` after it, so
    ``a`` zeros in a row open a possibly doubled chunk of length ``a``. Equal characters
    always give equal bytes, so no real match is missed.
    """
    n = len(text)
    low = int.from_bytes(text.encode("utf-32-le")[::4], "little")
    diffs = [
        (low ^ (low >> (8 * a))).to_bytes(n, "little") for a in range(1, _MAX_TWO_CHUNK + 1)
    ]
    found: list[int] = []
    for a, diff in enumerate(diffs, 1):
        for m in _ZERO_RUNS[a - 1].finditer(diff, 0, n - a):
            q = m.start() + 2 * a  # the second chunk must be doubled too
            for b, other in enumerate(diffs, 1):
                if q < n - b and not other[q]:
                    found.append(q - 2 * a)
                    break
    return sorted(set(found))


def _is_doubled_words(line: str) -> bool:
    """A short line of words between spaces, every word doubled ("记者记者 孟晓川孟晓川"):
    a byline or headline printed bold, its words too short for ``_CANDIDATE`` alone.
    Words of one doubled character ("看看 走走") and AABB words are said on purpose; only
    the last word, which a line wrap may cut, can be a single doubled character."""
    words = line.split()
    return (
        len(words) >= 2
        and sum(map(len, words)) >= 2 * MIN_LINE_RUN_CHARS
        and all(len(w) >= 4 for w in words[:-1])
        and all(_DOUBLED_WORD.fullmatch(w) for w in words)
        and not any(  # AABB words (高高兴兴 平平安安) are said on purpose
            w[::2] == w[1::2] and _all_reduplicated_words(w[::2]) for w in words
        )
    )


def _candidate_regions(text: str) -> list[tuple[int, int]]:
    """Merged windows around every place that may hold a doubled run."""
    hits = [span for span in _candidates(text) if span[1] - span[0] >= MIN_CANDIDATE]
    lines = text.split("\n")
    doubled = [
        k for k, line in enumerate(lines)
        if 2 * MIN_LINE_RUN_CHARS <= len(line) <= MAX_HEADLINE_LINE and (
            (not len(line) & 1 and line.startswith(line[len(line) >> 1 :]))
            or (" " in line and _is_doubled_words(line))
        )
    ]
    if doubled:
        heads = list(accumulate([len(line) + 1 for line in lines], initial=0))
        hits.extend((heads[k], heads[k] + len(lines[k])) for k in doubled)
    hits.sort()
    regions: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - 2 * MAX_CHUNK), min(len(text), end + 2 * MAX_CHUNK)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


def _parse_region(text: str, lo: int, hi: int) -> list[Run]:
    """Best-covering parse of ``text[lo:hi]`` into runs of consecutive doubled chunks.

    From right to left, ``cover[i]`` is the most text a chain of doubled chunks starting
    at ``i`` covers; a chunk never holds a line break or a space (a line break between
    two doubled chunks is bridged).
    """
    size = hi - lo
    cover = [0] * (size + 2)
    step = [0] * (size + 2)  # chunk length at i, or -1 for a bridged line break
    find, startswith = text.find, text.startswith
    gap = hi  # the first line break or space at or after p (hi when none is left)
    far = hi - 2 * MAX_CHUNK  # up to here a chunk may be MAX_CHUNK long, after it half the rest
    p = hi
    for ch in reversed(text[lo:hi]):
        p -= 1
        if ch in _WHITESPACE:
            if ch == "\n" or ch == " ":
                gap = p
                i = p - lo
                if i + 1 < size and cover[i + 1] > 0:
                    cover[i] = 1 + cover[i + 1]
                    step[i] = -1
            continue
        limit = p + MAX_CHUNK if p <= far else p + ((hi - p) >> 1)
        if gap <= limit:
            limit = gap - 1
        j = find(ch, p + 1, limit + 1)
        if j == -1:
            continue  # no copy can start here: cover and step stay 0
        i = p - lo
        best = best_len = 0
        while j != -1:  # the copy starts with the same character: try that length only
            n = j - p
            if startswith(text[p:j], j):
                c = 2 * n + cover[i + 2 * n]
                if c > best:
                    best, best_len = c, n
            j = find(ch, j + 1, limit + 1)
        cover[i] = best
        step[i] = best_len
    runs: list[Run] = []
    i = 0
    while i < size:
        if cover[i] == 0 or step[i] == -1 or cover[i + 1] > cover[i]:
            i += 1
            continue
        start = i
        chunks: list[tuple[int, int]] = []
        while i < size and cover[i] > 0:
            n = step[i]
            if n == -1:
                i += 1
                continue
            chunks.append((lo + i, n))
            i += 2 * n
        runs.append(Run(lo + start, lo + i, tuple(chunks)))
    return runs


def _is_number_tail(text: str, start: int, n: int) -> bool:
    """A doubled chunk ending a run that reads as the number after it: a year (…2020年),
    or a digit followed by another (8|000 read as 88000, 1|18 as 118): a bold passage
    does not end inside a number."""
    end = start + 2 * n
    if n == 2 and _YEAR.fullmatch(text, start, end) is not None:
        return True
    return n == 1 and text[start].isdigit() and end < len(text) and text[end].isdigit()


def _is_number_head(text: str, start: int, n: int) -> bool:
    """A doubled digit opening a run right after a digit or a Latin word: the number's own
    digits (300 read as 3|00, Windows 11 as Windows 1|1); a bold passage does not begin
    inside a number or a model name."""
    if n != 1 or not text[start].isdigit():
        return False
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    before = text[k] if k >= 0 else ""
    return before.isdigit() or (before.isascii() and before.isalpha())


def _is_word_pair(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two doubled characters in a row spelling an AABB word (仔仔细细)."""
    return a[1] == 1 and b[1] == 1 and b[0] == a[0] + 2 and (
        text[a[0]] + text[b[0]] in AABB_BASES
    )


def _trim(text: str, run: Run) -> Run | None:
    """Leave out the edge chunks that belong to the text around the damage: digits of a
    number the run touches, and AABB words (仔仔细细) beside a run of longer chunks."""
    chunks = list(run.chunks)
    while chunks and _is_number_tail(text, *chunks[-1]):
        chunks.pop()
    while chunks and _is_number_head(text, *chunks[0]):
        chunks.pop(0)
    # an AABB word right before or after a longer chunk is the text's, not the damage's
    while len(chunks) > 2 and chunks[2][1] > 1 and _is_word_pair(text, chunks[0], chunks[1]):
        del chunks[:2]
    while len(chunks) > 2 and chunks[-3][1] > 1 and _is_word_pair(text, chunks[-2], chunks[-1]):
        del chunks[-2:]
    if not chunks:
        return None
    if len(chunks) == len(run.chunks):
        return run
    last_start, last_len = chunks[-1]
    return Run(chunks[0][0], last_start + 2 * last_len, tuple(chunks))


def _is_damage(text: str, run: Run) -> bool:
    """Is the run long and varied enough that no sentence would say it on purpose?"""
    restored = "".join(text[s : s + n] for s, n in run.chunks)
    if len(set(restored)) < MIN_DISTINCT or restored.isdigit():
        return False
    whole_line = (run.start == 0 or text[run.start - 1] == "\n") and (
        run.end == len(text) or text[run.end] == "\n"
    )
    if run.chars_only:
        if _all_reduplicated_words(restored):
            return False
        return len(run.chunks) >= (MIN_LINE_CHAR_PAIRS if whole_line else MIN_CHAR_PAIRS)
    return len(restored) >= (MIN_LINE_RUN_CHARS if whole_line else MIN_RUN_CHARS)


def _all_reduplicated_words(restored: str) -> bool:
    """True when the pairs spell AABB words only (平平安安健健康康 is said on purpose)."""
    return len(restored) % 2 == 0 and all(
        restored[k : k + 2] in AABB_BASES for k in range(0, len(restored), 2)
    )


def _changes(text: str, chars_only: bool, reason: str) -> list[Change]:
    return [
        Change(s + n, s + 2 * n, "", reason)
        for run in find_runs(text)
        if run.chars_only == chars_only
        for s, n in run.chunks
    ]


def collapse_doubled_runs(text: str) -> list[Change]:
    """Delete the second copy of each chunk in a run of doubled chunks.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "近日近日，，20252025年全市年全市科技成果科技成果发布会"
    >>> apply_changes(t, collapse_doubled_runs(t))
    '近日，2025年全市科技成果发布会'
    >>> collapse_doubled_runs("我们研究研究，再说谢谢，2020年花了8888元。")
    []
    """
    return _changes(text, False, RUN_REASON)


def collapse_doubled_chars(text: str) -> list[Change]:
    """Delete the second copy of each character in a run of doubled characters.

    >>> from newsfacts.repair.edits import apply_changes
    >>> t = "近近日日，，记记者者从从市市里里获获悉悉"
    >>> apply_changes(t, collapse_doubled_chars(t))
    '近日，记者从市里获悉'
    >>> collapse_doubled_chars("大家高高兴兴、明明白白地过年，哈哈哈。")
    []
    """
    if _CHAR_PAIRS.search(text) is None:  # the common case once the chunk runs are gone
        return []
    return _changes(text, True, CHAR_REASON)
