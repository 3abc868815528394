"""Run the pipeline over many documents and write facts, documents and a manifest.

Every input document ends up in the manifest, ``ok`` with its fact count or ``error`` with
the reason; an error in one document never stops the batch. Outputs appear atomically.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.errors import ErrorCode
from newsfacts.ingest import Document, iter_documents
from newsfacts.io.atomic import atomic_write
from newsfacts.pipeline import Pipeline, PipelineConfig
from newsfacts.records import Article, ManifestEntry


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    chars: int = 0
    facts: Counter[str] = field(default_factory=Counter)


def output_paths(out: Path) -> tuple[Path, Path]:
    """``<stem>.documents.jsonl`` and ``<stem>.manifest.jsonl`` beside ``out``."""
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.documents.jsonl"), out.with_name(f"{stem}.manifest.jsonl")


def process_document(pipeline: Pipeline, doc: Document) -> tuple[Article | None, ManifestEntry]:
    """One document through the pipeline; failures become manifest errors, never exceptions."""
    if not doc.ok or doc.text is None:
        return None, ManifestEntry(doc_id=doc.doc_id, source=doc.source, status="error",
                                   error=doc.error, encoding=doc.encoding)
    try:
        article = pipeline.process(doc.text, doc_id=doc.doc_id, published=doc.published,
                                   source=doc.source, encoding=doc.encoding)
    except Exception as exc:  # one bad document must not stop the batch
        detail = f"{type(exc).__name__}: {exc}; {traceback.format_exc(limit=2)[-300:]}"
        return None, ManifestEntry(doc_id=doc.doc_id, source=doc.source, status="error",
                                   error=f"{ErrorCode.INTERNAL.code}: {detail}",
                                   encoding=doc.encoding)
    return article, ManifestEntry(doc_id=doc.doc_id, source=doc.source, status="ok",
                                  encoding=doc.encoding, n_facts=len(article.facts))


def run_extract(
    inputs: Iterable[str | Path],
    out: str | Path,
    config: PipelineConfig | None = None,
    published: str | None = None,
    encoding: str | None = None,
) -> Summary:
    """Extract facts from every input document into ``out`` and the files beside it."""
    out = Path(out)
    docs_path, manifest_path = output_paths(out)
    pipeline = Pipeline(config)
    summary = Summary()
    with (
        atomic_write(out) as facts_fh,
        atomic_write(docs_path) as docs_fh,
        atomic_write(manifest_path) as man_fh,
    ):
        for doc in iter_documents(list(inputs), encoding=encoding):
            if published and doc.published is None and doc.ok:
                doc = Document(doc.doc_id, doc.source, doc.text, doc.encoding, published,
                               doc.error, doc.meta)
            article, entry = process_document(pipeline, doc)
            summary.documents += 1
            if article is None:
                summary.errors += 1
            else:
                summary.ok += 1
                summary.chars += len(article.raw)
                for fact in article.facts:
                    facts_fh.write(fact.model_dump_json())
                    facts_fh.write("\n")
                    summary.facts[fact.kind] += 1
                docs_fh.write(article.model_dump_json(exclude={"facts"}))
                docs_fh.write("\n")
            man_fh.write(entry.model_dump_json())
            man_fh.write("\n")
    return summary
