"""Whole-pipeline throughput of ``newsfacts extract`` next to plain ``jieba.lcut``.

Both run on the same generated text in the same run. The pipeline is timed as a user runs
it: the command in a fresh process, start-up included, with 1 and then 2 workers. jieba is
timed on the texts already in memory, its dictionary loaded beforehand (in its favour).
A shared machine's speed drifts by a fifth from minute to minute, so every measure is taken
in each of several interleaved rounds and the best time of each is compared.

    python benchmarks/throughput.py [MB] [ROUNDS]        (default 4 MB, 3 rounds)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]


def time_jieba(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def time_rjieba(texts: list[str]) -> float:
    import rjieba

    rjieba.cut(texts[0])
    start = time.perf_counter()
    for text in texts:
        rjieba.cut(text)
    return time.perf_counter() - start


def time_pipeline_in_process(texts: list[str]) -> float:
    from newsfacts import Pipeline

    pipeline = Pipeline()
    pipeline.process(texts[0])  # build lazily compiled tables first
    start = time.perf_counter()
    for n, text in enumerate(texts):
        pipeline.process(text, doc_id=str(n))
    return time.perf_counter() - start


def compile_bytecode() -> None:
    """Write the package's ``.pyc`` files, as the first run of any install does.

    Without them (``PYTHONDONTWRITEBYTECODE`` set, a read-only checkout) every run compiles
    newsfacts' sources again, about 40 ms of start-up.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)


def time_command(archive: Path, out: Path, workers: int) -> float:
    cmd = [*NEWSFACTS, "extract", str(archive), "-o", str(out), "--workers", str(workers),
           "--no-progress"]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(mb: float = 4.0, rounds: int = 3) -> dict:
    times: dict[str, list[float]] = {k: [] for k in
                                     ("jieba", "rjieba", "in_process", "1_worker", "2_workers")}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        n_docs, chars = write_jsonl(archive, int(mb * 1e6))
        with archive.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        compile_bytecode()
        for _ in range(rounds):
            times["jieba"].append(time_jieba(texts))
            times["rjieba"].append(time_rjieba(texts))
            times["in_process"].append(time_pipeline_in_process(texts))
            times["1_worker"].append(time_command(archive, Path(tmp) / "w1" / "facts.jsonl", 1))
            times["2_workers"].append(time_command(archive, Path(tmp) / "w2" / "facts.jsonl", 2))
        same = all(
            (Path(tmp) / "w1" / name).read_bytes() == (Path(tmp) / "w2" / name).read_bytes()
            for name in ("facts.jsonl", "facts.documents.jsonl", "facts.manifest.jsonl")
        )
    best = {k: min(v) for k, v in times.items()}
    result = {
        "documents": n_docs, "characters": chars, "cpus": os.cpu_count(), "rounds": rounds,
        "jieba_lcut_chars_per_s": chars / best["jieba"],
        "rjieba_cut_chars_per_s": chars / best["rjieba"],
        "pipeline_in_process_chars_per_s": chars / best["in_process"],
        "extract_1_worker_chars_per_s": chars / best["1_worker"],
        "extract_2_workers_chars_per_s": chars / best["2_workers"],
        "ratio_extract_1_worker_to_jieba": best["jieba"] / best["1_worker"],
        "ratio_pipeline_in_process_to_jieba": best["jieba"] / best["in_process"],
        "scaling_1_to_2_workers": best["1_worker"] / best["2_workers"],
        "seconds_each_round": {k: [round(t, 3) for t in v] for k, v in times.items()},
        "outputs_identical_1_vs_2_workers": same,
    }
    return result


if __name__ == "__main__":
    res = main(float(sys.argv[1]) if len(sys.argv) > 1 else 4.0,
               int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    for key, value in res.items():
        print(f"{key:40s} {value:,.2f}" if isinstance(value, float) else f"{key:40s} {value}")
