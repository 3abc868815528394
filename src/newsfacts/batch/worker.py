"""One chunk of documents through the pipeline, as a self-contained, picklable task.

``process_chunk`` is what every engine runs (in this process, in worker processes, or on
Dask workers): items in, one *part* out. A part is bytes: a JSON header line (the chunk's
counts and the sizes of its three sections) followed by the facts, documents and manifest
sections in the output format. Nothing in it depends on the engine or on timing, so the
same input gives the same bytes whatever runs it.
"""

from __future__ import annotations

import json
import traceback
from collections import Counter
from dataclasses import dataclass, field

from newsfacts.errors import ErrorCode
from newsfacts.ingest.sources import DEFAULT_MAX_CHARS, Document, Item, to_document
from newsfacts.io.formats import OutputFormat, format_for
from newsfacts.pipeline import Pipeline, PipelineConfig
from newsfacts.records import Article, ManifestEntry


@dataclass(frozen=True, slots=True)
class JobOptions:
    """Everything that decides a chunk's output; part of the journal's identity."""

    output: str = "jsonl"
    encoding: str | None = None
    published: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    config: PipelineConfig | None = None


@dataclass
class ChunkStats:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    chars: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    error_codes: Counter[str] = field(default_factory=Counter)

    def add(self, other: ChunkStats) -> None:
        self.documents += other.documents
        self.ok += other.ok
        self.errors += other.errors
        self.chars += other.chars
        self.facts.update(other.facts)
        self.error_codes.update(other.error_codes)

    def as_dict(self) -> dict:
        return {"documents": self.documents, "ok": self.ok, "errors": self.errors,
                "chars": self.chars, "facts": dict(sorted(self.facts.items())),
                "error_codes": dict(sorted(self.error_codes.items()))}

    @classmethod
    def from_dict(cls, d: dict) -> ChunkStats:
        return cls(d["documents"], d["ok"], d["errors"], d["chars"], Counter(d["facts"]),
                   Counter(d["error_codes"]))


_PIPELINES: dict[PipelineConfig | None, Pipeline] = {}
_FORMATS: dict[str, OutputFormat] = {}


def _pipeline(config: PipelineConfig | None) -> Pipeline:
    """One pipeline per process and configuration, built on first use."""
    if config not in _PIPELINES:
        _PIPELINES[config] = Pipeline(config)
    return _PIPELINES[config]


#: A short page touching every finder, so that the patterns they build on first use are
#: compiled before the first chunk (and, in a forked pool, once in the parent for all).
WARM_TEXT = (
    "财经\n\n2024年上半年，武汉市科技局联合华中科技大学投入资金约1.2亿元，同比增长5.2%，"
    "新建“光谷芯”项目12个、实验室3所，年产能5万吨。去年底，张明华局长表示，"
    "《武汉市科技创新行动方案》提出，到2027年建成工程中心20家。"
)


def warm_up(options: JobOptions) -> None:
    """Build this process's pipeline for ``options`` and run it once on ``WARM_TEXT``."""
    _pipeline(options.config).process(WARM_TEXT, doc_id="warm-up")
    _format(options.output)


def _format(name: str) -> OutputFormat:
    if name not in _FORMATS:
        _FORMATS[name] = format_for(f"out.{name}")
    return _FORMATS[name]


def _error_entry(doc: Document, error: str | None) -> ManifestEntry:
    return ManifestEntry(doc_id=doc.doc_id, source=doc.source, status="error", error=error,
                         encoding=doc.encoding)


def _internal(exc: Exception) -> str:
    detail = f"{type(exc).__name__}: {exc}; {traceback.format_exc(limit=2)[-300:]}"
    return f"{ErrorCode.INTERNAL.code}: {detail}"


def process_document(pipeline: Pipeline, doc: Document) -> tuple[Article | None, ManifestEntry]:
    """One document through the pipeline; failures become manifest errors, never exceptions."""
    if not doc.ok or doc.text is None:
        return None, _error_entry(doc, doc.error)
    try:
        article = pipeline.process(doc.text, doc_id=doc.doc_id, published=doc.published,
                                   source=doc.source, encoding=doc.encoding)
    except Exception as exc:  # one bad document must not stop the batch
        return None, _error_entry(doc, _internal(exc))
    return article, ManifestEntry(doc_id=doc.doc_id, source=doc.source, status="ok",
                                  encoding=doc.encoding, n_facts=len(article.facts))


def process_chunk(items: list[Item], options: JobOptions) -> bytes:
    """Items in, one part out (see the module docstring for its layout)."""
    pipeline = _pipeline(options.config)
    fmt = _format(options.output)
    stats = ChunkStats()
    fact_rows: list = []
    doc_rows: list = []
    manifest: list[str] = []
    for item in items:
        doc = to_document(item, options.encoding, options.published, options.max_chars)
        article, entry = process_document(pipeline, doc)
        if article is not None:
            try:
                rows = fmt.fact_rows(article)
                doc_row = fmt.document_row(article)
            except Exception as exc:  # a value the format cannot hold: this document only
                article, entry = None, _error_entry(doc, _internal(exc))
        stats.documents += 1
        if article is None:
            stats.errors += 1
            stats.error_codes[(entry.error or "NF099").partition(":")[0]] += 1
        else:
            stats.ok += 1
            stats.chars += len(article.raw)
            stats.facts.update(f.kind for f in article.facts)
            fact_rows.extend(rows)
            doc_rows.append(doc_row)
        manifest.append(entry.model_dump_json())
    sections = (
        fmt.encode(fact_rows, "facts"),
        fmt.encode(doc_rows, "documents"),
        "".join(f"{m}\n" for m in manifest).encode("utf-8"),
    )
    header = {**stats.as_dict(), "sizes": [len(s) for s in sections]}
    return b"".join((json.dumps(header).encode("utf-8"), b"\n", *sections))


def split_part(part: bytes) -> tuple[ChunkStats, bytes, bytes, bytes]:
    """A part's counts and its facts, documents and manifest sections."""
    nl = part.index(b"\n")
    header = json.loads(part[:nl])
    f, d, m = header["sizes"]
    start = nl + 1
    return (ChunkStats.from_dict(header), part[start : start + f],
            part[start + f : start + f + d], part[start + f + d : start + f + d + m])
