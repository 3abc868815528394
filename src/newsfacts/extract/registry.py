"""The finders in one table, and the pass that reconciles what they found.

Numeric and time facts may not overlap each other (the longest span wins); a number inside
a named entity (“51020”现代产业集群, 《2024年…》) is part of the name, not a fact.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import attrgetter

from newsfacts.extract.base import Context, Finder, Found

#: kind group -> finders; filled by the finder modules below.
FINDERS: dict[str, Finder] = {}

NUMERIC_LIKE = frozenset({"money", "percent", "count", "quantity", "date", "period"})


def register(name: str):
    """Decorator: add a finder to ``FINDERS`` under ``name``."""

    def deco(fn: Finder) -> Finder:
        FINDERS[name] = fn
        return fn

    return deco


def _longest_first(f: Found) -> tuple[int, int]:
    """Sort key: longest first, earlier first on ties."""
    return f.start - f.end, f.start


_START = attrgetter("start")
_ORDER = attrgetter("start", "end", "kind")


def _greedy_longest(found: list[Found]) -> list[Found]:
    """Keep non-overlapping spans, longest first, earlier first on ties."""
    return by_overlap_runs(found, _greedy_run)


def by_overlap_runs(found: list[Found],
                    choose: Callable[[list[Found]], list[Found]]) -> list[Found]:
    """What ``choose`` keeps of ``found``, asked only about spans that overlap.

    A choice among overlapping spans never depends on spans that overlap none of them, so
    the spans are swept in order of start into runs that overlap each other: a span alone
    is kept as it is, ``choose`` decides each run of more than one. Zero-length spans (none
    in practice) may count as overlapping differently, so with one of them ``choose``
    decides over all.
    """
    kept: list[Found] = []
    run: list[Found] = []
    reach = -1
    for f in sorted(found, key=_START):
        if f.end <= f.start:
            return choose(found)
        if f.start >= reach:
            if len(run) == 1:
                kept.append(run[0])
            elif run:
                kept.extend(choose(run))
            run = [f]
            reach = f.end
        else:
            run.append(f)
            if f.end > reach:
                reach = f.end
    if len(run) == 1:
        kept.append(run[0])
    elif run:
        kept.extend(choose(run))
    return kept


def _greedy_run(found: list[Found]) -> list[Found]:
    """The greedy choice itself. The kept spans never overlap, so sorted by start their
    ends are sorted too and a candidate only needs checking against its two neighbours
    (O(n log n))."""
    kept: list[Found] = []
    starts: list[int] = []
    ends: list[int] = []
    for f in sorted(found, key=_longest_first):
        i = bisect_right(starts, f.start)
        if (i and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        kept.append(f)
        starts.insert(i, f.start)
        ends.insert(i, f.end)
    return kept


def _inside_any(f: Found, starts: list[int], ends: list[int]) -> bool:
    """Whether ``f`` lies inside one of the non-overlapping spans ``starts``/``ends``."""
    i = bisect_right(starts, f.start) - 1
    return i >= 0 and f.end <= ends[i]


def reconcile(found: list[Found]) -> list[Found]:
    """Resolve overlaps between finders and drop numbers inside names."""
    numeric = [f for f in found if f.kind in NUMERIC_LIKE]
    entities = [f for f in found if f.kind not in NUMERIC_LIKE]
    named = _greedy_longest([f for f in entities if f.kind in ("project", "document")])
    if named:
        named.sort(key=_START)
        n_starts = [n.start for n in named]
        n_ends = [n.end for n in named]
        numeric = [f for f in numeric if not _inside_any(f, n_starts, n_ends)]
    kept = _greedy_longest(numeric) + _greedy_longest(entities)
    kept.sort(key=_ORDER)
    return kept


def extract(ctx: Context, kinds: frozenset[str] | None = None) -> list[Found]:
    """Run every finder (or those named in ``kinds``), reconcile, then attribute."""
    from newsfacts.extract import attribution
    from newsfacts.extract import finders as _finders  # noqa: F401

    found: list[Found] = []
    for finder in FINDERS.values():
        if kinds is None:
            found.extend(finder(ctx))
        else:
            found.extend(f for f in finder(ctx) if f.kind in kinds)
    found = reconcile(found)
    attribution.attribute(ctx, found)
    return found
