"""Error and warning codes in one place, each with a message that says what to do.

This module imports nothing from newsfacts, so every layer may use it.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(Enum):
    """Codes carried by error records and manifest entries."""

    EMPTY = ("NF001", "the document is empty or only whitespace; nothing to extract")
    UNDECODABLE = (
        "NF002",
        "the bytes are not text in any supported encoding; pass --encoding if you know it",
    )
    BINARY = ("NF003", "the input looks binary (NUL or control bytes), not text")
    BAD_JSON = ("NF004", "a JSONL line is not a JSON object with string 'id' and 'text'")
    TOO_LARGE = ("NF005", "the document exceeds the size limit; split it or raise --max-chars")
    UNREADABLE = ("NF006", "the file could not be read")
    UNKNOWN_SEGMENTER = ("NF020", "unknown word segmenter; use one of: jieba, rjieba")
    WORDS_MISMATCH = ("NF021", "the words do not rebuild the text; segment the same text")
    MISSING_EXTRA = ("NF022", "an optional dependency is missing; install it with pip")
    INTERNAL = ("NF099", "newsfacts failed on this document; please report it with the input")

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def message(self) -> str:
        return self.value[1]

    def describe(self, detail: str | None = None) -> str:
        """The message, with what was found appended."""
        return self.message if not detail else f"{self.message}: {detail}"


class NewsfactsError(Exception):
    """An error with a code; ``str()`` says what happened and what to do."""

    def __init__(self, code: ErrorCode, detail: str | None = None) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code.code}: {code.describe(detail)}")


class UnknownSegmenterError(NewsfactsError, ValueError):
    pass
