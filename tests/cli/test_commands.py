"""The repair, schema and eval commands end to end, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, corpus_ids
from newsfacts.records.schema import json_schema


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", *args],
        input=stdin, capture_output=True, cwd=ROOT, check=False, timeout=300,
    )


def first_raw() -> Path:
    return CORPUS / "raw" / f"{corpus_ids()[0]}.txt"


def test_repair_prints_the_repaired_text() -> None:
    from newsfacts.repair import repair

    raw = first_raw().read_text(encoding="utf-8")
    proc = run("repair", str(first_raw()))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").rstrip("\n") == repair(raw).rstrip("\n")


def test_repair_reads_stdin_in_gb18030() -> None:
    text = "前不久，全省招生计划超过80万人。\n"
    proc = run("repair", "-", stdin=text.encode("gb18030"))
    assert proc.returncode == 0, proc.stderr
    assert "全省招生计划超过80万人" in proc.stdout.decode("utf-8")


def test_repair_explain_lists_edits_with_raw_offsets() -> None:
    from newsfacts import repair_and_explain

    raw = first_raw().read_text(encoding="utf-8")
    rep = repair_and_explain(raw)
    proc = run("repair", "--explain", str(first_raw()))
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert f"{rep.n_changes} edits" in out
    for step in rep.steps:
        assert step.name in out
        rs, re_ = step.raw_ranges[0]
        assert f"raw {rs}-{re_}" in out


def test_repair_missing_file_is_a_clear_error() -> None:
    proc = run("repair", "no/such/file.txt")
    assert proc.returncode != 0
    assert b"Traceback" not in proc.stderr


def test_schema_command_prints_the_json_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads(json.dumps(json_schema()))


def test_eval_json_reports_every_gold_kind() -> None:
    proc = run("eval", "corpus", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    kinds = set()
    for gold in (CORPUS / "gold").glob("*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip() and not json.loads(line).get("ambiguous"):
                kinds.add(json.loads(line)["kind"])
    assert kinds <= set(report["kinds"])
    for score in report["kinds"].values():
        assert 0.0 <= score["precision"] <= 1.0 and 0.0 <= score["recall"] <= 1.0


def _facts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_extract_user_dict_names_an_organisation(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("今年，蓝鲸湾完成投资3亿元，比上年增长一成。\n", encoding="utf-8")
    names = tmp_path / "names.tsv"
    names.write_text("# name\tkind\tcanonical\n蓝鲸湾\torg\t蓝鲸湾控股集团\n", encoding="utf-8")
    plain = run("extract", str(doc), "-o", str(tmp_path / "a" / "f.jsonl"), "--no-progress")
    with_dict = run("extract", str(doc), "-o", str(tmp_path / "b" / "f.jsonl"),
                    "--user-dict", str(names), "--no-progress")
    assert plain.returncode == 0 and with_dict.returncode == 0, with_dict.stderr
    orgs = [f for f in _facts(tmp_path / "b" / "f.jsonl") if f["kind"] == "org"]
    assert [(f["text"], f["name"]) for f in orgs] == [("蓝鲸湾", "蓝鲸湾控股集团")]
    assert not [f for f in _facts(tmp_path / "a" / "f.jsonl") if f.get("name") == "蓝鲸湾控股集团"]


def test_extract_kinds_keeps_only_those_kinds(tmp_path: Path) -> None:
    raw = first_raw()
    proc = run("extract", str(raw), "-o", str(tmp_path / "f.jsonl"), "--kinds", "money,org",
               "--no-progress")
    assert proc.returncode == 0, proc.stderr
    kinds = {f["kind"] for f in _facts(tmp_path / "f.jsonl")}
    assert kinds == {"money", "org"}


@pytest.mark.parametrize("args", [["--kinds", "salary"], ["--user-dict", "no/such.tsv"]])
def test_extract_bad_options_are_clear_errors(tmp_path: Path, args: list[str]) -> None:
    proc = run("extract", str(first_raw()), "-o", str(tmp_path / "f.jsonl"), *args)
    assert proc.returncode == 2
    assert b"error:" in proc.stderr and b"Traceback" not in proc.stderr
