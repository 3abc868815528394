"""Word segmentation of the repaired text, for the spaCy view and for users who want words.

Facts are never found on words (jieba splits "3000万元" its own way); words are a view.
Two segmenters give the same tokens: ``jieba`` (pure Python) and ``rjieba`` (its Rust
binding, several times faster). Both are imported only when first used, and each
``WordSegmenter`` keeps its own dictionary, so user words never leak between pipelines.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from newsfacts.errors import ErrorCode, NewsfactsError, UnknownSegmenterError


class Segmenter(StrEnum):
    """The word segmenters newsfacts can use."""

    jieba = "jieba"
    rjieba = "rjieba"

    @classmethod
    def get(cls, value: str | Segmenter) -> Segmenter:
        """The segmenter named ``value``; an unknown name raises ``UnknownSegmenterError``."""
        if isinstance(value, Segmenter):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise UnknownSegmenterError(ErrorCode.UNKNOWN_SEGMENTER, repr(value)) from None


def _import(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise NewsfactsError(ErrorCode.MISSING_EXTRA, f"pip install {module}") from None


class WordSegmenter:
    """A segmenter with its own dictionary and the user's words added."""

    def __init__(self, segmenter: str | Segmenter = Segmenter.jieba,
                 user_words: Iterable[str] = ()) -> None:
        self.segmenter = Segmenter.get(segmenter)
        self._words = tuple(dict.fromkeys(w for w in user_words if w.strip()))
        self._engine: Any = None

    def _load(self) -> Any:
        if self._engine is None:
            if self.segmenter is Segmenter.jieba:
                jieba = _import("jieba")
                jieba.setLogLevel(60)
                engine = jieba.Tokenizer()
                for w in self._words:
                    engine.add_word(w)
            else:
                engine = _import("rjieba").Jieba()
                for w in self._words:
                    engine.add_word(w, None, None)
            self._engine = engine
        return self._engine

    def cut(self, text: str) -> list[str]:
        """The words of ``text``; joined they give ``text`` back exactly.

        >>> WordSegmenter("rjieba", ["星衡智算"]).cut("星衡智算牵头")
        ['星衡智算', '牵头']
        """
        engine = self._load()
        if self.segmenter is Segmenter.jieba:
            return engine.lcut(text, HMM=True)
        return engine.cut(text, True)


def cut(text: str, segmenter: str | Segmenter = Segmenter.jieba,
        user_words: Iterable[str] = ()) -> list[str]:
    """One-call segmentation (builds a ``WordSegmenter``; reuse one for many texts)."""
    return WordSegmenter(segmenter, user_words).cut(text)
