"""The ``newsfacts`` spaCy pipeline component: ``nlp.add_pipe("newsfacts")``.

It runs the whole pipeline, so it sits above it (beside io / qa / batch); the Doc view it
uses lives in ``segment/spacy_view.py``.

The component runs newsfacts on ``doc.text`` (taken as the raw input) and puts every fact
on the Doc at its raw offsets, whatever the Doc's tokens are (spacy.blank("zh") splits
characters; spans are expanded to whole tokens). The factory is registered both by the
decorator below and by the ``spacy_factories`` entry point, so spaCy finds it without an
import.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.segment.spacy_view import attach_facts, register_extension


class NewsfactsComponent:
    """Runs one reused ``newsfacts.Pipeline`` over each Doc."""

    def __init__(self, nlp: Language, name: str, kinds: Sequence[str] | None = None,
                 user_dicts: Sequence[str] = ()) -> None:
        from newsfacts.pipeline import Pipeline, PipelineConfig

        register_extension()
        self.name = name
        self.pipeline = Pipeline(PipelineConfig(
            kinds=frozenset(kinds) if kinds else None,
            user_dicts=tuple(Path(p) for p in user_dicts),
        ))

    def __call__(self, doc: Doc) -> Doc:
        article = self.pipeline.process(doc.text)
        doc.user_data["newsfacts_article"] = article
        return attach_facts(doc, article.facts, offsets="raw")


@Language.factory(
    "newsfacts",
    default_config={"kinds": None, "user_dicts": []},
)
def make_newsfacts_component(nlp: Language, name: str, kinds: list[str] | None,
                             user_dicts: list[str]) -> NewsfactsComponent:
    """Build the component (spaCy calls this for ``nlp.add_pipe("newsfacts")``)."""
    return NewsfactsComponent(nlp, name, kinds=kinds, user_dicts=user_dicts)
