"""Peak memory of ``newsfacts extract`` on a large generated JSONL archive.

Resident memory is sampled every 0.2 s and summed over the whole process tree (the batch
process and its workers); the peak of that sum is reported.

    python benchmarks/memory.py [MB] [WORKERS]        (default 200 MB, 2 workers)
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from generate import write_jsonl

ROOT = Path(__file__).resolve().parents[1]


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def main(mb: float = 200.0, workers: int = 2) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsfacts-mem-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        n_docs, chars = write_jsonl(archive, int(mb * 1e6))
        size = archive.stat().st_size
        cmd = [sys.executable, "-m", "newsfacts.cli", "extract", str(archive), "-o",
               str(Path(tmp) / "out" / "facts.jsonl"), "--workers", str(workers),
               "--no-progress"]
        start = time.perf_counter()
        popen = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
        proc = psutil.Process(popen.pid)
        peak = 0
        samples: list[tuple[float, int]] = []
        while popen.poll() is None:
            try:
                rss = tree_rss(proc)
            except psutil.Error:
                break
            peak = max(peak, rss)
            samples.append((time.perf_counter() - start, rss))
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        if popen.returncode:
            raise SystemExit(f"extract failed with {popen.returncode}")
        out_size = sum(p.stat().st_size for p in (Path(tmp) / "out").iterdir())
    tenth = max(1, len(samples) // 10)
    return {
        "archive_mb": size / 1e6, "documents": n_docs, "characters": chars,
        "workers": workers, "seconds": seconds, "chars_per_s": chars / seconds,
        "peak_rss_tree_mb": peak / 1e6,
        "rss_first_tenth_mb": max(r for _, r in samples[:tenth]) / 1e6 if samples else 0,
        "rss_last_tenth_mb": max(r for _, r in samples[-tenth:]) / 1e6 if samples else 0,
        "outputs_mb": out_size / 1e6,
    }


if __name__ == "__main__":
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 200.0
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for key, value in main(mb, workers).items():
        print(f"{key:24s} {value:,.2f}" if isinstance(value, float) else f"{key:24s} {value}")
