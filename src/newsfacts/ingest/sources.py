"""Inputs -> documents: files, folders, globs, JSONL archives, .zip / .tar.gz, stdin.

Reading is split in two so a batch can spread the work: ``iter_items`` walks the inputs and
reads bytes in a stable order (cheap, done once), ``to_document`` decodes and parses one
item (costly, done by workers). Every input document becomes an ``Item`` and then a
``Document``; one that cannot be read carries an ``error`` instead, so nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import regex

from newsfacts.errors import ErrorCode, NewsfactsError
from newsfacts.ingest.decode import decode_bytes

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar")
#: a document longer than this is refused (NF005) rather than slowing the whole batch
DEFAULT_MAX_CHARS = 2_000_000
STDIN = "-"


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


@dataclass(frozen=True, slots=True)
class Item:
    """One input document as read, not yet decoded.

    ``form`` says how ``data`` is parsed: ``"text"`` (a whole file) or ``"json"`` (one
    archive line, whose ``id`` replaces the provisional ``doc_id``). ``size`` is the number
    of input bytes it stands for, for progress.
    """

    doc_id: str
    source: str
    data: bytes | None
    form: Literal["text", "json"] = "text"
    error: str | None = None
    size: int = 0


def message(code: ErrorCode, detail: str | None = None) -> str:
    """The manifest's error text: code, what happened, what to do."""
    return f"{code.code}: {code.describe(detail)}"


def _error_item(doc_id: str, source: str, code: ErrorCode, detail: str | None = None) -> Item:
    return Item(doc_id, source, None, error=message(code, detail))


def has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


def strip_suffix(name: str) -> str:
    """Drop the extension, both parts of a double one (``a.tar.gz`` -> ``a``)."""
    for suffix in (*ARCHIVE_SUFFIXES, *JSONL_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    head, dot, _ext = name.rpartition(".")
    return head if dot and head and not head.endswith("/") else name


def is_hidden(rel: str) -> bool:
    """.DS_Store, .git/…, __MACOSX/…: never documents."""
    return any(p.startswith(".") or p == "__MACOSX" for p in rel.split("/") if p)


# --------------------------------------------------------------------------- reading


def iter_items(inputs: list[str | Path], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Every document of every input as an ``Item``, in a stable order."""
    for item in inputs:
        name = str(item)
        path = Path(name)
        if name == STDIN:
            yield from _stdin_items(sys.stdin.buffer, max_chars)
        elif path.is_dir():
            yield from _folder_items(path, "", max_chars)
        elif path.exists():
            yield from path_items(path, strip_suffix(path.name), max_chars)
        elif glob.has_magic(name):
            yield from _glob_items(name, max_chars)
        else:
            yield _error_item(strip_suffix(path.name), name, ErrorCode.UNREADABLE,
                              "no such file or folder")


def _walk(folder: Path, rel: str = "") -> Iterator[tuple[Path, str]]:
    """Files under ``folder`` sorted by name at every level, hidden ones skipped.

    Streams one directory at a time, so a folder of millions of files is never listed whole.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if is_hidden(entry.name):
            continue
        sub = f"{rel}{entry.name}"
        if entry.is_dir():
            yield from _walk(Path(entry.path), f"{sub}/")
        elif entry.is_file():
            yield Path(entry.path), sub


def _folder_items(folder: Path, prefix: str, max_chars: int) -> Iterator[Item]:
    for file, rel in _walk(folder):
        yield from path_items(file, prefix + strip_suffix(rel), max_chars, nested=True)


def _glob_items(pattern: str, max_chars: int) -> Iterator[Item]:
    """Matches sorted; ``doc_id`` relative to the pattern's fixed leading folders."""
    parts = Path(pattern).parts
    fixed = next(i for i, p in enumerate(parts) if glob.has_magic(p))
    root = Path(*parts[:fixed]) if fixed else Path()
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield _error_item(pattern, pattern, ErrorCode.UNREADABLE, "no file matches")
    for match in matches:
        path = Path(match)
        rel = path.relative_to(root).as_posix() if root.parts else path.as_posix()
        if is_hidden(rel):
            continue
        if path.is_dir():
            yield from _folder_items(path, f"{rel}/", max_chars)
        else:
            yield from path_items(path, strip_suffix(rel), max_chars, nested=True)


def path_items(path: Path, doc_id: str, max_chars: int, nested: bool = False) -> Iterator[Item]:
    """One file: a text document, a JSONL archive, or a .zip / .tar.* archive.

    Members of an archive named on the command line get ids relative to the archive, like a
    folder's files; an archive found inside a folder adds its own path as a prefix.
    """
    from newsfacts.ingest import archives

    name = path.name
    if has_suffix(name, JSONL_SUFFIXES):
        try:
            opener = gzip.open if name.lower().endswith(".gz") else open
            fh = opener(path, "rb")
        except OSError as exc:
            yield _error_item(doc_id, str(path), ErrorCode.UNREADABLE, str(exc))
            return
        try:
            with fh:
                yield from jsonl_items(fh, str(path), max_chars)
        except (OSError, EOFError, zlib.error) as exc:
            yield _error_item(f"{path}!rest", str(path), ErrorCode.UNREADABLE,
                              f"archive damaged: {exc}")
    elif has_suffix(name, ARCHIVE_SUFFIXES):
        prefix = f"{doc_id}/" if nested else ""
        yield from archives.archive_items(path, prefix, max_chars)
    else:
        yield read_file_item(path, doc_id, max_chars)


def read_file_item(path: Path, doc_id: str, max_chars: int) -> Item:
    try:
        size = path.stat().st_size
        if size > max_bytes(max_chars):
            return _error_item(doc_id, str(path), ErrorCode.TOO_LARGE, f"{size} bytes")
        data = path.read_bytes()
    except OSError as exc:
        return _error_item(doc_id, str(path), ErrorCode.UNREADABLE, str(exc))
    return Item(doc_id, str(path), data, size=len(data))


def max_bytes(max_chars: int, form: str = "text") -> int:
    """Bytes that can hold ``max_chars`` characters (UTF-32; JSON escapes take 6)."""
    return max_chars * (6 if form == "json" else 4) + 65536


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; a line longer than ``limit`` is skipped unread and given as None."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
            continue
        yield lineno, line


def jsonl_items(fh: IO[bytes], name: str, max_chars: int, first: int = 1) -> Iterator[Item]:
    """One item per non-blank line; the provisional ``doc_id`` is ``name:line``."""
    for lineno, line in _lines(fh, max_bytes(max_chars, "json")):
        source = f"{name}:{lineno + first - 1}"
        if line is None:
            yield _error_item(source, source, ErrorCode.TOO_LARGE, "JSONL line too long")
        elif line.strip():
            yield Item(source, source, line, "json", size=len(line))


def _stdin_items(fh: IO[bytes], max_chars: int) -> Iterator[Item]:
    """Standard input: a JSONL stream when it starts with ``{``, else one text document."""
    first = fh.readline(max_bytes(max_chars, "json") + 1)
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        if first.strip():
            yield Item("<stdin>:1", "<stdin>:1", first, "json", size=len(first))
        yield from jsonl_items(fh, "<stdin>", max_chars, first=2)
        return
    data = first + fh.read(max_bytes(max_chars) + 1 - len(first))
    if len(data) > max_bytes(max_chars):
        yield _error_item("stdin", "<stdin>", ErrorCode.TOO_LARGE, "standard input")
        return
    yield Item("stdin", "<stdin>", data, size=len(data))


# --------------------------------------------------------------------------- parsing

_DATE = regex.compile(r"\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})(?!\d)")


def normalise_date(value: object) -> str | None:
    """An archive's ``date`` as ISO ``YYYY-MM-DD`` (accepts 2024/3/8, 20240308, 2024年3月8日)."""
    if value is None or value == "":
        return None
    m = _DATE.match(str(value))
    if not m:
        raise ValueError(f"date {value!r} is not a calendar date (YYYY-MM-DD)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a calendar date: {exc}") from None


def to_document(
    item: Item,
    encoding: str | None = None,
    published: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Decode and parse one item; ``published`` is the default publication date."""
    if item.error is not None or item.data is None:
        return Document(item.doc_id, item.source, None, error=item.error or "no data")
    if item.form == "json":
        doc = document_from_json_line(item.data, item.source, encoding)
    else:
        doc = document_from_bytes(item.data, item.doc_id, item.source, encoding)
    if doc.ok and doc.text is not None and len(doc.text) > max_chars:
        return Document(doc.doc_id, doc.source, None, doc.encoding, doc.published,
                        message(ErrorCode.TOO_LARGE, f"{len(doc.text)} characters"), doc.meta)
    if published and doc.published is None and doc.ok:
        return Document(doc.doc_id, doc.source, doc.text, doc.encoding, published,
                        doc.error, doc.meta)
    return doc


def read_text_file(path: Path, doc_id: str, encoding: str | None = None) -> Document:
    """One text file as one document (or one error document)."""
    return to_document(read_file_item(path, doc_id, DEFAULT_MAX_CHARS), encoding)


def document_from_bytes(
    data: bytes, doc_id: str, source: str, encoding: str | None = None
) -> Document:
    try:
        decoded = decode_bytes(data, encoding)
    except NewsfactsError as exc:
        return Document(doc_id, source, None, error=str(exc))
    if not decoded.text.strip():
        return Document(doc_id, source, None, decoded.encoding, error=message(ErrorCode.EMPTY))
    return Document(doc_id, source, decoded.text, decoded.encoding)


def document_from_json_line(line: bytes, source: str, encoding: str | None = None) -> Document:
    """Parse one archive line; a line that is not a usable object becomes an error document."""
    fallback_id = source
    try:
        decoded = decode_bytes(line, encoding)
        obj = json.loads(decoded.text)
    except (NewsfactsError, ValueError) as exc:
        return Document(fallback_id, source, None, error=message(ErrorCode.BAD_JSON,
                                                                  str(exc)[:200]))
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return Document(fallback_id, source, None,
                        error=message(ErrorCode.BAD_JSON, "no string 'text'"))
    doc_id = obj.get("id")
    if doc_id is None or isinstance(doc_id, (dict, list)) or doc_id == "":
        return Document(fallback_id, source, None, error=message(ErrorCode.BAD_JSON, "no 'id'"))
    doc_id = str(doc_id)
    text = obj["text"][1:] if obj["text"].startswith("\ufeff") else obj["text"]
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "date")}
    enc = "json" if decoded.encoding in ("utf-8", "utf-8-sig") else f"json/{decoded.encoding}"
    try:
        date = normalise_date(obj.get("date"))
    except ValueError as exc:
        return Document(doc_id, source, None, enc, error=message(ErrorCode.BAD_JSON, str(exc)),
                        meta=meta)
    if not text.strip():
        return Document(doc_id, source, None, enc, date, error=message(ErrorCode.EMPTY),
                        meta=meta)
    return Document(doc_id, source, text, enc, date, meta=meta)


def iter_documents(
    inputs: list[str | Path],
    encoding: str | None = None,
    published: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document]:
    """Every document of every input, decoded, in a stable order (folders sorted by path)."""
    for item in iter_items(inputs, max_chars):
        yield to_document(item, encoding, published, max_chars)
