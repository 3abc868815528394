"""Output formats chosen by OUT's extension: JSON Lines, Parquet, CSV.

A batch writes each chunk of documents as a *part* (bytes in the format's own part encoding)
and merges the parts into the final file at the end. Every format therefore does three
things: turn one article into rows (``fact_rows``, ``document_row``; this may refuse a value
the format cannot hold, which makes that one document an error), encode a chunk's rows as a
part, and merge parts, in order, into the destination, atomically.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from newsfacts.records import Article

Table = Literal["facts", "documents"]


class OutputFormat(Protocol):
    name: str
    suffix: str

    def fact_rows(self, article: Article) -> list[Any]: ...

    def document_row(self, article: Article) -> Any: ...

    def encode(self, rows: list[Any], table: Table) -> bytes: ...

    def merge(self, parts: Iterable[bytes], dest: Path, table: Table) -> None: ...


@dataclass(frozen=True, slots=True)
class Outputs:
    """The three files of a batch: facts (OUT), documents and manifest beside it."""

    facts: Path
    documents: Path
    manifest: Path


def format_for(out: str | Path) -> OutputFormat:
    """The format named by OUT's extension (.jsonl when it has none)."""
    suffix = Path(out).suffix.lower()
    if suffix in ("", ".jsonl", ".ndjson"):
        from newsfacts.io.jsonl import JsonlFormat

        return JsonlFormat()
    if suffix in (".parquet", ".pq"):
        from newsfacts.io.parquet import ParquetFormat

        return ParquetFormat()
    if suffix == ".csv":
        from newsfacts.io.csv import CsvFormat

        return CsvFormat()
    raise ValueError(f"unknown output extension {suffix!r}: use .jsonl, .parquet or .csv")


def output_paths(out: str | Path) -> Outputs:
    """``OUT``, ``<stem>.documents<ext>`` and ``<stem>.manifest.jsonl`` beside it."""
    out = Path(out)
    suffix = out.suffix or ".jsonl"
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return Outputs(out, out.with_name(f"{stem}.documents{suffix}"),
                   out.with_name(f"{stem}.manifest.jsonl"))
