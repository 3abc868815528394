"""Shared fixtures: the project's corpus, and the seed article when it lies beside the clone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CASES = Path(__file__).resolve().parent / "cases"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_ID = "000_5a0a4884d93c597f"


def corpus_ids() -> list[str]:
    """Ids of the corpus articles that have raw, clean and gold files."""
    return sorted(
        p.stem for p in (CORPUS / "raw").glob("*.txt")
        if (CORPUS / "clean" / p.name).exists() and (CORPUS / "gold" / f"{p.stem}.jsonl").exists()
    )


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The seed folder; tests that need it skip when ../shared is not beside the clone."""
    if not (SEEDS / f"{SEED_ID}.txt").exists():
        pytest.skip("../shared/seeds is not beside this clone")
    return SEEDS


@pytest.fixture(scope="session")
def pipeline():
    from newsfacts import Pipeline

    return Pipeline()
