"""Records: pydantic models, schema version, JSON Schema export."""

from newsfacts.records.models import (
    ENTITY_KINDS,
    FACT_MODELS,
    NUMERIC_KINDS,
    Article,
    Block,
    CountFact,
    DateFact,
    DocumentFact,
    Edit,
    EntityFact,
    ErrorInfo,
    Fact,
    FactBase,
    ManifestEntry,
    MoneyFact,
    NumericFact,
    OrgFact,
    PercentFact,
    PeriodFact,
    PersonFact,
    PlaceFact,
    ProjectFact,
    QuantityFact,
    Sentence,
    Span,
    trusted,
)
from newsfacts.records.version import SCHEMA_VERSION

__all__ = [
    "ENTITY_KINDS", "FACT_MODELS", "NUMERIC_KINDS", "SCHEMA_VERSION", "Article", "Block",
    "CountFact", "DateFact", "DocumentFact", "Edit", "EntityFact", "ErrorInfo", "Fact",
    "FactBase", "ManifestEntry", "MoneyFact", "NumericFact", "OrgFact", "PercentFact",
    "PeriodFact", "PersonFact", "PlaceFact", "ProjectFact", "QuantityFact", "Sentence", "Span",
    "trusted",
]
