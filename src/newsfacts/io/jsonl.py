"""JSON Lines: one record per line, UTF-8, Chinese written as itself."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import TypeAdapter

from newsfacts.records import Article, Fact

_FACT = TypeAdapter(Fact)


def read_facts(path: str | Path) -> Iterator:
    """Facts back from a facts JSONL file, validated."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield _FACT.validate_json(line)


def read_articles(path: str | Path) -> Iterator[Article]:
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Article.model_validate_json(line)


def read_dicts(path: str | Path) -> list[dict]:
    """Plain dicts from any JSONL file (gold files, manifests)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _to_json(record) -> bytes:
    """A record's JSON, from its serializer directly (``model_dump_json`` without the
    Python wrapper and the round trip through ``str``)."""
    return record.__pydantic_serializer__.to_json(record)


class JsonlFormat:
    """The default output: one JSON object per line, exactly the records' JSON form."""

    name = "jsonl"
    suffix = ".jsonl"

    def fact_rows(self, article: Article) -> list[bytes]:
        return [_to_json(f) for f in article.facts]

    def document_row(self, article: Article) -> bytes:
        return Article.__pydantic_serializer__.to_json(article, exclude={"facts"})

    def encode(self, rows: list[bytes], table: str) -> bytes:
        return b"\n".join(rows) + b"\n" if rows else b""

    def merge(self, parts: Iterable[bytes], dest: Path, table: str) -> None:
        from newsfacts.io.atomic import atomic_write

        with atomic_write(dest, "wb") as fh:
            for part in parts:
                fh.write(part)
