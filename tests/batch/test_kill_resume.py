"""``kill -9`` at random points, then ``--resume``: the output is byte-identical."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_ids
from newsfacts.batch import run_extract
from newsfacts.batch.journal import journal_dir
from newsfacts.io.formats import output_paths

CHUNK_DOCS = 2
SCRIPT = f"""
import sys
from newsfacts.batch import run_extract
run_extract([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), chunk_docs={CHUNK_DOCS},
            resume=True)
"""


def make_archive(path: Path, copies: int) -> int:
    """The corpus repeated as a JSONL archive; returns the number of documents."""
    lines = [
        json.dumps({"id": f"{doc_id}-{n}",
                    "text": (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")},
                   ensure_ascii=False)
        for n in range(copies) for doc_id in corpus_ids()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def outputs_bytes(out: Path) -> dict[str, bytes]:
    paths = output_paths(out)
    return {p.name: p.read_bytes() for p in (paths.facts, paths.documents, paths.manifest)}


def start(arc: Path, out: Path, workers: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(arc), str(out), str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def parts(out: Path) -> int:
    return len(list(journal_dir(out).glob("*.part")))


def orphans(marker: str) -> list[int]:
    import psutil

    found = []
    for proc in psutil.process_iter(["pid", "cmdline"]):
        if any(marker in arg for arg in proc.info["cmdline"] or []):
            found.append(proc.info["pid"])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_at_random_points_then_resume(tmp_path: Path, workers: int) -> None:
    arc = tmp_path / "arc.jsonl"
    n_docs = make_archive(arc, copies=20)  # long enough that a kill lands mid-run
    n_chunks = -(-n_docs // CHUNK_DOCS)
    out = tmp_path / "run" / "facts.jsonl"
    rng = random.Random(os.getpid())
    killed_mid_run = 0
    for _attempt in range(3):
        before = parts(out) if journal_dir(out).exists() else 0
        last = n_chunks * 4 // 5  # leave room after the target: the run must still be going
        if before + 1 >= last:
            break
        target = rng.randrange(before + 1, last)  # a random point still ahead
        proc = start(arc, out, workers)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if journal_dir(out).exists() and parts(out) >= target:
                time.sleep(rng.random() * 0.005)  # somewhere inside the next chunks
                break
            time.sleep(0.005)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            assert proc.returncode == -signal.SIGKILL
            # killed inside the run (not while the finished process was exiting)
            killed_mid_run += journal_dir(out).exists() and 0 < parts(out) < n_chunks
    assert killed_mid_run, "the run ended before any kill"
    time.sleep(0.3)
    assert not orphans(str(arc)), "pool workers outlived the killed batch"
    proc = start(arc, out, workers)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    reference = tmp_path / "ref" / "facts.jsonl"
    run_extract([arc], reference, chunk_docs=CHUNK_DOCS)
    assert outputs_bytes(out) == outputs_bytes(reference)
    assert not journal_dir(out).exists()
    assert not list(out.parent.glob(".*.tmp"))
