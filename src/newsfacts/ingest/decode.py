"""Bytes -> text: BOMs, UTF-8 first, then the Chinese encodings, with the guess recorded.

UTF-8 is tried strictly first (most archives are UTF-8 and the check is exact); then
charset-normalizer chooses among the Chinese encodings. GB2312 and GBK text is decoded
as GB18030, their superset, so a rare character never fails a whole document.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from newsfacts.errors import ErrorCode, NewsfactsError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
_CANDIDATES = ("gb18030", "big5hkscs", "utf_16_le", "utf_16_be")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode one document; raise ``NewsfactsError`` with a code when it is not text."""
    if encoding:
        try:
            return Decoded(_strip_bom(data.decode(encoding)), encoding.lower())
        except (UnicodeDecodeError, LookupError) as exc:
            raise NewsfactsError(ErrorCode.UNDECODABLE, f"{encoding}: {exc}") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_strip_bom(data.decode(name)), name)
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise NewsfactsError(ErrorCode.BINARY)
    return _detect(data)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[*list(_CANDIDATES), "gbk", "gb2312", "big5"]).best()
    if best is not None:
        name = _SUPERSET.get(best.encoding.lower(), best.encoding.lower())
        try:
            return Decoded(_strip_bom(data.decode(name)), name)
        except UnicodeDecodeError:
            pass
    for name in ("gb18030", "big5hkscs"):
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    raise NewsfactsError(ErrorCode.UNDECODABLE, "not UTF-8, GB18030 or Big5")
