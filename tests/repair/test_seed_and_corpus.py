"""The issue's bounds: CER <= 0.5% and paragraph-start F1 >= 0.9 against the hand-cleaned text."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import CORPUS, SEED_ID

from newsfacts.repair import repair, repair_and_explain
from newsfacts.repair.doubling import find_runs
from newsfacts.repair.score import cer, paragraph_f1

MAX_CER = 0.005
MIN_F1 = 0.9
CORPUS_IDS = sorted(
    p.stem for p in (CORPUS / "raw").glob("*.txt") if (CORPUS / "clean" / p.name).exists()
)
#: Articles written after repair was built and checked once, blind (corpus/heldout).
HELDOUT = CORPUS / "heldout"
HELDOUT_IDS = sorted(
    p.stem for p in (HELDOUT / "raw").glob("*.txt") if (HELDOUT / "clean" / p.name).exists()
)
#: Two equal CJK characters in a row (谢谢, 天天; 走走看看 holds two).
_PAIR = re.compile(r"([\u3400-\u9fff])\1")


def _check(raw: str, clean: str) -> None:
    text = repair(raw)
    assert cer(text, clean) <= MAX_CER
    assert paragraph_f1(text, clean) >= MIN_F1
    assert not find_runs(text), "a doubled run is left"
    assert repair_and_explain(clean).n_changes == 0, "the clean version must need no repair"


def test_seed(seed_dir: Path) -> None:
    raw = (seed_dir / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    clean = (seed_dir / f"{SEED_ID}.clean.txt").read_text(encoding="utf-8")
    _check(raw, clean)
    assert find_runs(raw), "the seed has doubled runs to collapse"


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_corpus_article(doc_id: str) -> None:
    raw = (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    clean = (CORPUS / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    _check(raw, clean)


def test_scores_can_fail() -> None:
    clean = "今年以来，全市新开工项目一百二十个。\n\n下半年将再开工八十个。"
    doubled = "今年以来今年以来，全市新开工项目一百二十个。下半年将再开工八十个。"
    assert cer(doubled, clean) > MAX_CER
    assert paragraph_f1(clean.replace("\n\n", ""), clean) < MIN_F1


@pytest.mark.parametrize("doc_id", HELDOUT_IDS)
def test_heldout_article(doc_id: str) -> None:
    raw = (HELDOUT / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    clean = (HELDOUT / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    _check(raw, clean)


#: The sets written after the rules (blind, unseen, fresh, newest, untuned, latest), within
#: the same bounds.
LATER = [
    (CORPUS / name, p.stem)
    for name in ("blind", "unseen", "fresh", "newest", "untuned", "latest")
    for p in sorted((CORPUS / name / "raw").glob("*.txt"))
    if (CORPUS / name / "clean" / p.name).exists()
]


@pytest.mark.parametrize(("folder", "doc_id"), LATER, ids=[f"{f.name}/{i}" for f, i in LATER])
def test_later_sets_within_bounds(folder: Path, doc_id: str) -> None:
    raw = (folder / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    clean = (folder / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    _check(raw, clean)


def test_later_sets_present() -> None:
    assert len(LATER) >= 19


@pytest.mark.parametrize(
    ("folder", "doc_id"),
    [(CORPUS, i) for i in CORPUS_IDS] + [(HELDOUT, i) for i in HELDOUT_IDS],
)
def test_reduplications_survive(folder: Path, doc_id: str) -> None:
    """Every AA pair of the clean text is in the repaired text, even where the raw page
    cut it with a line break (天 + break + 天)."""
    raw = (folder / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    clean = (folder / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    text = repair(raw)
    assert Counter(m.group() for m in _PAIR.finditer(text)) == Counter(
        m.group() for m in _PAIR.finditer(clean)
    )
