"""Bytes -> text: BOMs, UTF-8 first, then the Chinese encodings, with the guess recorded.

UTF-8 is tried strictly first (most archives are UTF-8 and the check is exact); UTF-16
without a BOM is recognised by where its NUL bytes fall; then charset-normalizer chooses
among the Chinese encodings. GB2312 and GBK text is decoded as GB18030, their superset, so
a rare character never fails a whole document; Big5 as Big5-HKSCS for the same reason.
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
#: UTF-16 without a BOM is left to ``_utf16_without_bom``: guessed from bytes without NULs
#: it turns short Big5 or GBK text into nonsense
_CANDIDATES = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


#: every byte that is not a C0 control (tab, line feed, vertical tab, form feed, CR allowed)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
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
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if looks_binary(data):
            raise NewsfactsError(ErrorCode.BINARY)
        return Decoded(text, "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise NewsfactsError(ErrorCode.BINARY)
    return _detect(data)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text has its NUL bytes (the high bytes of ASCII) on one parity only."""
    head = data[:8192]
    if len(data) % 2 or b"\x00" not in head:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    name = "utf-16-le" if odd > 9 * even else "utf-16-be" if even > 9 * odd else None
    if name is None:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < "\t" or "\r" < ch < " ")
    return None if controls > len(sample) // 100 else Decoded(_strip_bom(text), name)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
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
