"""Inputs -> documents: ids, order, archives, JSONL lines, limits; nothing dropped."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from conftest import CASES
from newsfacts.ingest import iter_documents, iter_items, to_document
from newsfacts.ingest.sources import _stdin_items, document_from_json_line, normalise_date

TEXT = "全市新建5G基站1.2万个，投资约35亿元。\n"


def rows(name: str) -> list[dict]:
    path = CASES / "ingest" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with text files, hidden files, a zip, a tar.gz and a JSONL archive."""
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ("a01.txt", "b/b02.txt", "b/c/c03.txt", "d.v2.txt", ".hidden/zz.txt"):
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "b" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    with zipfile.ZipFile(tmp_path / "pack.zip", "w") as zf:
        zf.writestr("m1.txt", TEXT)
        zf.writestr("sub/m2.txt", TEXT.encode("gb18030"))
        zf.writestr("__MACOSX/._m1.txt", b"\x00\x05\x16\x07")
        zf.writestr(".DS_Store", b"\x00\x00")
    with tarfile.open(tmp_path / "tarred.tar.gz", "w:gz") as tf:
        data = "臺北新建基站1.2萬個。\n".encode("big5")
        info = tarfile.TarInfo("t1.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    lines = [{"id": "x1", "text": TEXT}, {"id": "x2", "text": TEXT, "date": "2024-05-01"}]
    (tmp_path / "lines.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("case", rows("doc_ids.jsonl"), ids=lambda c: c["label"])
def test_doc_ids_and_order(tree: Path, case: dict) -> None:
    docs = list(iter_documents([case["input"]]))
    assert [d.doc_id for d in docs] == case["ids"]
    if case["input"] != "nope.txt":
        assert all(d.ok for d in docs), [d.error for d in docs if not d.ok]
        assert all("1.2" in d.text for d in docs)


def test_missing_file_is_an_error_document(tree: Path) -> None:
    (doc,) = iter_documents(["nope.txt"])
    assert doc.error.startswith("NF006") and "no such file" in doc.error


def test_glob_without_match_is_an_error_document(tree: Path) -> None:
    (doc,) = iter_documents(["*.docx"])
    assert doc.error.startswith("NF006") and "no file matches" in doc.error


def test_encodings_recorded_per_archive_member(tree: Path) -> None:
    docs = {d.doc_id: d for d in iter_documents(["pack.zip", "tarred.tar.gz"])}
    assert docs["m1"].encoding == "utf-8"
    assert docs["sub/m2"].encoding == "gb18030"
    assert docs["t1"].encoding == "big5hkscs"
    assert docs["sub/m2"].text == TEXT


@pytest.mark.parametrize("case", rows("jsonl_lines.jsonl"), ids=lambda c: c["label"])
def test_jsonl_line(case: dict) -> None:
    doc = document_from_json_line(case["line"].encode("utf-8"), "arc.jsonl:7")
    if case["code"] is None:
        assert doc.ok, doc.error
        assert doc.text == "全年投资412亿元。"
    else:
        assert doc.error.startswith(case["code"] + ":")
    assert doc.doc_id == (case["doc_id"] or "arc.jsonl:7")
    assert doc.published == case["published"]


def test_published_option_fills_only_missing_dates(tree: Path) -> None:
    docs = {d.doc_id: d for d in iter_documents(["lines.jsonl"], published="2025-01-02")}
    assert docs["x1"].published == "2025-01-02"
    assert docs["x2"].published == "2024-05-01"


def test_blank_lines_are_not_documents_but_line_numbers_stay(tmp_path: Path) -> None:
    arc = tmp_path / "a.jsonl"
    arc.write_text('{"id": "p", "text": "甲"}\n\n   \nnot json\n{"id": "q", "text": "乙"}\n',
                   encoding="utf-8")
    docs = list(iter_documents([arc]))
    assert [d.source.rsplit(":", 1)[1] for d in docs] == ["1", "4", "5"]
    assert [d.ok for d in docs] == [True, False, True]


def test_huge_jsonl_line_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    arc = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "big", "text": "字" * 50_000}, ensure_ascii=False)
    arc.write_text(huge + '\n{"id": "after", "text": "乙"}\n', encoding="utf-8")
    items = list(iter_items([arc], max_chars=100))
    assert [i.error[:5] if i.error else i.doc_id for i in items] == ["NF005", f"{arc}:2"]
    assert to_document(items[1]).doc_id == "after"


def test_document_longer_than_max_chars_is_refused(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("字" * 300, encoding="utf-8")
    (doc,) = iter_documents([tmp_path / "long.txt"], max_chars=200)
    assert doc.error.startswith("NF005")
    (doc,) = iter_documents([tmp_path / "long.txt"], max_chars=300)
    assert doc.ok


def test_huge_file_is_refused_without_reading(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"a" * 200_000)
    (item,) = iter_items([tmp_path / "big.txt"], max_chars=10)
    assert item.data is None and item.error.startswith("NF005")


def test_damaged_zip_is_an_error_document(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (doc,) = iter_documents([tmp_path / "bad.zip"])
    assert doc.error.startswith("NF006")


def test_truncated_tar_keeps_what_was_read_and_reports_the_rest(tmp_path: Path) -> None:
    import random

    rng = random.Random(6)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for n in range(3):  # incompressible text, so the cut falls in the last member
            data = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(4000)).encode()
            info = tarfile.TarInfo(f"m{n}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    whole = buf.getvalue()
    (tmp_path / "cut.tar.gz").write_bytes(whole[: len(whole) * 2 // 3])
    docs = list(iter_documents([tmp_path / "cut.tar.gz"]))
    assert docs[0].ok and docs[0].doc_id == "m0"
    assert len(docs) <= 3
    assert not docs[-1].ok and "damaged" in docs[-1].error


def test_stdin_jsonl_stream() -> None:
    data = b'{"id": "s1", "text": "\xe7\x94\xb2"}\n{"id": "s2", "text": "\xe4\xb9\x99"}\n'
    docs = [to_document(i) for i in _stdin_items(io.BytesIO(data), 1000)]
    assert [(d.doc_id, d.text, d.source) for d in docs] == [
        ("s1", "甲", "<stdin>:1"), ("s2", "乙", "<stdin>:2")]


def test_stdin_text_in_gb18030() -> None:
    (item,) = _stdin_items(io.BytesIO(TEXT.encode("gb18030")), 1000)
    doc = to_document(item)
    assert (doc.doc_id, doc.text, doc.encoding) == ("stdin", TEXT, "gb18030")


@pytest.mark.parametrize(("value", "expected"), [
    (None, None), ("", None), ("2024-03-08", "2024-03-08"), ("2024.3.8", "2024-03-08"),
    ("2024年03月08日", "2024-03-08"), (20240308, "2024-03-08"),
])
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-01", "03/08/2024", "2024", "明天"])
def test_normalise_date_refuses(value: str) -> None:
    with pytest.raises(ValueError, match="date"):
        normalise_date(value)
