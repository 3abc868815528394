"""``--engine dask`` on a local cluster of 2 workers gives exactly the local engine's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_ids
from newsfacts.batch import run_extract
from newsfacts.io.formats import output_paths

pytest.importorskip("distributed", reason="dask[distributed] is in the dev extras")


def outputs_bytes(out: Path) -> dict[str, bytes]:
    paths = output_paths(out)
    return {p.name: p.read_bytes() for p in (paths.facts, paths.documents, paths.manifest)}


@pytest.mark.slow
@pytest.mark.parametrize("ext", ["jsonl", "parquet"])
def test_dask_local_cluster_matches_the_local_engine(tmp_path: Path, ext: str) -> None:
    arc = tmp_path / "arc.jsonl"
    lines = [json.dumps({"id": f"{d}-{n}", "text": (CORPUS / "raw" / f"{d}.txt")
                         .read_text(encoding="utf-8")}, ensure_ascii=False)
             for n in range(2) for d in corpus_ids()]
    arc.write_text("\n".join([*lines, "not json"]) + "\n", encoding="utf-8")
    local = tmp_path / "local" / f"facts.{ext}"
    dask = tmp_path / "dask" / f"facts.{ext}"
    a = run_extract([arc, tmp_path / "missing.txt"], local, chunk_docs=3)
    b = run_extract([arc, tmp_path / "missing.txt"], dask, engine="dask", workers=2,
                    chunk_docs=3)
    assert (a.documents, a.errors, a.chunks) == (b.documents, b.errors, b.chunks)
    assert b.chunks > 4
    assert outputs_bytes(local) == outputs_bytes(dask)


def test_dask_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    real_import = builtins.__import__

    def no_distributed(name, *args, **kwargs):
        if name.split(".")[0] == "distributed":
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(ImportError, match=r"pip install 'newsfacts\[dask\]'"):
        run_extract([tmp_path], tmp_path / "facts.jsonl", engine="dask")


@pytest.mark.slow
def test_existing_scheduler_by_address(tmp_path: Path) -> None:
    from distributed import LocalCluster

    arc = tmp_path / "arc.jsonl"
    arc.write_text("\n".join(
        json.dumps({"id": d, "text": (CORPUS / "raw" / f"{d}.txt").read_text(encoding="utf-8")},
                   ensure_ascii=False) for d in corpus_ids()) + "\n", encoding="utf-8")
    local = tmp_path / "local" / "facts.jsonl"
    remote = tmp_path / "remote" / "facts.jsonl"
    run_extract([arc], local, chunk_docs=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        summary = run_extract([arc], remote, engine="dask", scheduler=cluster.scheduler_address,
                              chunk_docs=2)
    assert summary.documents == len(corpus_ids())
    assert outputs_bytes(local) == outputs_bytes(remote)
