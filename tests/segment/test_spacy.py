"""The spaCy view and the ``newsfacts`` pipeline component on spacy.blank("zh")."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from newsfacts import process  # noqa: E402
from newsfacts.segment.spacy_view import (  # noqa: E402
    SPAN_KEY,
    WordsMismatchError,
    doc_from_words,
    to_spacy_doc,
)

TEXT = "江城星澜科技有限公司与江城大学共建实验室，总投资约31.5亿元。\n\n记者 周若溪"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("newsfacts")
    return nlp


def test_add_pipe_puts_facts_on_the_doc(nlp) -> None:
    doc = nlp(TEXT)
    spans = doc.spans[SPAN_KEY]
    article = process(TEXT)
    assert len(spans) == len(article.facts) > 0
    for span in spans:
        fact = span._.fact
        assert fact is not None and span.label_ == fact.kind.upper()
        assert span.start_char <= fact.raw_start and fact.raw_end <= span.end_char
    labels = {(s.text, s.label_) for s in doc.ents}
    assert ("江城星澜科技有限公司", "ORG") in labels
    assert ("江城大学", "ORG") in labels
    assert any(s.label_ == "MONEY" for s in doc.ents)
    assert any(s._.fact.kind == "person" and s._.fact.name == "周若溪" for s in spans)


def test_component_places_spans_at_raw_offsets(nlp) -> None:
    raw = "　　江城星澜科技有限公司与江城大学共建实验室，总投资约31.5亿元。"
    doc = nlp(raw)
    spans = doc.spans[SPAN_KEY]
    assert {s._.fact.kind for s in spans} >= {"org", "money"}
    for s in spans:
        fact = s._.fact
        assert s.start_char <= fact.raw_start and fact.raw_end <= s.end_char
        assert raw[fact.raw_start : fact.raw_end].strip() == fact.text


def test_component_kinds_option() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("newsfacts", config={"kinds": ["org"]})
    doc = nlp(TEXT)
    assert {s.label_ for s in doc.spans[SPAN_KEY]} == {"ORG"}


def test_ents_do_not_overlap() -> None:
    article = process("联合西京理工大学先进能源材料研究院攻关。")
    doc = to_spacy_doc(article)
    taken: set[int] = set()
    for ent in doc.ents:
        idx = set(range(ent.start, ent.end))
        assert not idx & taken
        taken |= idx


@pytest.mark.parametrize("segmenter", ["jieba", "rjieba"])
def test_view_of_an_article(segmenter: str) -> None:
    article = process(TEXT)
    doc = to_spacy_doc(article, segmenter=segmenter)
    assert doc.text == article.text
    spans = doc.spans[SPAN_KEY]
    assert len(spans) == len(article.facts)
    for span, fact in zip(spans, article.facts, strict=True):
        assert span._.fact is fact
        assert span.start_char <= fact.start and fact.end <= span.end_char


def test_words_that_do_not_rebuild_the_text_raise() -> None:
    nlp = spacy.blank("zh")
    with pytest.raises(WordsMismatchError, match="NF021"):
        doc_from_words(nlp, ["江城", "大学"], "江城的大学")


def test_extraction_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys, newsfacts; newsfacts.process('由江城大学牵头。'); "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
