"""Word segmentation: both engines, same words, exact rebuild, user words, clear errors."""

from __future__ import annotations

import pytest

from newsfacts.errors import UnknownSegmenterError
from newsfacts.segment.words import Segmenter, WordSegmenter, cut

TEXTS = [
    "武汉市科技局相关负责人介绍，今年新增立项86项，财政资金约4.6亿元。",
    "Windows 11 与 鸿蒙\n\n两套系统　并行",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("engine", list(Segmenter))
def test_words_rebuild_the_text(engine: Segmenter, text: str) -> None:
    assert "".join(cut(text, engine)) == text


@pytest.mark.parametrize("text", TEXTS)
def test_engines_agree(text: str) -> None:
    assert cut(text, "jieba") == cut(text, "rjieba")


@pytest.mark.parametrize("engine", ["jieba", "rjieba", " RJieba "])
def test_user_word_kept_whole(engine: str) -> None:
    seg = WordSegmenter(engine, ["星澜达科技"])
    assert "星澜达科技" in seg.cut("星澜达科技牵头攻关")


def test_user_words_do_not_leak_between_segmenters() -> None:
    WordSegmenter("jieba", ["星澜达科技"]).cut("星澜达科技")
    assert "星澜达科技" not in WordSegmenter("jieba").cut("星澜达科技牵头")


@pytest.mark.parametrize("name", ["pkuseg", "", "jieba2"])
def test_unknown_segmenter(name: str) -> None:
    with pytest.raises(UnknownSegmenterError, match=r"NF020.*jieba, rjieba"):
        Segmenter.get(name)
    with pytest.raises(ValueError):
        WordSegmenter(name)
