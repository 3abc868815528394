"""``newsfacts extract`` end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, corpus_ids


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", "extract", *args],
        input=stdin, capture_output=True, cwd=ROOT, check=False, timeout=300,
    )


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def test_corpus_folder_gives_facts_documents_manifest_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    proc = run("corpus/raw/", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    facts = lines(out)
    n_raw = len(list((CORPUS / "raw").glob("*.txt")))
    assert len(lines(tmp_path / "facts.manifest.jsonl")) == n_raw
    assert len(lines(tmp_path / "facts.documents.jsonl")) == n_raw
    stdout = proc.stdout.decode("utf-8")
    for kind in {f["kind"] for f in facts}:
        count = sum(1 for f in facts if f["kind"] == kind)
        assert any(kind in row and row.rstrip(" │").endswith(str(count))
                   for row in stdout.splitlines()), (kind, count)
    assert f"documents ok: {n_raw}  errors: 0" in stdout


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_output_format_follows_the_extension(tmp_path: Path, ext: str) -> None:
    ref = tmp_path / "facts.jsonl"
    out = tmp_path / f"facts.{ext}"
    assert run("corpus/raw", "-o", str(ref)).returncode == 0
    proc = run("corpus/raw", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    if ext == "parquet":
        import pyarrow.parquet as pq

        ids = pq.read_table(out).column("id").to_pylist()
        docs = pq.read_table(tmp_path / "facts.documents.parquet").column("doc_id").to_pylist()
    else:
        import csv

        with out.open(encoding="utf-8", newline="") as fh:
            ids = [r["id"] for r in csv.DictReader(fh)]
        with (tmp_path / "facts.documents.csv").open(encoding="utf-8", newline="") as fh:
            docs = [r["doc_id"] for r in csv.DictReader(fh)]
    assert ids == [f["id"] for f in lines(ref)]
    assert docs == [d["doc_id"] for d in lines(tmp_path / "facts.documents.jsonl")]


def test_stdin_jsonl_with_dates(tmp_path: Path) -> None:
    doc_id = corpus_ids()[0]
    text = (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    data = json.dumps({"id": "p1", "text": text, "date": "2024-06-01"}, ensure_ascii=False)
    out = tmp_path / "facts.jsonl"
    proc = run("-", "-o", str(out), stdin=(data + "\n{bad\n").encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    docs = lines(tmp_path / "facts.documents.jsonl")
    assert [(d["doc_id"], d["published"]) for d in docs] == [("p1", "2024-06-01")]
    assert [m["status"] for m in lines(tmp_path / "facts.manifest.jsonl")] == ["ok", "error"]
    assert b"NF004" in proc.stderr


def test_bad_inputs_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "o" / "facts.jsonl"
    proc = run(str(tmp_path / "junk.bin"), str(tmp_path / "nope.txt"), "corpus/raw/*.txt",
               "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    status = {m["doc_id"]: m for m in lines(tmp_path / "o" / "facts.manifest.jsonl")}
    assert status["junk"]["error"].startswith("NF003")
    assert status["nope"]["error"].startswith("NF006")
    assert all(status[i]["status"] == "ok" for i in corpus_ids())
    assert b"Traceback" not in proc.stderr
    assert b"NF003 x1, NF006 x1" in proc.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "facts.xlsx"], b"unknown output extension"),
    (["--published", "2024-02-30"], b"not a date"),
    (["--scheduler", "tcp://127.0.0.1:1"], b"--scheduler needs --engine dask"),
    (["--engine", "spark"], b"spark"),
    (["--workers", "0"], b"--workers"),
])
def test_bad_options_are_clear_errors(tmp_path: Path, args: list[str], message: bytes) -> None:
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "facts.jsonl")]
    proc = run("corpus/raw", *args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert b"Traceback" not in proc.stderr
    assert not (tmp_path / "facts.jsonl").exists()


def test_workers_and_resume_give_the_same_bytes(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "facts.jsonl", tmp_path / "b" / "facts.jsonl"
    assert run("corpus/raw", "-o", str(one)).returncode == 0
    proc = run("corpus/raw", "-o", str(two), "--workers", "2", "--resume")
    assert proc.returncode == 0, proc.stderr
    for name in ("facts.jsonl", "facts.documents.jsonl", "facts.manifest.jsonl"):
        assert (one.parent / name).read_bytes() == (two.parent / name).read_bytes()


def test_progress_bar_on_request(tmp_path: Path) -> None:
    proc = run("corpus/raw", "-o", str(tmp_path / "f.jsonl"), "--progress")
    assert proc.returncode == 0
    assert b"docs/s" in proc.stderr and b"ETA" in proc.stderr


def test_extract_does_not_import_spacy() -> None:
    code = ("import sys; from newsfacts.cli import main; sys.argv=['newsfacts','extract',"
            "'corpus/raw','-o','/dev/null/x.jsonl']\ntry:\n    main()\nexcept SystemExit:\n"
            "    pass\nprint('spacy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT,
                          check=False, timeout=300)
    assert proc.stdout.strip().endswith(b"False"), proc.stdout + proc.stderr
