"""The gold files themselves: well formed and true to their texts, in every set.

Gold is written by hand; these checks catch what a hand slips on (a fact whose text is not
in the article, a unit outside the conventions, a range without its ends), not whether a
fact is right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS

LATER_SETS = ("heldout", "blind", "unseen", "fresh", "newest", "untuned", "latest")
SETS = [CORPUS, *(CORPUS / name for name in LATER_SETS)]
GOLD = sorted(g for s in SETS for g in (s / "gold").glob("*.jsonl"))
KINDS = {"money", "percent", "count", "quantity", "date", "period", "org", "project",
         "document", "person", "place"}
CURRENCIES = {"CNY", "USD", "HKD", "EUR", "JPY", "GBP"}
QUALIFIERS = {None, "over", "nearly", "approx", "at_least", "under", "at_most"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_every_set_has_gold() -> None:
    assert {g.parent.parent for g in GOLD} == set(SETS)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_rows_are_true_to_the_clean_text(path: Path) -> None:
    clean = (path.parent.parent / "clean" / f"{path.stem}.txt").read_text(encoding="utf-8")
    rows = _rows(path)
    assert rows
    for row in rows:
        assert row["kind"] in KINDS, row
        assert row["text"] and row["text"] in clean, row
        if row["kind"] in ("money", "percent", "count", "quantity"):
            ranged = row.get("low") is not None and row.get("high") is not None
            assert (row.get("value") is not None) != ranged, row
            if ranged:
                assert row["low"] < row["high"], row
            assert row.get("qualifier") in QUALIFIERS, row
        if row["kind"] == "money":
            assert row["unit"] in CURRENCIES, row
        if row["kind"] == "percent":
            assert row["unit"] in ("%", "pp"), row
        if row["kind"] in ("org", "project", "document", "person", "place"):
            assert row.get("name"), row
        if row["kind"] == "period":
            assert row.get("ambiguous") is True, row
