"""Repair quality and speed: CER and paragraph-start F1 against the hand-cleaned texts, chars/s.

    .venv/bin/python benchmarks/repair_bench.py

Quality on every corpus article (and the seed when ../shared/seeds is beside the clone):
character error rate of the repaired text against the clean one (whitespace ignored) and
the F1 of paragraph starts. Speed on clean text (the common case in archives: nothing
fires) and on damaged text (the raw pages and degraded copies of the clean ones).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsfacts.repair import repair
from newsfacts.repair.degrade import degrade
from newsfacts.repair.score import cer, paragraph_f1

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "000_5a0a4884d93c597f"


def _pairs() -> list[tuple[str, str, str]]:
    pairs = [
        (p.stem, p.read_text(encoding="utf-8"), (CORPUS / "clean" / p.name).read_text("utf-8"))
        for p in sorted((CORPUS / "raw").glob("*.txt"))
        if (CORPUS / "clean" / p.name).exists()
    ]
    raw, clean = SEED.with_suffix(".txt"), SEED.with_suffix(".clean.txt")
    if raw.exists() and clean.exists():
        pairs.append(("seed", raw.read_text("utf-8"), clean.read_text("utf-8")))
    return pairs


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
    pairs = _pairs()
    print(f"{'article':10s} {'CER %':>7s} {'para F1':>8s}")
    worst = 0.0
    for name, raw, clean in pairs:
        text = repair(raw)
        c, f1 = cer(text, clean), paragraph_f1(text, clean)
        worst = max(worst, c)
        print(f"{name:10s} {100 * c:7.3f} {f1:8.3f}")
    cleans = [clean for _, _, clean in pairs]
    raws = [raw for _, raw, _ in pairs]
    degraded = [degrade(c, seed=k) for k, c in enumerate(cleans)]
    print(f"worst CER {100 * worst:.3f}%")
    print(f"speed, clean text:     {_speed(cleans) / 1e6:6.2f} M chars/s")
    print(f"speed, raw pages:      {_speed(raws, 500_000) / 1e6:6.2f} M chars/s")
    print(f"speed, degraded text:  {_speed(degraded, 500_000) / 1e6:6.2f} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
