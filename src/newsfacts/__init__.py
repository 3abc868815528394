"""newsfacts: Chinese newspaper text as extraction leaves it -> clean text and traceable facts.

>>> import newsfacts
>>> article = newsfacts.process("总投资约31.5亿元，其中市级财政投入18.2亿元。", doc_id="demo")
>>> [(f.kind, f.text) for f in article.facts][:2]
[('money', '约31.5亿元'), ('money', '18.2亿元')]
"""

from newsfacts.pipeline import Pipeline, PipelineConfig, process
from newsfacts.records import (
    SCHEMA_VERSION,
    Article,
    CountFact,
    DateFact,
    DocumentFact,
    Fact,
    MoneyFact,
    OrgFact,
    PercentFact,
    PeriodFact,
    PersonFact,
    PlaceFact,
    ProjectFact,
    QuantityFact,
)
from newsfacts.repair import RepairConfig, repair_and_explain

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "CountFact",
    "DateFact",
    "DocumentFact",
    "Fact",
    "MoneyFact",
    "OrgFact",
    "PercentFact",
    "PeriodFact",
    "PersonFact",
    "Pipeline",
    "PipelineConfig",
    "PlaceFact",
    "ProjectFact",
    "QuantityFact",
    "RepairConfig",
    "__version__",
    "process",
    "repair_and_explain",
]
