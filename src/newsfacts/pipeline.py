"""The whole pipeline for one document: repair -> segment -> extract -> records.

``Pipeline`` holds what is costly to set up (lexicons, user dictionaries) and is reused over
many documents; ``process`` is the one-call form.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.errors import ErrorCode
from newsfacts.extract import Context, Found, extract
from newsfacts.records import (
    FACT_MODELS,
    Article,
    Block,
    Edit,
    ErrorInfo,
    FactBase,
    Sentence,
    trusted,
)
from newsfacts.repair import OffsetMap, RepairConfig, Repaired, fold_width, repair_and_explain
from newsfacts.segment.blocks import find_blocks
from newsfacts.segment.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What to run: the repair switches, the fact kinds (None: all) and user dictionaries."""

    repair: RepairConfig = field(default_factory=RepairConfig)
    kinds: frozenset[str] | None = None
    user_dicts: tuple[Path, ...] = ()


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept a date, an ISO date string, or None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value.strip()[:10])


class Pipeline:
    """Repair, segment and extract, reused over many documents."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self.lexicon = None
        if self.config.user_dicts:
            from newsfacts.extract.lexicon.user import load_user_dicts

            self.lexicon = load_user_dicts(self.config.user_dicts)

    def process(
        self,
        text: str,
        doc_id: str = "doc",
        published: str | dt.date | None = None,
        source: str | None = None,
        encoding: str | None = None,
    ) -> Article:
        """One document in, one validated ``Article`` out."""
        pub = parse_published(published)
        errors: list[ErrorInfo] = []
        if not text.strip():
            errors.append(ErrorInfo(code=ErrorCode.EMPTY.code, message=ErrorCode.EMPTY.describe()))
        rep = repair_and_explain(text, self.config.repair)
        blocks = find_blocks(rep.text)
        sentences: list[tuple[int, int, int]] = []
        for b, (s, e, _type) in enumerate(blocks):
            sentences.extend((ss, se, b) for ss, se in split_sentences(rep.text, s, e))
        ctx = Context(
            text=rep.text,
            view=fold_width(rep.text),
            sentences=[(s, e) for s, e, _ in sentences],
            blocks=blocks,
            published=pub,
            lexicon=self.lexicon,
        )
        found = extract(ctx, self.config.kinds)
        facts = build_facts(doc_id, rep.text, rep.offsets, found, [s for s, _, _ in sentences])
        return Article(
            doc_id=doc_id,
            source=source,
            encoding=encoding,
            published=pub.isoformat() if pub else None,
            raw=text,
            text=rep.text,
            blocks=spans_of(Block, rep.offsets, blocks, "type"),
            sentences=spans_of(Sentence, rep.offsets, sentences, "block"),
            edits=edits_of(rep),
            facts=facts,
            errors=errors,
        )


def spans_of(model, offsets: OffsetMap, spans, extra: str) -> list:
    """Block or sentence records from ``(start, end, extra)`` triples (``trusted``: their
    fields are integers computed here)."""
    raw_range = offsets.raw_range
    records = []
    for start, end, value in spans:
        raw_start, raw_end = raw_range(start, end)
        records.append(trusted(model, {"start": start, "end": end, "raw_start": raw_start,
                                       "raw_end": raw_end, extra: value}))
    return records


def edits_of(rep: Repaired) -> list[Edit]:
    """Every change of every step as an ``Edit`` record with its raw range (``trusted``)."""
    edits: list[Edit] = []
    for step in rep.steps:
        for (start, end, new, reason), old, (raw_start, raw_end) in zip(
            step.changes, step.olds, step.raw_ranges, strict=True
        ):
            edits.append(trusted(Edit, {
                "step": step.name, "reason": reason, "start": start, "end": end, "old": old,
                "new": new, "raw_start": raw_start, "raw_end": raw_end,
            }))
    return edits


#: kind -> the record's validator (what ``Model(**values)`` runs, without its Python frame).
_VALIDATE = {kind: model.__pydantic_validator__.validate_python
             for kind, model in FACT_MODELS.items()}


def _text_order(f: Found) -> tuple[int, int, str]:
    return f.start, f.end, f.kind


def build_facts(
    doc_id: str, text: str, offsets: OffsetMap, found: list[Found], sentence_starts: list[int]
) -> list[FactBase]:
    """Number the found facts in text order and validate them as records."""
    ordered = sorted(found, key=_text_order)
    ids = {id(f): f"{doc_id}#{n}" for n, f in enumerate(ordered)}
    raw_range = offsets.raw_range
    facts: list[FactBase] = []
    for f in ordered:
        start, end = f.start, f.end
        raw_start, raw_end = raw_range(start, end)
        values = {
            "id": ids[id(f)], "doc_id": doc_id, "text": text[start:end], "start": start,
            "end": end, "raw_start": raw_start, "raw_end": raw_end,
            "sentence": max(bisect_right(sentence_starts, start) - 1, 0), "rule": f.rule,
        }
        values.update(f.fields)
        parent = values.get("parent")
        if isinstance(parent, Found):
            values["parent"] = ids.get(id(parent))
        facts.append(_VALIDATE[f.kind](values))
    return facts


_DEFAULT: Pipeline | None = None


def process(
    text: str,
    doc_id: str = "doc",
    published: str | dt.date | None = None,
    source: str | None = None,
) -> Article:
    """Repair and extract one text with the default pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.process(text, doc_id=doc_id, published=published, source=source)
