"""Provenance on every fact of every article: the repaired span and the raw span agree.

``repaired[start:end] == text``, and ``raw[raw_start:raw_end]`` holds the fact's characters
in order, beginning and ending with the same characters as the fact.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, SEED_ID, corpus_ids
from newsfacts import Article


def is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def check_article(article: Article) -> int:
    for n, fact in enumerate(article.facts):
        assert fact.id == f"{article.doc_id}#{n}"
        assert article.text[fact.start : fact.end] == fact.text, fact
        raw_span = article.raw[fact.raw_start : fact.raw_end]
        assert raw_span, fact
        assert raw_span[0] == fact.text[0] and raw_span[-1] == fact.text[-1], (fact, raw_span)
        assert is_subsequence("".join(fact.text.split()), raw_span), (fact, raw_span)
        sentence = article.sentences[fact.sentence]
        assert sentence.start <= fact.start < sentence.end or fact.sentence == 0
    starts = [(f.start, f.end) for f in article.facts]
    assert starts == sorted(starts)
    for span in [*article.blocks, *article.sentences]:
        raw_span = article.raw[span.raw_start : span.raw_end]
        assert is_subsequence("".join(article.text[span.start : span.end].split()), raw_span)
    return len(article.facts)


@pytest.mark.parametrize("doc_id", corpus_ids())
def test_corpus_provenance(pipeline, doc_id: str) -> None:
    raw = (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    article = pipeline.process(raw, doc_id=doc_id)
    assert check_article(article) > 0


EXTRA_SETS = ("heldout", "blind", "unseen", "fresh", "newest", "untuned", "latest")


@pytest.mark.parametrize(
    "path",
    sorted(p for name in EXTRA_SETS for p in (CORPUS / name / "raw").glob("*.txt")),
    ids=lambda p: f"{p.parent.parent.name}/{p.stem}",
)
def test_heldout_provenance(pipeline, path) -> None:
    article = pipeline.process(path.read_text(encoding="utf-8"), doc_id=path.stem)
    assert check_article(article) > 0


@pytest.mark.parametrize("doc_id", corpus_ids())
def test_clean_text_provenance_is_identity(pipeline, doc_id: str) -> None:
    """On text that needs no repair, raw offsets equal repaired offsets."""
    clean = (CORPUS / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    article = pipeline.process(clean, doc_id=doc_id)
    assert check_article(article) > 0
    assert article.text == clean
    for fact in article.facts:
        assert (fact.raw_start, fact.raw_end) == (fact.start, fact.end)


def test_corpus_has_articles() -> None:
    assert len(corpus_ids()) >= 12


def test_seed_provenance(pipeline, seed_dir) -> None:
    raw = (seed_dir / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    article = pipeline.process(raw, doc_id=SEED_ID)
    assert check_article(article) > 0


_NEWS_CHARS = (
    "前不久总投入超90亿元，其中财政投入近18亿元、。％%～—-至到万亿千百十一二三两〇零余多近约"
    "以上以下“”《》（）１２３ABC年月日季度上半市局公司研究院院长说 \n\u3000"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=_NEWS_CHARS, max_size=300),
    doubled=st.integers(min_value=0, max_value=60),
)
def test_provenance_holds_on_any_text(pipeline, text: str, doubled: int) -> None:
    """Whatever the input (here: newspaper characters, a doubled lead), facts stay traceable."""
    raw = "".join(ch * 2 for ch in text[:doubled]) + text[doubled:]
    check_article(pipeline.process(raw, doc_id="fuzz"))
