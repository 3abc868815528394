"""Pydantic records: the versioned contract of everything newsfacts writes.

Records are strict and frozen, reject unknown fields, and carry ``schema_version``.
Facts are a union discriminated on ``kind``. Numbers are ``Decimal`` inside and JSON
numbers outside, so "1.5亿元" is exactly 150000000 and never 149999999.99.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from newsfacts.records.version import SCHEMA_VERSION


def _decimal_to_json(value: Decimal) -> int | float:
    """Write an exact Decimal as the shortest JSON number that reads back equal."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[
    Decimal,
    Field(strict=False, allow_inf_nan=False),
    PlainSerializer(_decimal_to_json, return_type=int | float, when_used="json"),
]

Qualifier = Literal["over", "nearly", "approx", "at_least", "under", "at_most"]
BlockType = Literal["body", "headline", "sidebar", "header", "byline"]
FactKind = Literal[
    "money", "percent", "count", "quantity", "date", "period",
    "org", "project", "document", "person", "place",
]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    schema_version: int = SCHEMA_VERSION


M = TypeVar("M", bound=BaseModel)


# BaseModel's slot setters, called directly: ``object.__setattr__`` looks them up each time.
_SET_DICT = vars(BaseModel)["__dict__"].__set__
_SET_FIELDS_SET = vars(BaseModel)["__pydantic_fields_set__"].__set__
_SET_EXTRA = vars(BaseModel)["__pydantic_extra__"].__set__
_SET_PRIVATE = vars(BaseModel)["__pydantic_private__"].__set__


def trusted(model: type[M], values: dict[str, Any]) -> M:
    """Build a record from values newsfacts computed itself, every field given, unvalidated.

    Repair and segmentation make hundreds of span and edit records per article out of
    integers they just computed; validating each was a tenth of the run time (pydantic's
    ``model_construct`` is slower still). Facts are always validated; a test round-trips
    every corpus article through ``Article.model_validate_json`` to check these records.
    """
    obj = object.__new__(model)
    _SET_DICT(obj, values)
    _SET_FIELDS_SET(obj, set(values))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


class Span(BaseModel):
    """A span of the repaired text and the raw range it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    start: int
    end: int
    raw_start: int
    raw_end: int


class Block(Span):
    type: BlockType


class Sentence(Span):
    block: int


class Edit(BaseModel):
    """One repair edit: raw[raw_start:raw_end] became ``new`` (``old`` is what was there)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    step: str
    reason: str
    start: int = Field(description="offset in the text the step saw")
    end: int
    old: str
    new: str
    raw_start: int
    raw_end: int


class ErrorInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    code: str
    message: str


class FactBase(Record):
    id: str = Field(description='"{doc_id}#{n}", n from 0 in text order')
    doc_id: str
    kind: FactKind = Field(description="each subclass fixes it; declared here to come first")
    text: str = Field(description="repaired[start:end]")
    start: int
    end: int
    raw_start: int = Field(description="smallest raw range holding the characters kept")
    raw_end: int
    sentence: int
    rule: str = Field(description="versioned rule name, e.g. money.range.v1")


class NumericFact(FactBase):
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    parent: str | None = None


class MoneyFact(NumericFact):
    kind: Literal["money"] = "money"


class PercentFact(NumericFact):
    kind: Literal["percent"] = "percent"


class CountFact(NumericFact):
    kind: Literal["count"] = "count"


class QuantityFact(NumericFact):
    kind: Literal["quantity"] = "quantity"


class DateFact(FactBase):
    kind: Literal["date"] = "date"
    date: str | None = Field(description='ISO-like: "2024", "2025-02-12", "--02-12", "2022-Q3"')


class PeriodFact(FactBase):
    """A relative or vague period (去年底, 3年来).

    ``date`` holds the resolved date or range when the publication date is known.
    """

    kind: Literal["period"] = "period"
    date: str | None = None


class EntityFact(FactBase):
    name: str = Field(description="canonical name")


class OrgFact(EntityFact):
    kind: Literal["org"] = "org"


class ProjectFact(EntityFact):
    kind: Literal["project"] = "project"


class DocumentFact(EntityFact):
    kind: Literal["document"] = "document"


class PlaceFact(EntityFact):
    kind: Literal["place"] = "place"


class PersonFact(EntityFact):
    kind: Literal["person"] = "person"
    title: str | None = None
    org: str | None = None


Fact = Annotated[
    MoneyFact | PercentFact | CountFact | QuantityFact | DateFact | PeriodFact
    | OrgFact | ProjectFact | DocumentFact | PlaceFact | PersonFact,
    Field(discriminator="kind"),
]

FACT_MODELS: dict[str, type[FactBase]] = {
    "money": MoneyFact, "percent": PercentFact, "count": CountFact, "quantity": QuantityFact,
    "date": DateFact, "period": PeriodFact, "org": OrgFact, "project": ProjectFact,
    "document": DocumentFact, "place": PlaceFact, "person": PersonFact,
}
NUMERIC_KINDS = frozenset({"money", "percent", "count", "quantity"})
ENTITY_KINDS = frozenset({"org", "project", "document", "place", "person"})


class Article(Record):
    """One document after repair and extraction."""

    doc_id: str
    source: str | None = None
    encoding: str | None = None
    published: str | None = None
    raw: str
    text: str = Field(description="the repaired text")
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    edits: list[Edit] = []
    facts: list[Fact] = []
    errors: list[ErrorInfo] = []


class ManifestEntry(Record):
    """One input document's fate in a batch: every input ends up here."""

    doc_id: str
    source: str
    status: Literal["ok", "error"]
    error: str | None = None
    encoding: str | None = None
    n_facts: int = 0
