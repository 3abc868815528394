"""Records: strict, frozen, versioned, exact numbers, and the committed JSON Schema."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from conftest import CORPUS, corpus_ids
from newsfacts.records import (
    SCHEMA_VERSION,
    Article,
    Block,
    Edit,
    Fact,
    MoneyFact,
    PercentFact,
    Sentence,
    trusted,
)
from newsfacts.records.schema import json_schema_text
from newsfacts.records.version import is_compatible

ROOT = Path(__file__).resolve().parents[2]
FACT = TypeAdapter(Fact)


def money(**kw) -> MoneyFact:
    base = dict(id="d#0", doc_id="d", text="1.5亿元", start=0, end=5, raw_start=0, raw_end=5,
                sentence=0, rule="money.point.v1", unit="CNY")
    base.update(kw)
    return MoneyFact(**base)


@pytest.mark.parametrize(
    ("value", "json_number"),
    [
        (Decimal("1.5") * 10**8, "150000000"),
        (Decimal("16.4") * 10**8, "1640000000"),
        (Decimal("11089.14") * 10**8, "1108914000000"),
        (Decimal("51.3"), "51.3"),
        (Decimal("0.05"), "0.05"),
    ],
)
def test_numbers_are_exact_json_numbers(value: Decimal, json_number: str) -> None:
    dumped = json.loads(money(value=value).model_dump_json(), parse_float=Decimal)
    assert str(dumped["value"]) == json_number
    assert FACT.validate_json(money(value=value).model_dump_json()).value == value


def test_fact_round_trip_keeps_kind() -> None:
    fact = PercentFact(id="d#1", doc_id="d", text="34.2%", start=3, end=8, raw_start=3,
                       raw_end=9, sentence=0, rule="percent.point.v1", value=Decimal("34.2"),
                       unit="%", subject="电子信息", metric="资金占比")
    back = FACT.validate_json(fact.model_dump_json())
    assert isinstance(back, PercentFact)
    assert back == fact


def test_records_reject_unknown_fields_and_are_frozen() -> None:
    with pytest.raises(ValidationError):
        money(confidence=0.5)
    fact = money()
    with pytest.raises(ValidationError):
        fact.value = Decimal(1)  # type: ignore[misc]


def test_unknown_kind_is_rejected() -> None:
    data = json.loads(money().model_dump_json())
    data["kind"] = "salary"
    with pytest.raises(ValidationError):
        FACT.validate_python(data)


def test_qualifier_vocabulary_is_closed() -> None:
    with pytest.raises(ValidationError):
        money(qualifier="more_than")


def test_schema_version_compared_as_integers() -> None:
    assert is_compatible(SCHEMA_VERSION)
    assert is_compatible(str(SCHEMA_VERSION))
    assert not is_compatible(10, current=9)
    assert not is_compatible("9", current=10)


def test_article_round_trip() -> None:
    art = Article(doc_id="x", raw="a", text="a", facts=[money()])
    back = Article.model_validate_json(art.model_dump_json())
    assert back == art
    assert back.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Block, {"start": 0, "end": 4, "raw_start": 0, "raw_end": 8, "type": "body"}),
        (Sentence, {"start": 5, "end": 9, "raw_start": 9, "raw_end": 13, "block": 1}),
        (Edit, {"step": "collapse_doubled_runs", "reason": "doubled chunk", "start": 3,
                "end": 6, "old": "前不久", "new": "", "raw_start": 3, "raw_end": 6}),
    ],
)
def test_trusted_record_equals_the_validated_one(model, values: dict) -> None:
    made = trusted(model, dict(values))
    validated = model(**values)
    assert type(made) is model
    assert made == validated
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    with pytest.raises(ValidationError):
        made.start = 1  # frozen like any record


def test_committed_json_schema_is_current() -> None:
    committed = (ROOT / "schema" / "newsfacts.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "run `make schema` and commit the result"


@pytest.mark.parametrize("doc_id", corpus_ids())
def test_every_corpus_article_validates_and_round_trips(pipeline, doc_id: str) -> None:
    raw = (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    article = pipeline.process(raw, doc_id=doc_id)
    back = Article.model_validate_json(article.model_dump_json())
    assert back == article
    assert back.edits and back.blocks and back.sentences and back.facts
