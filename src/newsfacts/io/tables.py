"""Records as tables: column names and Arrow types derived from the pydantic records.

The facts table has one column per field of any fact kind (the union over ``FACT_MODELS``,
in a stable order: the common fields, then each kind's own); the documents table has the
``Article`` fields except ``facts``. Deriving both from the records keeps Parquet and CSV
in step with the schema: a field added to a record becomes a column without code here.

Decimal values (``value``, ``low``, ``high``) are written exactly as ``decimal128(38, 10)``:
28 integer digits and 10 decimals, far beyond any amount in a newspaper. A value that does
not fit is refused (the document is marked as an error) rather than rounded.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from newsfacts.records import FACT_MODELS, Article

if TYPE_CHECKING:
    import pyarrow as pa

DECIMAL_PRECISION = 38
DECIMAL_SCALE = 10
DOCUMENT_EXCLUDE = frozenset({"facts"})
#: the columns every fact kind has, in this order, before the kind-specific ones
_LEADING = ("schema_version", "id", "doc_id", "kind")


def _strip_optional(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return annotation


@cache
def fact_fields() -> dict[str, Any]:
    """Field name -> annotation, the union of every fact kind's fields, in a stable order."""
    fields: dict[str, Any] = {}
    for model in FACT_MODELS.values():
        for name, info in model.model_fields.items():
            fields.setdefault(name, info.annotation)
    ordered = {name: fields[name] for name in _LEADING if name in fields}
    ordered.update((k, v) for k, v in fields.items() if k not in ordered)
    return ordered


@cache
def document_fields() -> dict[str, Any]:
    """Field name -> annotation of ``Article`` without its facts."""
    return {n: i.annotation for n, i in Article.model_fields.items() if n not in DOCUMENT_EXCLUDE}


def fact_columns() -> list[str]:
    return list(fact_fields())


def document_columns() -> list[str]:
    return list(document_fields())


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a record field (nested models become structs)."""
    import pyarrow as pa

    annotation = _strip_optional(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return arrow_type(typing.get_args(annotation)[0])
    if origin is Literal:
        return pa.string()
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(n, arrow_type(i.annotation), nullable=True)
                          for n, i in annotation.model_fields.items()])
    simple = {
        bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string(),
        Decimal: pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE), dt.date: pa.date32(),
    }
    if annotation in simple:
        return simple[annotation]
    return pa.string()  # anything else is written as JSON text


def fact_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(n, arrow_type(a)) for n, a in fact_fields().items()])


def document_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(n, arrow_type(a)) for n, a in document_fields().items()])


def check_decimal(value: Decimal) -> Decimal:
    """Refuse a value that ``decimal128(38, 10)`` cannot hold exactly."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -DECIMAL_SCALE:
        value = value.normalize()
        exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent < -DECIMAL_SCALE or (
        value.adjusted() >= DECIMAL_PRECISION - DECIMAL_SCALE
    ):
        raise ValueError(f"{value} does not fit decimal128({DECIMAL_PRECISION}, "
                         f"{DECIMAL_SCALE}); write .jsonl to keep it")
    return value


def fact_row(fact: BaseModel) -> dict[str, Any]:
    """One fact as a row with every fact column (missing ones None), Decimals checked."""
    data = fact.model_dump()
    row = dict.fromkeys(fact_fields())
    for key, value in data.items():
        row[key] = check_decimal(value) if isinstance(value, Decimal) else value
    return row


def document_row(article: Article) -> dict[str, Any]:
    """One article without facts as a row; nested spans stay lists of dicts."""
    return article.model_dump(exclude=set(DOCUMENT_EXCLUDE))


def flat_value(value: Any) -> str:
    """A cell as CSV text: exact decimals without exponent, nested values as JSON."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return str(value)
