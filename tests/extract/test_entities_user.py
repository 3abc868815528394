"""User dictionaries: recognition with canonical names, segmentation words, bad lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import Pipeline
from newsfacts.extract.lexicon.user import UserDictError, load_user_dicts, parse_user_dict
from newsfacts.pipeline import PipelineConfig

DICT = (
    "# names the articles use\n"
    "云栖智造\torg\n云栖\torg\t云栖智造\n北斗星图\tproject\n沈清和\tperson\n"
)


@pytest.fixture
def user_dict(tmp_path: Path) -> Path:
    path = tmp_path / "user.tsv"
    path.write_text(DICT, encoding="utf-8")
    return path


def test_user_entries_are_found_with_canonical_names(user_dict: Path) -> None:
    pipeline = Pipeline(PipelineConfig(user_dicts=(user_dict,)))
    article = pipeline.process("云栖智造推出北斗星图。云栖今年营收增长，沈清和说。")
    got = {(f.kind, f.text, getattr(f, "name", None)) for f in article.facts}
    assert ("org", "云栖智造", "云栖智造") in got
    assert ("org", "云栖", "云栖智造") in got
    assert ("project", "北斗星图", "北斗星图") in got
    assert ("person", "沈清和", "沈清和") in got


def test_without_the_dictionary_the_names_are_unknown() -> None:
    article = Pipeline().process("云栖智造推出北斗星图。")
    assert not [f for f in article.facts if f.kind in ("org", "project")]


def test_user_words_feed_the_segmenter(user_dict: Path) -> None:
    from newsfacts.segment.words import WordSegmenter

    words = load_user_dicts([user_dict]).words()
    assert "北斗星图" in words
    for engine in ("jieba", "rjieba"):
        assert "北斗星图" in WordSegmenter(engine, words).cut("推出北斗星图。")


@pytest.mark.parametrize(
    ("line", "message"),
    [("云栖智造", "expected"), ("云栖智造\tcompany", "unknown kind"), ("\torg", "expected")],
)
def test_bad_lines_name_file_and_line(line: str, message: str) -> None:
    with pytest.raises(UserDictError, match=rf"user\.tsv:2: {message}"):
        parse_user_dict(["# header", line], "user.tsv")
