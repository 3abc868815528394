""".zip and .tar.* archives of text files (and of JSONL archives) -> items.

Members are read in the archive's own order, which is stable, one at a time so memory stays
that of the largest member. A damaged archive yields the documents read before the damage
and one error item naming where it stopped: the manifest still accounts for it.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from newsfacts.errors import ErrorCode
from newsfacts.ingest.sources import (
    JSONL_SUFFIXES,
    Item,
    has_suffix,
    is_hidden,
    jsonl_items,
    max_bytes,
    message,
    strip_suffix,
)


def archive_items(path: Path, prefix: str, max_chars: int) -> Iterator[Item]:
    """Every member document of a .zip or .tar.* archive; ids are ``prefix + member``."""
    if path.name.lower().endswith(".zip"):
        yield from _zip_items(path, prefix, max_chars)
    else:
        yield from _tar_items(path, prefix, max_chars)


def _member_error(doc_id: str, source: str, code: ErrorCode, detail: str) -> Item:
    return Item(doc_id, source, None, error=message(code, detail))


def _zip_items(path: Path, prefix: str, max_chars: int) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield _member_error(prefix + strip_suffix(path.name), str(path), ErrorCode.UNREADABLE,
                            f"not a readable zip archive: {exc}")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir() or is_hidden(info.filename):
                continue
            doc_id = prefix + strip_suffix(info.filename)
            source = f"{path}!{info.filename}"
            try:
                if has_suffix(info.filename, JSONL_SUFFIXES):
                    with zf.open(info) as fh:
                        yield from jsonl_items(fh, source, max_chars)
                    continue
                if info.file_size > max_bytes(max_chars):
                    yield _member_error(doc_id, source, ErrorCode.TOO_LARGE,
                                        f"{info.file_size} bytes")
                    continue
                data = zf.read(info)
            except (OSError, zipfile.BadZipFile, zlib.error, RuntimeError,
                    NotImplementedError) as exc:
                yield _member_error(doc_id, source, ErrorCode.UNREADABLE, str(exc))
                continue
            yield Item(doc_id, source, data, size=len(data))


def _decompressed(path: Path) -> IO[bytes]:
    """The tar stream; these readers raise EOFError on a cut file, where tarfile is silent."""
    name = path.name.lower()
    if name.endswith((".gz", ".tgz")):
        return gzip.open(path, "rb")
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    if name.endswith(".xz"):
        return lzma.open(path, "rb")
    return path.open("rb")


def _tar_items(path: Path, prefix: str, max_chars: int) -> Iterator[Item]:
    last = "(start)"
    try:
        with _decompressed(path) as raw, tarfile.open(fileobj=raw, mode="r|") as tf:
            for member in tf:
                if not member.isfile() or is_hidden(member.name):
                    continue
                last = member.name
                doc_id = prefix + strip_suffix(member.name)
                source = f"{path}!{member.name}"
                fh = tf.extractfile(member)
                if fh is None:
                    continue
                if has_suffix(member.name, JSONL_SUFFIXES):
                    yield from jsonl_items(fh, source, max_chars)
                elif member.size > max_bytes(max_chars):
                    yield _member_error(doc_id, source, ErrorCode.TOO_LARGE,
                                        f"{member.size} bytes")
                else:
                    data = fh.read()
                    yield Item(doc_id, source, data, size=len(data))
    except (OSError, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError) as exc:
        yield _member_error(f"{prefix}{strip_suffix(path.name)}!{last}", str(path),
                            ErrorCode.UNREADABLE, f"archive damaged after {last}: {exc}")
