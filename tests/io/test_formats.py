"""Writers chosen by OUT's extension: columns equal the record fields, values exact."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import CASES
from newsfacts.io.formats import format_for, output_paths
from newsfacts.io.tables import (
    check_decimal,
    document_columns,
    fact_columns,
    fact_schema,
    flat_value,
)
from newsfacts.records import FACT_MODELS, Article, MoneyFact


def rows(name: str) -> list[dict]:
    path = CASES / "io" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize(("out", "name", "documents"), [
    ("f.jsonl", "jsonl", "f.documents.jsonl"),
    ("out/f.parquet", "parquet", "out/f.documents.parquet"),
    ("f.csv", "csv", "f.documents.csv"),
    ("facts", "jsonl", "facts.documents.jsonl"),
])
def test_format_and_paths_follow_the_extension(out: str, name: str, documents: str) -> None:
    assert format_for(out).name == name
    paths = output_paths(out)
    assert paths.documents == Path(documents)
    assert paths.manifest.name.endswith(".manifest.jsonl")
    assert paths.manifest.parent == Path(out).parent


def test_unknown_extension_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"\.xlsx.*\.jsonl, \.parquet or \.csv"):
        format_for("facts.xlsx")


def test_fact_columns_are_the_union_of_every_kinds_fields() -> None:
    union = {name for model in FACT_MODELS.values() for name in model.model_fields}
    assert set(fact_columns()) == union
    assert len(fact_columns()) == len(union)
    assert fact_columns()[:4] == ["schema_version", "id", "doc_id", "kind"]
    assert fact_schema().names == fact_columns()


def test_document_columns_are_the_article_fields_without_facts() -> None:
    assert document_columns() == [n for n in Article.model_fields if n != "facts"]


@pytest.mark.parametrize("case", rows("decimals.jsonl"), ids=lambda c: c["label"])
def test_decimal_fits_decimal128_exactly_or_is_refused(case: dict) -> None:
    value = Decimal(case["value"])
    if case["fits"]:
        assert check_decimal(value) == value
    else:
        with pytest.raises(ValueError, match=r"decimal128\(38, 10\)"):
            check_decimal(value)


@pytest.mark.parametrize("case", [c for c in rows("decimals.jsonl") if c["fits"]],
                         ids=lambda c: c["label"])
def test_csv_writes_decimals_in_plain_notation(case: dict) -> None:
    text = flat_value(Decimal(case["value"]))
    assert "E" not in text and Decimal(text) == Decimal(case["value"])


def _article(values: list[str]) -> Article:
    facts = [
        MoneyFact(id=f"d#{n}", doc_id="d", text="x", start=0, end=1, raw_start=0, raw_end=1,
                  sentence=0, rule="money.test.v1", value=Decimal(v), unit="CNY")
        for n, v in enumerate(values)
    ]
    return Article(doc_id="d", raw="x", text="x", facts=facts)


@pytest.mark.parametrize("kind", ["parquet", "csv", "jsonl"])
def test_exact_values_survive_a_round_trip(tmp_path: Path, kind: str) -> None:
    values = [c["value"] for c in rows("decimals.jsonl") if c["fits"]]
    fmt = format_for(f"f.{kind}")
    article = _article(values)
    dest = tmp_path / f"f.{kind}"
    fmt.merge([fmt.encode(fmt.fact_rows(article), "facts")], dest, "facts")
    if kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(dest)
        assert table.schema == fact_schema()
        got = table.column("value").to_pylist()
    elif kind == "csv":
        with dest.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames == fact_columns()
            got = [Decimal(r["value"]) for r in reader]
    else:
        got = [json.loads(line, parse_float=Decimal, parse_int=Decimal)["value"]
               for line in dest.read_text(encoding="utf-8").splitlines()]
    assert got == [Decimal(v) for v in values]


def test_parquet_refuses_a_value_it_cannot_hold() -> None:
    fmt = format_for("f.parquet")
    with pytest.raises(ValueError, match="decimal128"):
        fmt.fact_rows(_article(["0.00000000001"]))
