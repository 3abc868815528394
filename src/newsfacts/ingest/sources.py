"""Inputs -> documents: .txt files, folders (recursive) and JSONL archives.

Every input document becomes a ``Document``; one that cannot be read still becomes a
``Document`` with an ``error``, so the batch can account for it. Nothing is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import ErrorCode, NewsfactsError
from newsfacts.ingest.decode import decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: str
    text: str | None
    encoding: str | None = None
    published: str | None = None
    error: str | None = None
    meta: dict | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def read_text_file(path: Path, doc_id: str, encoding: str | None = None) -> Document:
    """One text file as one document (or one error document)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, str(path), None, error=ErrorCode.UNREADABLE.info(str(exc)).message)
    return document_from_bytes(data, doc_id, str(path), encoding)


def document_from_bytes(
    data: bytes, doc_id: str, source: str, encoding: str | None = None
) -> Document:
    try:
        decoded = decode_bytes(data, encoding)
    except NewsfactsError as exc:
        return Document(doc_id, source, None, error=str(exc))
    if not decoded.text.strip():
        return Document(doc_id, source, None, decoded.encoding, error=_msg(ErrorCode.EMPTY))
    return Document(doc_id, source, decoded.text, decoded.encoding)


def _msg(code: ErrorCode, detail: str | None = None) -> str:
    return f"{code.code}: {code.info(detail).message}"


def read_jsonl(path: Path, encoding: str | None = None) -> Iterator[Document]:
    """One document per line of ``{"id", "text", "date"?, ...}``; bad lines become errors."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Document(path.stem, str(path), None, error=_msg(ErrorCode.UNREADABLE, str(exc)))
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            yield document_from_json_line(line, f"{path}:{lineno}", encoding)


def document_from_json_line(line: bytes, source: str, encoding: str | None = None) -> Document:
    """Parse one archive line; a line that is not a usable object becomes an error document."""
    fallback_id = source
    try:
        obj = json.loads(decode_bytes(line, encoding).text)
    except (NewsfactsError, ValueError) as exc:
        return Document(fallback_id, source, None, error=_msg(ErrorCode.BAD_JSON, str(exc)[:200]))
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return Document(fallback_id, source, None, error=_msg(ErrorCode.BAD_JSON, "no 'text'"))
    doc_id = obj.get("id")
    if doc_id is None or isinstance(doc_id, (dict, list)):
        return Document(fallback_id, source, None, error=_msg(ErrorCode.BAD_JSON, "no 'id'"))
    doc_id = str(doc_id)
    text = obj["text"][1:] if obj["text"].startswith("\ufeff") else obj["text"]
    date = obj.get("date")
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "date")}
    if not text.strip():
        return Document(doc_id, source, None, "json", str(date) if date else None,
                        error=_msg(ErrorCode.EMPTY), meta=meta)
    return Document(doc_id, source, text, "json", str(date) if date else None, meta=meta)


def iter_documents(inputs: list[str | Path], encoding: str | None = None) -> Iterator[Document]:
    """Every document of every input, in a stable order (folders sorted by path)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = file.relative_to(path).with_suffix("").as_posix()
                yield from _read_path(file, rel, encoding)
        elif path.exists():
            yield from _read_path(path, path.stem, encoding)
        else:
            yield Document(path.stem, str(path), None,
                           error=_msg(ErrorCode.UNREADABLE, "no such file or folder"))


def _read_path(path: Path, doc_id: str, encoding: str | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, encoding)
    else:
        yield read_text_file(path, doc_id, encoding)
