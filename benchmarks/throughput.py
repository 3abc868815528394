"""Whole-pipeline throughput of ``newsfacts extract`` next to plain ``jieba.lcut``.

Both run on the same generated text in the same run. The pipeline is timed as a user runs
it: the command in a fresh process, start-up included, with 1 and then 2 workers. jieba is
timed on the texts already in memory, its dictionary loaded beforehand (in its favour).

    python benchmarks/throughput.py [MB]        (default 4)
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


def main(mb: float = 4.0) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        n_docs, chars = write_jsonl(archive, int(mb * 1e6))
        with archive.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        t_jieba = time_jieba(texts)
        t_rjieba = time_rjieba(texts)
        t_inproc = time_pipeline_in_process(texts)
        compile_bytecode()
        t_one = time_command(archive, Path(tmp) / "w1" / "facts.jsonl", 1)
        t_two = time_command(archive, Path(tmp) / "w2" / "facts.jsonl", 2)
        same = all(
            (Path(tmp) / "w1" / name).read_bytes() == (Path(tmp) / "w2" / name).read_bytes()
            for name in ("facts.jsonl", "facts.documents.jsonl", "facts.manifest.jsonl")
        )
    result = {
        "documents": n_docs, "characters": chars, "cpus": os.cpu_count(),
        "jieba_lcut_chars_per_s": chars / t_jieba,
        "rjieba_cut_chars_per_s": chars / t_rjieba,
        "pipeline_in_process_chars_per_s": chars / t_inproc,
        "extract_1_worker_chars_per_s": chars / t_one,
        "extract_2_workers_chars_per_s": chars / t_two,
        "ratio_extract_1_worker_to_jieba": t_jieba / t_one,
        "ratio_pipeline_in_process_to_jieba": t_jieba / t_inproc,
        "scaling_1_to_2_workers": t_one / t_two,
        "seconds": {"jieba": t_jieba, "rjieba": t_rjieba, "in_process": t_inproc, "1_worker": t_one,
                    "2_workers": t_two},
        "outputs_identical_1_vs_2_workers": same,
    }
    return result


if __name__ == "__main__":
    res = main(float(sys.argv[1]) if len(sys.argv) > 1 else 4.0)
    for key, value in res.items():
        print(f"{key:40s} {value:,.2f}" if isinstance(value, float) else f"{key:40s} {value}")
