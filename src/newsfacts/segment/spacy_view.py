"""The spaCy view of an article: a ``zh`` Doc of its words with every fact as a span.

Facts are found on characters; this view attaches their character spans to the Doc
afterwards (``alignment_mode="expand"`` when a fact cuts a word). Every fact is in
``doc.spans["newsfacts"]``; those that do not overlap are also ``doc.ents``; the record is
``span._.fact``. spaCy is imported here only, never on the extraction path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from newsfacts.errors import ErrorCode, NewsfactsError
from newsfacts.segment.words import Segmenter, WordSegmenter

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsfacts.records import Article

SPAN_KEY = "newsfacts"


class WordsMismatchError(NewsfactsError, ValueError):
    """The words given for a Doc do not rebuild its text."""


def _spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise NewsfactsError(ErrorCode.MISSING_EXTRA, "pip install spacy") from None
    return spacy


def register_extension() -> None:
    """``Span._.fact``: the fact record behind a span (None for spans of other origin)."""
    from spacy.tokens import Span

    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)


def label_of(kind: str) -> str:
    """The span label of a fact kind: ``org`` -> ``ORG``."""
    return kind.upper()


def doc_from_words(nlp: Language, words: Sequence[str], text: str) -> Doc:
    """A Doc of ``words``; raises ``WordsMismatchError`` unless they rebuild ``text``."""
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    if "".join(words) != text:
        raise WordsMismatchError(ErrorCode.WORDS_MISMATCH, f"{len(words)} words")
    tokens, spaces = get_words_and_spaces(list(words), text)
    return Doc(nlp.vocab, words=tokens, spaces=spaces)


def attach_facts(doc: Doc, facts: Iterable[Any], offsets: str = "text") -> Doc:
    """Put facts on ``doc`` as spans (``offsets``: ``text`` or ``raw`` character offsets)."""
    from spacy.util import filter_spans

    register_extension()
    spans = []
    for fact in facts:
        start, end = (fact.start, fact.end) if offsets == "text" else (fact.raw_start,
                                                                       fact.raw_end)
        span = doc.char_span(start, end, label=label_of(fact.kind), alignment_mode="expand")
        if span is None:
            continue
        span._.fact = fact
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    ours = filter_spans(spans)
    taken = {i for s in ours for i in range(s.start, s.end)}
    others = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(ours + others, key=lambda s: s.start)
    return doc


def to_spacy_doc(article: Article, nlp: Language | None = None,
                 segmenter: str | Segmenter = Segmenter.jieba,
                 user_words: Iterable[str] = ()) -> Doc:
    """A spaCy ``zh`` Doc of the article's repaired text with its facts attached.

    ``nlp`` defaults to ``spacy.blank("zh")`` (nothing is downloaded); its vocab is used.
    """
    spacy = _spacy()
    nlp = nlp if nlp is not None else spacy.blank("zh")
    words = WordSegmenter(segmenter, user_words).cut(article.text)
    doc = doc_from_words(nlp, words, article.text)
    return attach_facts(doc, article.facts)
