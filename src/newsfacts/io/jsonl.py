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


class JsonlFormat:
    """The default output: one JSON object per line, exactly the records' JSON form."""

    name = "jsonl"
    suffix = ".jsonl"

    def fact_rows(self, article: Article) -> list[str]:
        return [f.model_dump_json() for f in article.facts]

    def document_row(self, article: Article) -> str:
        return article.model_dump_json(exclude={"facts"})

    def encode(self, rows: list[str], table: str) -> bytes:
        return "".join(f"{r}\n" for r in rows).encode("utf-8")

    def merge(self, parts: Iterable[bytes], dest: Path, table: str) -> None:
        from newsfacts.io.atomic import atomic_write

        with atomic_write(dest, "wb") as fh:
            for part in parts:
                fh.write(part)
