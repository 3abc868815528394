"""Batches: nothing lost, errors never stop the run, output independent of workers, resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_ids
from newsfacts.batch import JournalMismatch, run_extract
from newsfacts.batch import worker as worker_mod
from newsfacts.batch.journal import journal_dir
from newsfacts.batch.runner import iter_chunks
from newsfacts.ingest import Item
from newsfacts.io.formats import output_paths


def make_archive(path: Path, copies: int = 2, extra: list[str] | None = None) -> int:
    """A JSONL archive of the corpus articles repeated; returns the number of lines."""
    lines = []
    for n in range(copies):
        for doc_id in corpus_ids():
            text = (CORPUS / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
            lines.append(json.dumps({"id": f"{doc_id}-{n}", "text": text,
                                     "date": f"2024-06-{1 + n % 9:02d}"},
                                    ensure_ascii=False))
    lines.extend(extra or [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def outputs_bytes(out: Path) -> dict[str, bytes]:
    paths = output_paths(out)
    return {p.name: p.read_bytes() for p in (paths.facts, paths.documents, paths.manifest)}


def manifest(out: Path) -> list[dict]:
    text = output_paths(out).manifest.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with the corpus, junk and broken inputs."""
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id in corpus_ids()[:4]:
        (folder / f"{doc_id}.txt").write_bytes((CORPUS / "raw" / f"{doc_id}.txt").read_bytes())
    (folder / "gbk.txt").write_bytes(
        (CORPUS / "raw" / f"{corpus_ids()[0]}.txt").read_text(encoding="utf-8")
        .encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    make_archive(folder / "arc.jsonl", copies=1, extra=['{"id": "broken", "text": ', "[]"])
    return folder


def test_every_document_is_in_the_manifest(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "o" / "facts.jsonl"
    summary = run_extract([mixed, tmp_path / "missing.txt"], out)
    entries = manifest(out)
    n_corpus = len(corpus_ids())
    assert len(entries) == 4 + 1 + 2 + n_corpus + 2 + 1 == summary.documents
    status = {e["doc_id"]: (e["status"], (e["error"] or "")[:5]) for e in entries}
    assert status["empty"] == ("error", "NF001")
    assert status["junk"] == ("error", "NF003")
    assert status["missing"] == ("error", "NF006")
    assert status["gbk"] == ("ok", "")
    assert sum(1 for e in entries if e["status"] == "error") == summary.errors == 5
    assert ".DS_Store" not in json.dumps(entries)


def test_manifest_counts_match_the_written_facts(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    summary = run_extract([mixed], out)
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    per_doc: dict[str, int] = {}
    for fact in facts:
        per_doc[fact["doc_id"]] = per_doc.get(fact["doc_id"], 0) + 1
    for entry in manifest(out):
        assert entry["n_facts"] == per_doc.get(entry["doc_id"], 0) or entry["status"] == "ok"
    ok = [e for e in manifest(out) if e["status"] == "ok"]
    assert sum(e["n_facts"] for e in ok) == len(facts) == sum(summary.facts.values())
    docs = output_paths(out).documents.read_text(encoding="utf-8").splitlines()
    assert [json.loads(d)["doc_id"] for d in docs] == [e["doc_id"] for e in ok]
    assert all("facts" not in json.loads(d) for d in docs)


def test_gbk_file_gives_the_same_facts_as_utf8(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    run_extract([mixed], out)
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    def of(doc_id: str) -> list:
        return [(f["kind"], f["text"], f["start"]) for f in facts if f["doc_id"] == doc_id]

    assert of("gbk") == of(corpus_ids()[0])
    assert {e["doc_id"]: e["encoding"] for e in manifest(out)}["gbk"] == "gb18030"


@pytest.mark.parametrize("ext", ["jsonl", "parquet", "csv"])
def test_output_is_identical_for_any_number_of_workers(tmp_path: Path, ext: str) -> None:
    arc = tmp_path / "arc.jsonl"
    make_archive(arc, copies=2)
    one = tmp_path / "w1" / f"facts.{ext}"
    two = tmp_path / "w2" / f"facts.{ext}"
    a = run_extract([arc], one, workers=1, chunk_docs=3)
    b = run_extract([arc], two, workers=2, chunk_docs=3)
    assert a.chunks == b.chunks > 2
    assert outputs_bytes(one) == outputs_bytes(two)
    assert not journal_dir(one).exists()


def test_chunks_depend_on_the_input_alone() -> None:
    items = [Item(str(n), "s", b"x" * (n % 5 + 1), size=n % 5 + 1) for n in range(40)]
    cut = [[i.doc_id for i in c] for _, c in iter_chunks(items, max_docs=6, max_bytes=10)]
    assert cut == [[i.doc_id for i in c] for _, c in iter_chunks(iter(items), 6, 10)]
    assert [d for c in cut for d in c] == [str(n) for n in range(40)]
    assert all(len(c) <= 6 for c in cut)


class Interrupt(BaseException):
    """Stands for a kill: raised from inside the run, not caught by the batch."""


def test_interrupted_run_resumes_to_identical_output(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    arc = tmp_path / "arc.jsonl"
    make_archive(arc, copies=2)
    reference = tmp_path / "ref" / "facts.parquet"
    run_extract([arc], reference, chunk_docs=4)
    out = tmp_path / "run" / "facts.parquet"
    out.parent.mkdir()
    output_paths(out).facts.write_bytes(b"previous")
    real = worker_mod.process_chunk
    calls = {"n": 0}

    def dying(items, options):
        calls["n"] += 1
        if calls["n"] == 3:  # dies on the third chunk
            raise Interrupt
        return real(items, options)

    monkeypatch.setattr("newsfacts.batch.engines.process_chunk", dying)
    with pytest.raises(Interrupt):
        run_extract([arc], out, chunk_docs=4)
    assert output_paths(out).facts.read_bytes() == b"previous"  # not touched until the end
    assert len(list(journal_dir(out).glob("*.part"))) == 2
    monkeypatch.setattr("newsfacts.batch.engines.process_chunk", real)
    summary = run_extract([arc], out, chunk_docs=4, resume=True)
    assert summary.resumed_chunks == 2
    assert summary.documents == 2 * len(corpus_ids())
    assert outputs_bytes(out) == outputs_bytes(reference)


def test_resume_refuses_the_journal_of_another_job(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    arc = tmp_path / "arc.jsonl"
    make_archive(arc, copies=1)
    out = tmp_path / "facts.jsonl"

    def dying(items, options):
        if items:  # the empty warm-up call passes
            raise Interrupt
        return b""

    monkeypatch.setattr("newsfacts.batch.engines.process_chunk", dying)
    with pytest.raises(Interrupt):
        run_extract([arc], out)
    monkeypatch.undo()
    assert journal_dir(out).exists()
    with pytest.raises(JournalMismatch, match="without --resume"):
        run_extract([arc], out, published="2024-01-01", resume=True)
    run_extract([arc], out, published="2024-01-01")  # without --resume: starts over
    assert not journal_dir(out).exists()


def test_temporaries_of_a_killed_merge_are_removed(tmp_path: Path) -> None:
    arc = tmp_path / "arc.jsonl"
    make_archive(arc, copies=1)
    out = tmp_path / "facts.jsonl"
    stale = [tmp_path / ".facts.jsonl.k1l9x_.tmp", tmp_path / ".facts.manifest.jsonl.zz.tmp"]
    for path in stale:
        path.write_text("half a merge", encoding="utf-8")
    (tmp_path / ".other.jsonl.ab.tmp").write_text("not ours", encoding="utf-8")
    run_extract([arc], out, resume=True)
    assert not any(p.exists() for p in stale)
    assert (tmp_path / ".other.jsonl.ab.tmp").exists()


def test_resume_without_journal_runs_everything(tmp_path: Path) -> None:
    arc = tmp_path / "arc.jsonl"
    n = make_archive(arc, copies=1)
    summary = run_extract([arc], tmp_path / "facts.jsonl", resume=True)
    assert summary.documents == n and summary.resumed_chunks == 0
