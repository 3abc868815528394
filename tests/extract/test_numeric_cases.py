"""Numeric and time facts against the hand-checked tables in tests/cases/<kind>/*.jsonl.

Each row is one sentence and the single fact of that kind it holds (or ``expect: null``
for a negative: no fact of that kind at all); ``published`` gives the publication date.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from newsfacts.extract import Context, extract
from newsfacts.extract.numerals import is_chinese_numeral, parse_number
from newsfacts.repair import fold_width

CASES = Path(__file__).resolve().parents[1] / "cases"
KINDS = ("money", "percent", "count", "quantity", "date", "period")


def _rows(kind: str) -> list:
    rows = []
    for path in sorted((CASES / kind).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rows.append(pytest.param(json.loads(line), id=f"{path.stem}:{n}"))
    return rows


def facts_of(text: str, kind: str, published: str | None = None):
    ctx = Context(text=text, view=fold_width(text), sentences=[(0, len(text))],
                  published=dt.date.fromisoformat(published) if published else None)
    return [f for f in extract(ctx) if f.kind == kind]


def _num(x) -> Decimal | None:
    return None if x is None else Decimal(str(x))


@pytest.mark.parametrize("row", _rows("numerals"))
def test_numeral(row: dict) -> None:
    if row["value"] is None:
        assert not is_chinese_numeral(row["numeral"])
    else:
        assert parse_number(row["numeral"]) == Decimal(row["value"])


@pytest.mark.parametrize(("kind", "row"), [
    pytest.param(kind, p.values[0], id=f"{kind}-{p.id}") for kind in KINDS for p in _rows(kind)
])
def test_case(kind: str, row: dict) -> None:
    found = facts_of(row["input"], kind, row.get("published"))
    expect = row["expect"]
    if expect is None:
        assert found == [], row.get("comment")
        return
    assert len(found) == 1, [row["input"][f.start:f.end] for f in found]
    f = found[0]
    assert row["input"][f.start:f.end] == expect["text"]
    for key, want in expect.items():
        if key == "text":
            continue
        got = f.fields.get(key)
        if key in ("value", "low", "high"):
            assert _num(got) == _num(want), key
        else:
            assert got == want, key
