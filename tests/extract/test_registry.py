"""Reconciling what the finders found: longest span wins, names swallow their numbers."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extract.base import Found
from newsfacts.extract.registry import _greedy_longest, _greedy_run, reconcile


def spans(found: list[Found]) -> list[tuple[str, int, int]]:
    return [(f.kind, f.start, f.end) for f in found]


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        # overlapping numeric facts: the longest wins, whatever the order found
        ([Found("count", 2, 6, "r"), Found("money", 0, 8, "r")], [("money", 0, 8)]),
        ([Found("money", 0, 8, "r"), Found("count", 2, 6, "r")], [("money", 0, 8)]),
        # equal length: the earlier wins
        ([Found("count", 3, 6, "r"), Found("count", 1, 4, "r")], [("count", 1, 4)]),
        # touching spans both stay
        ([Found("money", 0, 4, "r"), Found("percent", 4, 8, "r")],
         [("money", 0, 4), ("percent", 4, 8)]),
        # a number inside a project or document name is part of the name
        ([Found("project", 0, 10, "r"), Found("count", 1, 4, "r")], [("project", 0, 10)]),
        ([Found("document", 5, 20, "r"), Found("date", 6, 11, "r"), Found("money", 21, 25, "r")],
         [("document", 5, 20), ("money", 21, 25)]),
        # an entity may overlap a number that is not inside it
        ([Found("org", 0, 6, "r"), Found("count", 4, 8, "r")],
         [("org", 0, 6), ("count", 4, 8)]),
        # a number inside an organisation name is not dropped by this pass
        ([Found("org", 0, 10, "r"), Found("count", 2, 4, "r")],
         [("org", 0, 10), ("count", 2, 4)]),
    ],
)
def test_reconcile(found: list[Found], kept: list[tuple[str, int, int]]) -> None:
    assert spans(reconcile(found)) == kept


def test_reconcile_many_spans_keeps_no_overlap() -> None:
    found = [Found("count", i, i + 1 + i % 5, "r") for i in range(0, 3000, 2)]
    kept = reconcile(found)
    for a, b in itertools.pairwise(kept):
        assert a.end <= b.start


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=30))
def test_greedy_by_runs_keeps_what_the_plain_greedy_keeps(raw: list[tuple[int, int]]) -> None:
    """Deciding run by run of overlapping spans keeps the same spans as deciding over all."""
    found = [Found("count", s, s + n, str(i)) for i, (s, n) in enumerate(raw)]
    by_runs = sorted(f.rule for f in _greedy_longest(found))
    assert by_runs == sorted(f.rule for f in _greedy_run(found))
