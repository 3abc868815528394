"""Run the pipeline over a gold-annotated folder and score it."""

from __future__ import annotations

from pathlib import Path

from newsfacts.ingest.decode import decode_bytes
from newsfacts.io.jsonl import read_dicts
from newsfacts.pipeline import Pipeline
from newsfacts.qa.evaluate import Report, find_gold_pairs, score_article


def evaluate_directory(directory: str | Path, published: str | None = None,
                       pipeline: Pipeline | None = None) -> Report:
    """Score the pipeline's facts against every gold file in ``directory``."""
    pipeline = pipeline or Pipeline()
    report = Report()
    for doc_id, raw_path, gold_path in find_gold_pairs(directory):
        text = decode_bytes(raw_path.read_bytes()).text
        article = pipeline.process(text, doc_id=doc_id, published=published)
        predicted = [f.model_dump(mode="json") for f in article.facts]
        score_article(doc_id, predicted, read_dicts(gold_path), report)
    return report
