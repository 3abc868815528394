"""Repair quality and speed: CER and paragraph-start F1 against the hand-cleaned texts, chars/s.

    .venv/bin/python benchmarks/repair_bench.py

Quality on every corpus article, on the held-out articles (corpus/heldout, written after
repair was built) and on the seed when ../shared/seeds is beside the clone: character error
rate of the repaired text against the clean one (whitespace ignored), the F1 of paragraph
starts, and the doubled runs left. Round trip: the share of clean paragraphs and sidebar
boxes that ``repair(degrade(x))`` gives back exactly. Speed on clean text (the common case
in archives: nothing fires) and on damaged text (the raw pages and degraded copies of the
clean ones).
"""

from __future__ import annotations

import sys
import time
from itertools import pairwise
from pathlib import Path

from newsfacts.repair import repair
from newsfacts.repair.degrade import degrade
from newsfacts.repair.doubling import find_runs
from newsfacts.repair.score import cer, paragraph_f1

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "000_5a0a4884d93c597f"


def _pairs(folder: Path = CORPUS) -> list[tuple[str, str, str]]:
    return [
        (p.stem, p.read_text(encoding="utf-8"), (folder / "clean" / p.name).read_text("utf-8"))
        for p in sorted((folder / "raw").glob("*.txt"))
        if (folder / "clean" / p.name).exists()
    ]


def _seed() -> list[tuple[str, str, str]]:
    raw, clean = SEED.with_suffix(".txt"), SEED.with_suffix(".clean.txt")
    if raw.exists() and clean.exists():
        return [("seed", raw.read_text("utf-8"), clean.read_text("utf-8"))]
    return []


def _quality(title: str, pairs: list[tuple[str, str, str]]) -> None:
    print(f"{title:10s} {'CER %':>7s} {'para F1':>8s} {'runs left':>9s}")
    for name, raw, clean in pairs:
        text = repair(raw)
        c, f1 = cer(text, clean), paragraph_f1(text, clean)
        print(f"{name:10s} {100 * c:7.3f} {f1:8.3f} {len(find_runs(text)):9d}")
    if len(pairs) > 1:
        print(f"{'worst':10s} {100 * max(cer(repair(r), c) for _, r, c in pairs):7.3f}")


def _round_trip(folder: Path, seeds: range = range(3)) -> tuple[float, float]:
    """Shares of clean paragraphs (with the short headline after one) and of sidebar boxes
    that come back exactly from ``repair(degrade(x))``, as in tests/repair/test_degrade.py."""
    blocks: list[str] = []
    for path in sorted((folder / "clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks.extend(p.strip("\n") for p in text.split("\n\n") if p.strip())
    units = [b for b in blocks if "\n" not in b]
    units += [f"{a}\n\n{b}" for a, b in pairwise(blocks) if "\n" not in a + b and len(b) <= 15]
    boxes = [b for b in blocks if "\n" in b]

    def share(xs: list[str]) -> float:
        ok = sum(
            repair(degrade(x, seed=1000 * s + k)) == x for s in seeds for k, x in enumerate(xs)
        )
        return ok / max(1, len(xs) * len(seeds))

    return share(units), share(boxes)


def _speed(texts: list[str], target_chars: int = 2_000_000) -> float:
    """chars/s of repair over ``texts`` repeated to about ``target_chars``."""
    size = sum(len(t) for t in texts)
    rounds = max(1, target_chars // max(size, 1))
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            repair(t)
    return rounds * size / (time.perf_counter() - start)


def main() -> int:
    corpus, heldout, seed = _pairs(), _pairs(CORPUS / "heldout"), _seed()
    _quality("corpus", corpus)
    _quality("held-out", heldout)
    if seed:
        _quality("seed", seed)
    for title, folder in (("corpus", CORPUS), ("held-out", CORPUS / "heldout")):
        paragraphs, boxes = _round_trip(folder)
        print(f"round trip, {title}: paragraphs {100 * paragraphs:.1f}%, boxes {100 * boxes:.1f}%")
    pairs = corpus + seed
    cleans = [clean for _, _, clean in pairs]
    raws = [raw for _, raw, _ in pairs]
    degraded = [degrade(c, seed=k) for k, c in enumerate(cleans)]
    print(f"speed, clean text:     {_speed(cleans) / 1e6:6.2f} M chars/s")
    print(f"speed, raw pages:      {_speed(raws, 500_000) / 1e6:6.2f} M chars/s")
    print(f"speed, degraded text:  {_speed(degraded, 500_000) / 1e6:6.2f} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
