"""Generated archives for the benchmarks: the corpus articles repeated and perturbed.

Each generated document is a corpus article (corpus/raw) with its numbers changed and its
paragraphs rotated, so no two documents are identical but all look like the real input.
Written as a stream: a 200 MB archive never sits in memory.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
_DIGITS = regex.compile(r"\d+")


def corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "raw").glob("*.txt"))]
    if not texts:
        sys.exit("corpus/raw is empty: nothing to generate from")
    return texts


def perturb(text: str, rng: random.Random) -> str:
    """Other numbers, paragraphs in another order: new text with the same shape."""
    text = _DIGITS.sub(lambda m: str(rng.randrange(1, 10 ** len(m[0]))), text)
    paras = text.split("\n\n")
    if len(paras) > 2:
        k = rng.randrange(1, len(paras))
        paras = paras[:1] + paras[k:] + paras[1:k]
    return "\n\n".join(paras)


def documents(target_bytes: int, seed: int = 6) -> Iterator[dict]:
    """Documents until about ``target_bytes`` of UTF-8 text."""
    rng = random.Random(seed)
    texts = corpus_texts()
    total = 0
    n = 0
    while total < target_bytes:
        text = perturb(texts[n % len(texts)], rng)
        total += len(text.encode("utf-8"))
        yield {"id": f"gen-{n:07d}", "text": text, "date": f"2024-{1 + n % 12:02d}-15"}
        n += 1


def write_jsonl(path: Path, target_bytes: int, seed: int = 6) -> tuple[int, int]:
    """A JSONL archive; returns (documents, characters of text)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(target_bytes, seed):
            fh.write(json.dumps(doc, ensure_ascii=False))
            fh.write("\n")
            n += 1
            chars += len(doc["text"])
    return n, chars


if __name__ == "__main__":
    size = int(float(sys.argv[2]) * 1e6) if len(sys.argv) > 2 else 4_000_000
    print(write_jsonl(Path(sys.argv[1]), size))
