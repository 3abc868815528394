"""Time of one document of hostile shape, at two lengths: the pipeline must stay linear.

A batch of millions of articles meets pages no one wrote on purpose: one unbroken line,
every character doubled, a run of digits, thousands of one-word lines, brackets never
closed. Each shape is run at ``n`` and ``2n`` characters; a ratio near 2 means linear time,
near 4 quadratic.

    python benchmarks/hostile.py [N]        (default 100000 characters)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from newsfacts import Pipeline

_SENTENCE = "2024年全市完成投资1000万元，同比增长5.2%，新建项目611个。"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "one unbroken line": _repeat(_SENTENCE),
    "every character doubled": lambda n: "".join(c * 2 for c in _repeat(_SENTENCE)(n // 2)),
    "digits only": _repeat("1"),
    "number and 万, repeated": _repeat("1万"),
    "one short line after another": _repeat("前不久\n"),
    "letter-spaced text": lambda n: " ".join(_repeat(_SENTENCE)(n // 2)),
    "a word repeated": _repeat("研究"),
    "punctuation only": _repeat("，。、"),
    "quotes never closed": _repeat("“"),
    "《 never closed": _repeat("《"),
    "line breaks only": _repeat("\n"),
    "a 分别为 list": lambda n: "分别为" + "、".join(f"{i}.1%" for i in range(n // 7)),
}


def timed(pipeline: Pipeline, text: str) -> float:
    start = time.perf_counter()
    pipeline.process(text)
    return time.perf_counter() - start


def main(n: int = 100_000) -> None:
    pipeline = Pipeline()
    pipeline.process(_SENTENCE)
    print(f"{'shape':32s} {'chars':>8s} {'s':>7s} {'2x chars':>9s} {'s':>7s} {'ratio':>6s}")
    for name, make in SHAPES.items():
        small, large = make(n), make(2 * n)
        t1, t2 = timed(pipeline, small), timed(pipeline, large)
        print(f"{name:32s} {len(small):8d} {t1:7.2f} {len(large):9d} {t2:7.2f} {t2 / t1:6.2f}",
              flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
